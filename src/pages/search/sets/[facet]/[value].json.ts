import type { APIRoute, GetStaticPaths } from 'astro';
import { bulkFiles } from '../../../../site/bulk-pages.ts';
import { listPages } from '../../../../site/build-mode.ts';
import { deltas, rankSets, type RankSet } from '../../../../site/search-listing.ts';

/**
 * `/search/sets/<facet>/<value>.json`: the newest-first ranks of a facet value's cables, as
 * distances (src/site/search-listing.ts). The search page intersects them for filters without words.
 * Hundreds of small files: the build writes them in one pass (src/site/bulk-pages.ts, ≈ 1.5 ms of
 * Astro's CPU per route saved); `npm run dev` serves each through this route.
 */
export const getStaticPaths = (async () => {
  if (!listPages()) return [];
  const paths = (await rankSets()).map((set) => ({ params: { facet: set.facet, value: set.slug }, props: { set } }));
  return bulkFiles(import.meta.env.DEV, '/search/sets/[facet]/[value].json', paths, ({ props: { set } }) => ({
    path: `/search/sets/${set.facet}/${set.slug}.json`,
    body: setBody(set),
  }));
}) satisfies GetStaticPaths;

function setBody(set: RankSet): string {
  return JSON.stringify(deltas(set.ranks));
}

export const GET: APIRoute = ({ props }) =>
  new Response(setBody((props as { set: RankSet }).set), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
