/**
 * The per-cable data files (`/cables/<ID>.json`, `.txt`): in a build, written in one pass
 * (./bulk-pages.ts: ≈ 1.5 ms of Astro's CPU per route saved, two routes per cable); in
 * `npm run dev`, one route each, as before.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { bulkFiles } from './bulk-pages.ts';
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
  // One file at a time (bulkFiles): 10,000 cables' JSON at once would not fit well.
  const paths = (await getCollection('cables')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
  return bulkFiles(import.meta.env.DEV, route, paths, ({ props }) => ({ path: path(props.entry), body: body(props.entry) }));
}
