import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadGlossary, type Glossary } from '../lib/glossary.ts';
import type { EntityKind, TermKind } from '../lib/types.ts';
import { listedCables, mergedCables } from './browse-data.ts';
import { readCablePage } from './page-store.ts';
import { listPages, readerPages } from './build-mode.ts';
import { siteIndex, type SiteIndex } from './site-index.ts';

/**
 * The project glossary for the pages. Its path is given from the project root (the build's
 * working directory): pages run from a bundle, where a path relative to the module would miss.
 */
export function siteGlossary(): Glossary {
  return loadGlossary(resolve('data/glossary.yaml'));
}

/** The routes of the per-cable pages (`/cables/<ID>/`, `.json`, `.txt`): one per cable, its entry as props. */
export async function cableEntryPaths(): Promise<{ params: { id: string }; props: { entry: CollectionEntry<'cables'> } }[]> {
  // A shard's merge job builds the list pages only; its pages jobs build the reader pages.
  if (!readerPages()) return [];
  const cables = await getCollection('cables');
  return cables.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/**
 * The glossary and names index of the site: built once per build (each cable's page file read
 * once; in a merge, each cable made as its page file holds it), and again for every request in
 * dev, where cables change.
 */
export async function builtSiteIndex(): Promise<SiteIndex> {
  // A shard's pages job keeps no list page (the merge takes only its cables/ and pagefind/), so
  // its /entities/ and /glossary/ are built over no cables rather than reading every page file.
  if (!listPages()) return siteIndex(() => [], 0, import.meta.env.DEV);
  const listed = await listedCables();
  const pageCables = function* () {
    for (const { page } of listed) yield readCablePage(page).cable;
  };
  return siteIndex(mergedCables() ?? pageCables, listed.length, import.meta.env.DEV);
}

/** Entity kinds in the order the pages show them, with their group titles. */
export const ENTITY_GROUPS: { kind: EntityKind; title: string; singular: string; path: string }[] = [
  { kind: 'person', title: 'People', singular: 'person', path: 'people' },
  { kind: 'organization', title: 'Organisations', singular: 'organisation', path: 'organisations' },
  { kind: 'place', title: 'Places', singular: 'place', path: 'places' },
];

/** The letter a name is listed under on `/entities/all/<kind>/<letter>/`: A–Z without accents, else `other`. */
export function nameLetter(name: string): string {
  const letter = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/^(?:al-|el-)/i, '').charAt(0).toLowerCase();
  return /^[a-z]$/.test(letter) ? letter : 'other';
}

/** `par6` → `¶6`; other anchors as the paragraph's number, or `¶` for unnumbered text. */
export function paragraphMark(anchor: string, number: number | null): string {
  return number === null ? `Unnumbered text (#${anchor})` : `¶${number}`;
}

/** Glossary kinds in the order the glossary page shows them, with their group titles. */
export const TERM_GROUPS: { kind: TermKind; title: string; singular: string }[] = [
  { kind: 'jargon', title: 'Cable jargon', singular: 'cable jargon' },
  { kind: 'acronym', title: 'Government and agency acronyms', singular: 'acronym' },
  { kind: 'marking', title: 'Portion markings', singular: 'portion marking' },
  { kind: 'classification-reason', title: 'Classification reasons', singular: 'classification reason' },
  { kind: 'subject-tag', title: 'Subject tags (TAGS)', singular: 'subject tag' },
  { kind: 'country-tag', title: 'Country tags (TAGS)', singular: 'country tag' },
];

/** A term of the glossary pages: a glossary entry, or a term only the cables give (a composed marking). */
export interface GlossaryTerm {
  id: string;
  term: string;
  kind: TermKind;
  meaning: string;
  /** Meanings that depend on where the cable comes from. */
  contexts: { places: string[]; meaning: string }[];
  /** Other written forms. */
  forms: string[];
}

/** Every term of the glossary pages, in glossary order, then the composed ones the cables use. */
export async function glossaryTerms(): Promise<GlossaryTerm[]> {
  const glossary = siteGlossary();
  const { termInfo } = await builtSiteIndex();
  const terms: GlossaryTerm[] = glossary.entries.map(({ id, term, kind, meaning, contexts, forms }) => ({ id, term, kind, meaning, contexts, forms }));
  for (const [id, info] of termInfo) {
    if (!glossary.byId.has(id)) terms.push({ id, ...info, contexts: [], forms: [] });
  }
  return terms;
}
