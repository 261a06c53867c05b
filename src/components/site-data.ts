import { getCollection } from 'astro:content';
import type { EntityKind } from '../lib/types.ts';
import { siteIndex, type SiteIndex } from '../loader/site-index.ts';

/** The glossary and names index of the built site (each cable's page file read once per build). */
export async function builtSiteIndex(): Promise<SiteIndex> {
  const entries = await getCollection('cables');
  return siteIndex(entries.map((entry) => entry.data.page));
}

/** Entity kinds in the order the pages show them, with their group titles. */
export const ENTITY_GROUPS: { kind: EntityKind; title: string; singular: string }[] = [
  { kind: 'person', title: 'People', singular: 'person' },
  { kind: 'organization', title: 'Organisations', singular: 'organisation' },
  { kind: 'place', title: 'Places', singular: 'place' },
];

/** `par6` → `¶6`; other anchors as the paragraph's number, or `¶` for unnumbered text. */
export function paragraphMark(anchor: string, number: number | null): string {
  return number === null ? `Unnumbered text (#${anchor})` : `¶${number}`;
}
