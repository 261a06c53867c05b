import type { APIRoute, GetStaticPaths } from 'astro';
import { listPages } from '../../../site/build-mode.ts';
import { rankedCables, ROWS_PER_FILE, rowOf } from '../../../site/search-listing.ts';

/**
 * `/search/rows/N.json`: the rows of ranks N×ROWS_PER_FILE … (N+1)×ROWS_PER_FILE − 1 of the
 * newest-first listing (src/site/search-listing.ts), for filters chosen without words.
 */
export const getStaticPaths = (async () => {
  if (!listPages()) return [];
  const files = Math.ceil((await rankedCables()).length / ROWS_PER_FILE);
  return Array.from({ length: files }, (_, file) => ({ params: { file: String(file) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const from = Number(params['file']) * ROWS_PER_FILE;
  const rows = (await rankedCables()).slice(from, from + ROWS_PER_FILE).map(rowOf);
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
