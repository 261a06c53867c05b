/**
 * The `ownFilterTags` collection (issue 12): in a shard build (`CABLE_SHARD`), the tags of the
 * shard's cables that have a Pagefind filter of their own (a tag on ≥ 5 % of the cables:
 * src/site/search-listing.ts), counted over the whole corpus by the link stage
 * (scripts/shard/link.ts), so every shard and the merge decide as the whole build does. The
 * `cables` collection of a shard holds its own cables only. Empty in a whole or merge build,
 * whose `cables` hold the corpus.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readShardLinks, shardMode } from './shard-mode.ts';

/** One tag, as the cables' TAGS give it. */
export const ownFilterTagSchema = z.object({ name: z.string() });

export function ownFilterTagsLoader(): Loader {
  return {
    name: 'own-filter-tags',
    async load({ store, config, parseData, generateDigest }) {
      store.clear();
      const mode = shardMode(fileURLToPath(config.root));
      if (mode.kind !== 'shard') return;
      for (const name of readShardLinks(mode.work, mode.shard).ownFilterTags) {
        const data = await parseData({ id: name, data: { name } });
        store.set({ id: name, data, digest: generateDigest(data) });
      }
    },
  };
}
