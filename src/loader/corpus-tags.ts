/**
 * The `corpusTags` collection (issue 12): in a shard build (`CABLE_SHARD`), every TAGS value of
 * the whole corpus with its count of cables, from every shard's facts. The `cables` collection of
 * a shard holds its own cables only, so a decision over the corpus (a tag on ≥ 5 % of the cables
 * gets a Pagefind filter of its own: src/site/search-listing.ts) reads this instead, and every
 * shard and the merge decide alike. Empty in a whole or merge build, whose `cables` hold the corpus.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { facetGroups } from '../lib/browse.ts';
import { corpusCables, readAllFacts, shardMode } from './shard-mode.ts';

/** One tag: its name as the listings give it, its cables and the corpus's. */
export const corpusTagSchema = z.object({ name: z.string(), cables: z.number().int(), total: z.number().int() });

export function corpusTagsLoader(): Loader {
  return {
    name: 'corpus-tags',
    async load({ store, config, parseData, generateDigest }) {
      store.clear();
      const mode = shardMode(fileURLToPath(config.root));
      if (mode.kind !== 'shard') return;
      const cables = corpusCables(readAllFacts(mode.work, mode.shard.count)).cables.map(({ id, listing }) => ({ id, ...listing }));
      // facetGroups as the whole build's listings run it: the same groups and names.
      for (const group of facetGroups(cables, 'tag')) {
        const data = await parseData({ id: group.slug, data: { name: group.name, cables: group.cables.length, total: cables.length } });
        store.set({ id: group.slug, data, digest: generateDigest(data) });
      }
    },
  };
}
