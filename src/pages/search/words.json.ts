import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { countWords, vocabulary } from '../../lib/spelling.ts';
import { readCablePage } from '../../site/page-store.ts';
import { listPages } from '../../site/build-mode.ts';

/**
 * `/search/words.json`: the site's vocabulary, most frequent first (src/lib/spelling.ts), from the
 * cables' subjects and paragraphs. The search page loads it only when a search finds little or
 * nothing, to answer "Did you mean …?" from the words the index really holds.
 */
export const GET: APIRoute = async () => {
  const counts = new Map<string, number>();
  // A shard build's vocabulary would be its own only: the merge writes the site's.
  if (!listPages()) return new Response('[]', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  for (const entry of await getCollection('cables')) {
    const { cable } = readCablePage(entry.data.page);
    countWords(cable.subject ?? '', counts);
    for (const paragraph of cable.paragraphs) countWords(paragraph.text, counts);
  }
  return new Response(JSON.stringify(vocabulary(counts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
