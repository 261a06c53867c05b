import type { APIRoute, GetStaticPaths } from 'astro';
import { listPages } from '../../../../site/build-mode.ts';
import { deltas, rankSets, type RankSet } from '../../../../site/search-listing.ts';

/**
 * `/search/sets/<facet>/<value>.json`: the newest-first ranks of a facet value's cables, as
 * distances (src/site/search-listing.ts). The search page intersects them for filters without words.
 */
export const getStaticPaths = (async () =>
  listPages() ? (await rankSets()).map((set) => ({ params: { facet: set.facet, value: set.slug }, props: { set } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { set } = props as { set: RankSet };
  return new Response(JSON.stringify(deltas(set.ranks)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
