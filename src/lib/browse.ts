/**
 * Issue 9, browse pages that scale: the cables of the site grouped by facet value (year, origin,
 * classification, tag), each group newest first, for `/browse/`, `/browse/<facet>/<value>/` and
 * the home page's ways in. Pure: takes the listing the content store keeps.
 */
import { tagSlug, UNDATED, type FacetKey } from './facet-values.ts';
import type { Facets } from './facets.ts';
import { CLASSIFICATIONS } from './types.ts';

/** Cables a browse page lists at once (CONTRACT.md: 100 a page). */
export const PAGE_SIZE = 100;

/** What a listing row needs of a cable. */
export interface ListedCable {
  id: string;
  referenceId: string | null;
  subject: string | null;
  date: string | null;
  origin: string | null;
  classification: string | null;
  facets: Facets;
}

/** One value of a facet and its cables, newest first. */
export interface FacetGroup<T extends ListedCable = ListedCable> {
  facet: FacetKey;
  /** The URL value: `2009`, `madrid`, `secret-noforn`, `PREL`, `undated`. */
  slug: string;
  /** What a reader sees: `2009`, `Madrid`, `SECRET//NOFORN`, `PREL`, `Undated`. */
  name: string;
  cables: T[];
}

/** What each facet is called on the pages. */
export const FACET_TITLES: Record<FacetKey, { title: string; singular: string }> = {
  year: { title: 'Years', singular: 'year' },
  origin: { title: 'Posts', singular: 'post' },
  classification: { title: 'Classifications', singular: 'classification' },
  tag: { title: 'Tags', singular: 'tag' },
};

/** Newest first; undated cables last, then by id so the order is stable. */
export function newestFirst(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id.localeCompare(b.id);
}

/** The values a cable has for one facet (an undated cable's year is `undated`, so every cable has a year). */
function valuesOf(cable: ListedCable, facet: FacetKey): { slug: string; name: string }[] {
  const { facets } = cable;
  switch (facet) {
    case 'year':
      return [facets.year === null ? { slug: UNDATED, name: 'Undated' } : { slug: facets.year, name: facets.year }];
    case 'origin':
      return facets.origin ? [facets.origin] : [];
    case 'classification':
      return facets.classification ? [facets.classification] : [];
    case 'tag':
      return facets.tags.map((tag) => ({ slug: tagSlug(tag), name: tag }));
  }
}

/** Classifications from the lowest level to the highest (CONTRACT.md's order). */
const levels: readonly string[] = CLASSIFICATIONS;

/** The order a facet's values are shown in: years newest first (undated last), classifications by level, the rest by name. */
function valueOrder(facet: FacetKey): (a: FacetGroup, b: FacetGroup) => number {
  const byName = (a: FacetGroup, b: FacetGroup) => a.name.localeCompare(b.name, 'en');
  switch (facet) {
    case 'year':
      return (a, b) => (a.slug === UNDATED ? 1 : b.slug === UNDATED ? -1 : b.slug.localeCompare(a.slug));
    case 'classification':
      return (a, b) => levels.indexOf(a.name) - levels.indexOf(b.name);
    default:
      return byName;
  }
}

/** Every value of one facet with its cables (newest first), in the facet's display order. */
export function facetGroups<T extends ListedCable>(cables: readonly T[], facet: FacetKey): FacetGroup<T>[] {
  const groups = new Map<string, FacetGroup<T>>();
  for (const cable of [...cables].sort(newestFirst)) {
    for (const { slug, name } of valuesOf(cable, facet)) {
      const group = groups.get(slug) ?? { facet, slug, name, cables: [] };
      group.cables.push(cable);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort(valueOrder(facet) as (a: FacetGroup<T>, b: FacetGroup<T>) => number);
}

/** The `n` values with the most cables (ties by name), for the home page's ways in. */
export function topGroups<T extends ListedCable>(groups: readonly FacetGroup<T>[], n: number): FacetGroup<T>[] {
  return [...groups].sort((a, b) => b.cables.length - a.cables.length || a.name.localeCompare(b.name, 'en')).slice(0, n);
}

/** The URL of a facet value's browse page (`page` from 1). */
export function browseUrl(facet: FacetKey, slug: string, page = 1): string {
  return `/browse/${facet}/${encodeURIComponent(slug)}/${page > 1 ? `${page}/` : ''}`;
}
