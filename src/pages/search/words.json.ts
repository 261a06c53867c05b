import type { APIRoute } from 'astro';
import { vocabulary } from '../../lib/spelling.ts';
import { listPages } from '../../site/build-mode.ts';
import { builtSiteIndex } from '../../site/site-data.ts';

/**
 * `/search/words.json`: the site's vocabulary, most frequent first (src/lib/spelling.ts), from the
 * cables' subjects and paragraphs (counted by the site index as it reads each cable). The search
 * page loads it only when a search finds little or nothing, to answer "Did you mean …?" from the
 * words the index really holds.
 */
export const GET: APIRoute = async () => {
  // A shard build's vocabulary would be its own only: the merge writes the site's.
  if (!listPages()) return new Response('[]', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  return new Response(JSON.stringify(vocabulary((await builtSiteIndex()).words)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
