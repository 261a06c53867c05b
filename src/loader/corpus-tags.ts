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
import { hasOwnTagFilter } from '../lib/facet-values.ts';
import { corpusListing, shardMode, type CorpusCable, type ShardFacts } from './shard-mode.ts';

/** One tag: its name as the listings give it, its cables and the corpus's. */
export const corpusTagSchema = z.object({ name: z.string(), cables: z.number().int(), total: z.number().int() });

/** One tag of the corpus as `corpusTagSchema` holds it, by its URL slug. */
export type CorpusTag = z.infer<typeof corpusTagSchema> & { slug: string };

/** Every tag of the corpus's cables with its count, grouped as the whole build's listings group them (facetGroups). */
function tagsOf(corpus: readonly CorpusCable[]): CorpusTag[] {
  const cables = corpus.map(({ id, listing }) => ({ id, ...listing }));
  return facetGroups(cables, 'tag').map((group) => ({ slug: group.slug, name: group.name, cables: group.cables.length, total: cables.length }));
}

/**
 * The tags with a Pagefind filter of their own over the corpus (what a shard's pages depend on:
 * scripts/shard/stamp.ts), from every shard's facts and the site ids `linkSite` gave them.
 */
export function corpusOwnFilterTags(all: readonly ShardFacts[], idOf: ReadonlyMap<string, string>): Set<string> {
  const cables = all.flatMap(({ shard, cables: own }) => own.map(({ path, listing }) => ({ id: idOf.get(path) ?? path, path, shard: shard.index, listing })));
  return new Set(tagsOf(cables).filter((tag) => hasOwnTagFilter(tag.cables, tag.total)).map((tag) => tag.name));
}

export function corpusTagsLoader(): Loader {
  return {
    name: 'corpus-tags',
    async load({ store, config, parseData, generateDigest }) {
      store.clear();
      const mode = shardMode(fileURLToPath(config.root));
      if (mode.kind !== 'shard') return;
      // The listing columns alone, one shard's facts at a time: the `cables` loader holds every
      // shard's link facts already (≈ 9 KB of heap a cable), and a second copy doubled that.
      for (const { slug, ...tag } of tagsOf(corpusListing(mode.work, mode.shard.count).cables)) {
        const data = await parseData({ id: slug, data: tag });
        store.set({ id: slug, data, digest: generateDigest(data) });
      }
    },
  };
}
