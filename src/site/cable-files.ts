/**
 * The per-cable data files (`/cables/<ID>.json`, `.txt`): in a build, written in one pass
 * (./bulk-pages.ts: ≈ 1.5 ms of Astro's CPU per route saved, two routes per cable); in
 * `npm run dev`, one route each, as before.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { queueBulkFiles } from './bulk-pages.ts';
import { readerPages } from './build-mode.ts';

type Entry = CollectionEntry<'cables'>;

/** The route's paths in dev; in a build, its files queued and no route to render. */
export async function cableFiles(
  route: string,
  path: (entry: Entry) => string,
  body: (entry: Entry) => string,
): Promise<{ params: { id: string }; props: { entry: Entry } }[]> {
  // A shard's merge job builds the list pages only; its pages jobs build these.
  if (!readerPages()) return [];
  const entries = await getCollection('cables');
  if (import.meta.env.DEV) return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
  queueBulkFiles({
    route,
    // One file at a time: 10,000 cables' JSON at once would not fit well.
    files: function* () {
      for (const entry of entries) yield { path: path(entry), body: body(entry) };
    },
  });
  return [];
}
