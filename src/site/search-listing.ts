/**
 * Issue 9: the data the search page lists cables from when filters are chosen without words, so
 * such a listing needs no Pagefind fragment per cable (4–7 KB each) and no Pagefind filter index:
 * every cable's rank in one newest-first order, each facet value's ranks (`/search/sets/…`), and
 * the rows of the listing in files of ROWS_PER_FILE ranks (`/search/rows/N.json`).
 */
import { getCollection } from 'astro:content';
import { newestFirst, type ListedCable } from '../lib/browse.ts';
import { hasOwnTagFilter, ROWS_PER_FILE, type FacetKey, type ListingRow } from '../lib/facet-values.ts';
import { allFacetGroups, listedCables } from './browse-data.ts';
import { shardBuild } from './build-mode.ts';

export { ROWS_PER_FILE };

let ranked: Promise<ListedCable[]> | undefined;

/** Every cable, newest first (undated last, then by id): a cable's index here is its rank. */
export function rankedCables(): Promise<ListedCable[]> {
  const build = async () => [...(await listedCables())].sort(newestFirst);
  if (import.meta.env.DEV) return build();
  ranked ??= build();
  return ranked;
}

export function rowOf(cable: ListedCable): ListingRow {
  return [cable.id, cable.subject ?? '', cable.date ?? '', cable.facets.origin?.name ?? cable.origin ?? '', cable.classification ?? ''];
}

/** One facet value and the ranks of its cables, ascending. */
export interface RankSet {
  facet: FacetKey;
  slug: string;
  ranks: number[];
}

/** Every facet value's ranks. */
export async function rankSets(): Promise<RankSet[]> {
  const rankOf = new Map((await rankedCables()).map((cable, rank) => [cable.id, rank]));
  const sets: RankSet[] = [];
  for (const [facet, groups] of await allFacetGroups()) {
    for (const group of groups) {
      const ranks = group.cables.map((cable) => rankOf.get(cable.id) ?? -1).filter((rank) => rank >= 0);
      sets.push({ facet, slug: group.slug, ranks: ranks.sort((a, b) => a - b) });
    }
  }
  return sets;
}

/** Ranks as the files carry them: the first, then each one's distance from the one before (small numbers, small gzip). */
export function deltas(ranks: readonly number[]): number[] {
  return ranks.map((rank, index) => (index === 0 ? rank : rank - (ranks[index - 1] ?? 0)));
}

let own: Promise<Set<string>> | undefined;

/**
 * The tags with a Pagefind filter of their own (facet-values.ts, OWN_FILTER_SHARE), once per
 * build: every reader page asks. Counted over the whole corpus, also in a shard build (the
 * `ownFilterTags` collection: its cables' tags that have one, from the link stage), so each
 * shard's pages and the merged search page give a tag the same filter.
 */
export function ownFilterTags(): Promise<Set<string>> {
  const build = async () => {
    if (shardBuild()) return new Set((await getCollection('ownFilterTags')).map(({ data }) => data.name));
    const total = (await listedCables()).length;
    const tags = (await allFacetGroups()).get('tag') ?? [];
    return new Set(tags.filter((group) => hasOwnTagFilter(group.cables.length, total)).map((group) => group.name));
  };
  if (import.meta.env.DEV) return build();
  own ??= build();
  return own;
}
