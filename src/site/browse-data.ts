import { getCollection } from 'astro:content';
import { facetGroups, type FacetGroup, type ListedCable } from '../lib/browse.ts';
import { FACET_KEYS, type FacetKey } from '../lib/facet-values.ts';

/** Every cable of the site as the listing pages show it (the content store's listing, no page file read). */
export async function listedCables(): Promise<ListedCable[]> {
  return (await getCollection('cables')).map(({ data }) => data);
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
