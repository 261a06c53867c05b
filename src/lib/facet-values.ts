/**
 * Issue 9: how facet values are written, shared by the build (src/lib/facets.ts) and the search
 * page's script (src/client/search/), so a post typed into the search box normalises exactly as
 * a cable's `origin` does. Pure and free of Node modules: it runs in the browser too.
 */

/**
 * The kind of office before the post's name, in any case: `AMEMBASSY MADRID`, `Embassy Madrid`,
 * `AMCONSUL BARCELONA`, `Consulate General Sao Paulo`, `USMISSION UNVIE VIENNA`, `Mission USNATO`,
 * `USINT HAVANA`, `US Interests Section Havana`. Longer forms first so they win over their prefixes.
 */
const OFFICE_PREFIX =
  /^(?:AMERICAN\s+EMBASSY|AMERICAN\s+CONSULATE(?:\s+GENERAL)?|AMEMBASSY|AMCONSUL(?:\s+GENERAL)?|EMBASSY|CONSULATE(?:\s+GENERAL)?|USMISSION|US\s+MISSION(?:\s+TO)?|MISSION|USINT|US\s+INTERESTS\s+SECTION|USLO|USOFFICE|AMCONSULATE)\s+/;

/** The Department's address after its name: `SECSTATE WASHDC`, `SECSTATE WASHINGTON DC`. */
const WASHINGTON_SUFFIX = /\s+(?:WASHDC|WASHINGTON(?:\s+DC)?)$/;

/** Anything but letters, digits and spaces (`Port-au-Prince`, `Sao Paulo.`) reads as a space. */
const NOT_A_NAME_CHARACTER = /[^\p{L}\p{N} ]+/gu;

/** Other names of the State Department as a sending office. */
const STATE_NAMES = new Set(['SECRETARY OF STATE', 'SECSTATE', 'DEPARTMENT OF STATE', 'STATE DEPARTMENT']);

/**
 * A post's name as telegrams write it (upper case, single spaces), without the kind of office:
 * `Embassy Madrid` → `MADRID`, `SECSTATE WASHDC` → `STATE`. Null for an empty origin.
 */
export function postNameOf(origin: string): string | null {
  const name = origin
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(NOT_A_NAME_CHARACTER, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(OFFICE_PREFIX, '')
    .replace(WASHINGTON_SUFFIX, '');
  if (name === '') return null;
  return STATE_NAMES.has(name) ? 'STATE' : name;
}

/** A post's URL value: `RIO DE JANEIRO` → `rio-de-janeiro` (CONTRACT.md: `/browse/origin/madrid/`). */
export function postSlug(postName: string): string {
  return postName.toLowerCase().replace(/ /g, '-');
}

/** Words a post's display name keeps in lower case after the first (`Dar es Salaam`, `Port au Prince`). */
const SMALL_WORDS = new Set(['DE', 'ES', 'AU', 'DA', 'DO', 'DU', 'OF']);
/** Words that are names of missions (`USNATO`, `UNVIE`, `USEU`, `RPO`): kept in capitals. */
const MISSION_WORD = /^(?:US[A-Z]*|UN[A-Z]{2,3}|RPO)$/;

/** A post's display name: `RIO DE JANEIRO` → `Rio de Janeiro`, `USUN NEW YORK` → `USUN New York`, `STATE` → `State Department`. */
export function postDisplayName(postName: string): string {
  if (postName === 'STATE') return 'State Department';
  return postName
    .split(' ')
    .map((word, index) => {
      if (MISSION_WORD.test(word) && !['USA'].includes(word)) return word;
      if (index > 0 && SMALL_WORDS.has(word)) return word.toLowerCase();
      return word.charAt(0) + word.slice(1).toLowerCase();
    })
    .join(' ');
}

/** A classification's URL value: `SECRET//NOFORN` → `secret-noforn`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY` → `unclassified-for-official-use-only`. */
export function classificationSlug(classification: string): string {
  return classification
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The year value of an undated cable on browse pages (`/browse/year/undated/`); a year is `2009`. */
export const UNDATED = 'undated';

/** The facets a search or browse page filters on, in the order the pages show them. */
export const FACET_KEYS = ['year', 'origin', 'classification', 'tag'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** A `year` parameter: `2009` or `2006-2009` (CONTRACT.md). Written backwards (`2009-2006`) it is read forwards. */
const YEAR_PARAMETER = /^(?<from>\d{4})(?:-(?<to>\d{4}))?$/;

/** The years of a `year` parameter, or null when it is not one. */
export function parseYearRange(value: string): { from: number; to: number } | null {
  const match = YEAR_PARAMETER.exec(value.trim());
  if (!match?.groups) return null;
  const from = Number(match.groups['from']);
  const to = match.groups['to'] === undefined ? from : Number(match.groups['to']);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** The shape of a Cablegate reference id: `10MAPUTO80`, typed in any case. */
export const REFERENCE_ID = /^(?<year>\d{2})(?<post>[A-Za-z]+)(?<number>\d{1,6})$/;

/**
 * A tag's segment in `/browse/tag/<…>/`: the code as written (`PREL`, CONTRACT.md); the keyword
 * tags some cables carry in words get hyphens for spaces (`Human Rights` → `Human-Rights`), so a
 * shared link holds no `%20`.
 */
export function tagSlug(tag: string): string {
  return tag.trim().replace(/\s+/g, '-');
}

/**
 * A tag on at least this share of the cables gets a Pagefind filter of its own (`tag-PREL:yes`)
 * instead of a value of the shared `tag` filter: Pagefind loads a filter's whole index for any of
 * its values, and the shared one holds every page number of every tag (100 KB gzip at 10,000
 * cables), while PREL's own is 15 KB. The share bounds the number of such filters (at most 20).
 */
export const OWN_FILTER_SHARE = 0.05;

/** The Pagefind filter of a tag that has its own (`PREL` → `tag-PREL`). */
export function ownTagFilter(tag: string): string {
  return `tag-${tagSlug(tag)}`;
}

/** Does a tag on `count` of `total` cables get its own Pagefind filter? */
export function hasOwnTagFilter(count: number, total: number): boolean {
  return total > 0 && count >= OWN_FILTER_SHARE * total;
}

/**
 * The search page's listing (src/site/search-listing.ts writes it, src/client/search/listing.ts
 * reads it): rows per `/search/rows/N.json`, so the first screen (ten cables) of a dense filter
 * is one file (~2 KB gzip).
 */
export const ROWS_PER_FILE = 50;

/** A listed cable: id, subject, date, post, classification (`''` when unknown). */
export type ListingRow = [id: string, subject: string, date: string, origin: string, classification: string];
