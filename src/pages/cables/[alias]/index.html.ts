import type { APIRoute, GetStaticPaths } from 'astro';
import { redirectPage, caseAliases } from '../../../lib/id-aliases.ts';
import { pagePolicy } from '../../../layouts/csp.ts';
import { bulkFiles } from '../../../site/bulk-pages.ts';
import { listedCables, type SiteCable } from '../../../site/browse-data.ts';
import { listPages } from '../../../site/build-mode.ts';

/** A redirect page runs no script: the site's policy with no inline script allowed. */
const POLICY = pagePolicy({ inlineScripts: [], searches: false });

/**
 * `/cables/<id in lower case>/` → `/cables/<ID>/` (CONTRACT.md "URLs"): a static page per cable
 * whose id has capitals, with a meta refresh, a canonical link and the cable's subject, date,
 * origin and classification (the search page reads them when an id is typed: src/client/search/).
 * An endpoint named `index.html` so that its route does not compete with the reader page's.
 * The build writes them in one pass (src/site/bulk-pages.ts); `npm run dev` serves each here.
 */
export const getStaticPaths = (async () => {
  if (!listPages()) return [];
  const paths = caseAliases(await listedCables()).map(({ alias, cable }) => ({ params: { alias }, props: { cable } }));
  return bulkFiles(import.meta.env.DEV, '/cables/[alias]/index.html', paths, ({ params, props }) => ({
    path: `/cables/${params.alias}/index.html`,
    body: redirectPage(props.cable, POLICY),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ cable: SiteCable }> = ({ props }) =>
  new Response(redirectPage(props.cable, POLICY), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
