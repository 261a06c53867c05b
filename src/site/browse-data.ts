import { getCollection } from 'astro:content';
import { facetGroups, type FacetGroup, type ListedCable } from '../lib/browse.ts';
import { FACET_KEYS, type FacetKey } from '../lib/facet-values.ts';
import { MERGED_CORPUS } from '../lib/shards.ts';
import type { AnnotatedCable } from '../lib/types.ts';
import { mergeBuild } from './build-mode.ts';

/** A cable as the list pages take it: its listing columns and its page file (`CablePage`, or a shard's `/cables/<ID>.json`). */
export type SiteCable = ListedCable & { file: string; page: string };

/**
 * Every cable of the site as the listing pages show it, no page file read: the content store's
 * listing, or in a merge build the corpus's listing its loader read from every shard's facts
 * (src/lib/shards.ts, MERGED_CORPUS), which keeps no `cables` collection.
 */
export async function listedCables(): Promise<SiteCable[]> {
  if (!mergeBuild()) return (await getCollection('cables')).map(({ data }) => data);
  const merged = (globalThis as { [MERGED_CORPUS]?: { cables: SiteCable[] } })[MERGED_CORPUS];
  if (!merged) throw new Error('merge build: the corpus listing is not loaded (src/loader/merge-loader.ts runs first)');
  return merged.cables;
}

/**
 * In a merge build, every cable as its page file holds it, in `listedCables()`'s order, made
 * from the facts jobs' annotations and the shards' links (src/loader/shard-mode.ts,
 * `linkedMergedCables`): the list pages need no shard's pages. Undefined in other builds.
 */
export function mergedCables(): (() => Iterable<AnnotatedCable>) | undefined {
  if (!mergeBuild()) return undefined;
  return (globalThis as { [MERGED_CORPUS]?: { linkedCables?: () => Iterable<AnnotatedCable> } })[MERGED_CORPUS]?.linkedCables;
}

let cached: Promise<Map<FacetKey, FacetGroup[]>> | undefined;

/** Every facet's values with their cables, computed once per build (again per request in dev, where cables change). */
export function allFacetGroups(): Promise<Map<FacetKey, FacetGroup[]>> {
  const build = async () => {
    const cables = await listedCables();
    return new Map(FACET_KEYS.map((facet) => [facet, facetGroups(cables, facet)] as const));
  };
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}
