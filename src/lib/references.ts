/**
 * Issue 3, references resolved: the cables a cable cites (its `REF:` items and the mentions in its
 * paragraphs), the Cablegate id each would have, whether that cable is in the site, and the reverse
 * index ("Cited by"). Pure functions over parsed cables; the post names are data (data/posts.yaml).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { idYear } from './cablegate-id.ts';
import { splitReferenceItems } from './parse/references-field.ts';
import type { Cable, CitedBy, Occurrence, ReferenceUse } from './types.ts';

/** Written post name (upper case, single spaces) → the post part of a Cablegate id. */
export const POSTS: ReadonlyMap<string, string> = loadPosts();

/** The data file, found from this module's folder up (the module may run from a bundle under dist/), then from the working directory. */
function postsFile(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'data', 'posts.yaml');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return resolve('data', 'posts.yaml');
  }
}

function loadPosts(): Map<string, string> {
  const data = parseYaml(readFileSync(postsFile(), 'utf8')) as { corpus: string[]; routing: string[]; aliases: Record<string, string> };
  const posts = new Map<string, string>();
  for (const name of [...data.corpus, ...data.routing]) posts.set(name, name.replace(/ /g, ''));
  for (const [name, id] of Object.entries(data.aliases)) posts.set(name, id);
  return posts;
}

/** A post name as a pattern: whole words, any run of spaces between them. Longest names first so `USEU BRUSSELS` wins over `BRUSSELS`. */
function postAlternation(): string {
  return [...POSTS.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((name) => name.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'))
    .join('|');
}

/**
 * `[YY |YYYY ]POST NUMBER`. Not after `OF` (`SECTION 01 OF 03 MAPUTO 000086`), not followed by a page
 * number (`MAPUTO 00000086 001.2 OF 003`), a decimal or a unit (`PANAMA 12 MILES`).
 */
function citationSource(caseless: boolean): string {
  const of = caseless ? '[Oo][Ff]' : 'OF';
  return (
    `(?=${caseless ? '[\\p{L}\\d]' : '[A-Z\\d]'})(?<![\\p{L}\\p{N}_/.-])(?<!\\b${of}\\s+(?:\\d{1,3}\\s+)?)` +
    `(?:(?<year>(?:19|20)\\d{2}|\\d{2})\\s*)?` +
    `(?<post>${postAlternation()})\\s+(?<number>\\d{1,8})` +
    `(?![\\p{L}\\p{N}_]|[.,/-]\\p{N})` +
    `(?!\\s+\\d{3}(?:\\.\\d)?\\s+[Oo][Ff]\\s+\\d)` +
    `(?!\\s*(?:%|${caselessWords(['PERCENT', 'PER CENT', 'MILLION', 'BILLION', 'THOUSAND', 'YEARS?', 'MONTHS?', 'DAYS?', 'HOURS?', 'PEOPLE', 'KM', 'KILOMETERS?', 'MILES?', 'DOLLARS?', 'TONS?'])})(?![\\p{L}]))`
  );
}

/** Words matched in any case, without the `i` flag (which the text's posts must not get). */
function caselessWords(words: string[]): string {
  return words.map((word) => word.replace(/[A-Z]/g, (c) => `[${c}${c.toLowerCase()}]`).replace(/ /g, '\\s+')).join('|');
}

/** Inside a REF item the post may be written in any case (`Sao Paulo 2199`, `london 4212`). */
const ITEM_CITATION = new RegExp(citationSource(true), 'giu');
const FIRST_CITATION = new RegExp(citationSource(true), 'iu');

/**
 * A letter after `ref`: `A`, `(b)`, or a lower-case `a` only where no word follows (`ref a)`,
 * `refs a and b`), so `reftel for` and `ref a new` are not letters; `A/S` and `U.S.` are not either.
 */
const LABEL = `(?:\\([A-Za-z]\\)|[A-Z](?![\\p{L}\\p{N}'’/]|\\.\\p{L})|[a-z](?=\\s*[),.;:\\-–]|\\s+(?:and|or)\\b|\\s*$))`;
const LABEL_LIST = `${LABEL}(?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+|or\\s+|&\\s*|[-–]\\s*)${LABEL})*`;

/**
 * One pass per paragraph: an explicit citation in capitals (`GUATEMALA 254`, `08 STATE 1573`) or a
 * `ref`/`reftel`/`refs` mention with optional letters (`REF A`, `(ref b)`, `refs C and F`, `reftels a-c`).
 * The `.` of `Ref.` is part of the mention; the full stop after `reftel.` is not.
 */
const TEXT_PATTERN = new RegExp(
  `(?<cite>${citationSource(false)})` +
    `|(?=[Rr])(?<![\\p{L}\\p{N}])(?<keyword>${caselessWords(['REF'])}(?:\\s*${caselessWords(['TEL'])}[Ss]?|[Ss]?\\.?))(?![\\p{L}\\p{N}])(?:\\s*(?<labels>${LABEL_LIST}))?`,
  'gu',
);

/** The letters of a matched label list (`C and F`, `(a)`, `a-c`), not the letters of `and`/`or`. */
const LABEL_TOKEN = /(?<!\p{L})\(?([A-Za-z])\)?(?!\p{L})/gu;

/** `MAPUTO 00000086 001.2 OF 003`: a page header the transmission left inside a REF item. */
const PAGE_HEADER_IN_ITEM = new RegExp(`\\s*\\b(?:${postAlternation()})\\s+\\d{8}\\s+\\d{3}(?:\\.\\d)?\\s+OF\\s+\\d{3}\\b`, 'giu');

/** A REF item's own letters: `A. `, `A) `, `(A) `, `A. A) `, `A. (A) `; the inner one is the author's. */
const ITEM_LABEL = /^\(?([A-Za-z])[.)]\s+(?:\(?([A-Za-z])[.)]\s+)?/;

/** A letter just before a citation inside one item: `… C. 03 VATICAN 5748`, `… f. 06 kuwait`, `… B KUALA LUMPUR 739`. */
const INNER_LABEL = /(?<![\p{L}\p{N}])(?:\(?([A-Za-z])[.)]|([A-Z]))\s*$/u;

/** That letter at the start of the entry it begins. */
const LEADING_LABEL = /^(?:\(?[A-Za-z][.)]|[A-Z](?=\s))\s*/;

interface Citation {
  start: number;
  end: number;
  referenceId: string | null;
}

/** The Cablegate id of `[year] post number`, the year from the citation else the citing cable's. */
function citationId(groups: Record<string, string | undefined>, fallbackYear: string | null): string | null {
  const post = POSTS.get(groups['post']!.toUpperCase().replace(/\s+/g, ' '));
  const number = Number(groups['number']);
  const year = groups['year'] === undefined ? fallbackYear : groups['year'].slice(-2);
  if (post === undefined || year === null || !(number > 0 && number < 1_000_000)) return null;
  return `${year}${post}${number}`;
}

/**
 * The Cablegate id of a citation as written (`07 MAPUTO 1395`, `USEU BRUSSELS 001177`, `SECSTATE
 * 43420`): its first `[year] post number`, with `year` (two digits) when it gives none; null when
 * there is none or no year is known.
 */
export function referenceIdOf(written: string, year: string | null): string | null {
  const m = FIRST_CITATION.exec(written);
  return m ? citationId(m.groups!, year) : null;
}

/** The citing cable's two-digit year: from its date, else its reference id. */
function cableYear(cable: Cable): string | null {
  if (cable.date !== null) return cable.date.slice(2, 4);
  const year = idYear(cable.referenceId ?? '');
  return year === null ? null : String(year).slice(2);
}

function citationsIn(text: string, fallbackYear: string | null): Citation[] {
  return [...text.matchAll(ITEM_CITATION)].map((m) => ({ start: m.index, end: m.index + m[0].length, referenceId: citationId(m.groups!, fallbackYear) }));
}

interface HeaderReference {
  use: ReferenceUse;
  /** Index of the REF item (after splitting) it comes from: `reftel` with one item means its first citation. */
  item: number;
}

/**
 * The `REF:` items as ReferenceUses. Repairs what the header leaves joined: a `REF: ` repeated inside
 * the item, several cables in one item (`B. 03 VATICAN 5666 C. 03 VATICAN 5748`, `STATE 297614 AND
 * PREVIOUS 03 RANGOON 1427`, `A; B; C`), a wrapped date split off as an item of its own (`B. 2006`), a
 * page header glued to the item; a cable listed twice (09SHANGHAI160) is kept once.
 */
function headerReferences(cable: Cable, year: string | null): HeaderReference[] {
  const items: { label: string | null; text: string }[] = [];
  for (const raw of cable.references) {
    const cleaned = raw.replace(PAGE_HEADER_IN_ITEM, '').replace(/^(?:REF:\s*)+/i, '').trim();
    for (const piece of splitReferenceItems(cleaned)) {
      const labelled = ITEM_LABEL.exec(piece);
      const text = (labelled ? piece.slice(labelled[0].length) : piece).replace(/[\s;,]+$/, '').trim();
      const label = labelled ? (labelled[2] ?? labelled[1]!).toUpperCase() : null;
      if (text === '' || /^(?:none|n\/a)$/i.test(text)) continue;
      // `FEBRUARY 17` / `B. 2006`: the year (and `AND PREVIOUS`) of the item before, wrapped onto a line the archive lettered.
      const previous = items[items.length - 1];
      if (previous && /^(?:19|20)\d{2}(?:\s+AND\s+PREVIOUS)?$/i.test(text) && citationsIn(previous.text, year).length === 0) {
        previous.text = `${previous.text} ${text}`;
        continue;
      }
      // Unlettered items separated by `;` are separate cables (`09 LUXEMBOURG 328; 09 LUXEMBOURG 288`).
      const parts = label === null ? text.split(/\s*;\s*/).filter((p) => p !== '') : [text];
      for (const part of parts) items.push({ label, text: part });
    }
  }

  const references: HeaderReference[] = [];
  const byId = new Map<string, ReferenceUse>();
  items.forEach((item, index) => {
    for (const segment of segmentsOf(item, year)) {
      if (segment.referenceId !== null && byId.has(segment.referenceId)) continue;
      const use: ReferenceUse = { ...segment, inSite: false, inHeader: true, occurrences: [] };
      if (segment.referenceId !== null) byId.set(segment.referenceId, use);
      references.push({ use, item: index });
    }
  });
  return references;
}

/**
 * One REF item as one entry per cable it cites. Each citation after the first starts a new entry,
 * together with the letter written just before it (`… C. 03 VATICAN 5748`); text between two
 * citations (`AND PREVIOUS`) stays with the one before.
 */
function segmentsOf(item: { label: string | null; text: string }, year: string | null): Pick<ReferenceUse, 'label' | 'written' | 'referenceId'>[] {
  const citations = citationsIn(item.text, year);
  if (citations.length === 0) return [{ label: item.label, written: item.text, referenceId: null }];
  const starts = citations.map((citation, k) => {
    if (k === 0) return { at: 0, label: item.label };
    const gapStart = citations[k - 1]!.end;
    const letter = INNER_LABEL.exec(item.text.slice(gapStart, citation.start));
    return letter ? { at: gapStart + letter.index, label: (letter[1] ?? letter[2]!).toUpperCase() } : { at: citation.start, label: null };
  });
  return citations.map((citation, k) => {
    const raw = item.text.slice(starts[k]!.at, starts[k + 1]?.at ?? item.text.length);
    const written = (k === 0 ? raw : raw.replace(LEADING_LABEL, '')).replace(/[\s;,]+$/, '').trim();
    return { label: starts[k]!.label, written, referenceId: citation.referenceId };
  });
}

/** Letter → the header reference it names. Unlettered items count A, B, C… in order (10ABUJA215's `reftel A`). */
function labelIndex(header: HeaderReference[]): Map<string, ReferenceUse> {
  const byLabel = new Map<string, ReferenceUse>();
  const lettered = header.some((h) => h.use.label !== null);
  if (lettered) {
    for (const { use } of header) if (use.label !== null && !byLabel.has(use.label)) byLabel.set(use.label, use);
  } else {
    const firstOfItem = header.filter((h, k) => k === 0 || header[k - 1]!.item !== h.item);
    firstOfItem.forEach(({ use }, k) => byLabel.set(String.fromCharCode(65 + k), use));
  }
  return byLabel;
}

/**
 * The cables this cable cites: each `REF:` item (as written, with its letter, `inHeader: true`) and
 * each cable cited only in the text (`inHeader: false`), in that order. Mentions in paragraph texts
 * (`reftel`, `REF A`, `(refs C and F)`, `GUATEMALA 254`) are the occurrences of the cable they point
 * to. `septel` (a cable sent separately) names no cable and is left to the glossary. `inSite` is false
 * here; {@link linkReferences} sets it.
 */
export function findReferences(cable: Cable): ReferenceUse[] {
  const year = cableYear(cable);
  const ownId = cable.referenceId ?? cable.id;
  const header = headerReferences(cable, year);
  const byLabel = labelIndex(header);
  const byId = new Map<string, ReferenceUse>();
  for (const { use } of header) if (use.referenceId !== null && !byId.has(use.referenceId)) byId.set(use.referenceId, use);
  const itemCount = new Set(header.map((h) => h.item)).size;
  const onlyItem = itemCount === 1 ? header[0]!.use : null;
  const textOnly = new Map<string, ReferenceUse>();

  for (const paragraph of cable.paragraphs) {
    const text = paragraph.text;
    for (const m of text.matchAll(TEXT_PATTERN)) {
      const groups = m.groups!;
      if (groups['cite'] !== undefined) {
        // A number that reads as a year (`LONDON 2012`) is a year unless the citation gives its own.
        const number = Number(groups['number']);
        if (groups['year'] === undefined && number >= 1945 && number <= 2015) continue;
        const referenceId = citationId(groups, year);
        if (referenceId === ownId) continue;
        const occurrence = { paragraph: paragraph.anchor, start: m.index, end: m.index + m[0].length };
        const key = referenceId ?? `${groups['post']!.replace(/\s+/g, ' ')} ${Number(groups['number'])}`;
        let use = (referenceId !== null ? byId.get(referenceId) : undefined) ?? textOnly.get(key);
        if (use === undefined) {
          use = { label: null, written: m[0], referenceId, inSite: false, inHeader: false, occurrences: [] };
          textOnly.set(key, use);
        }
        use.occurrences.push(occurrence);
        continue;
      }
      const keywordEnd = m.index + groups['keyword']!.length;
      if (groups['labels'] === undefined) {
        // `reftel`, `(ref)`, `Per REF`: the one cable of a single REF item; ambiguous otherwise.
        if (onlyItem) onlyItem.occurrences.push({ paragraph: paragraph.anchor, start: m.index, end: keywordEnd });
        continue;
      }
      const labelsStart = m.index + m[0].length - groups['labels'].length;
      let first = true;
      for (const token of groups['labels'].matchAll(LABEL_TOKEN)) {
        const tokenStart = labelsStart + token.index;
        // The first letter carries the keyword (`REF A`); later ones are links of their own. A letter
        // only implied by a range (`B` in `A-C`) is not written, so it gets no span.
        const target = byLabel.get(token[1]!.toUpperCase());
        if (target) target.occurrences.push({ paragraph: paragraph.anchor, start: first ? m.index : tokenStart, end: tokenStart + token[0].length });
        first = false;
      }
    }
  }
  const references = [...header.map((h) => h.use), ...textOnly.values()];
  for (const use of references) use.occurrences.sort(byPosition(cable));
  return references;
}

/** Occurrences in reading order: by paragraph, then offset. */
function byPosition(cable: Cable): (a: Occurrence, b: Occurrence) => number {
  const order = new Map(cable.paragraphs.map((p, k) => [p.anchor, k]));
  return (a, b) => order.get(a.paragraph)! - order.get(b.paragraph)! || a.start - b.start;
}

/** The references with `inSite` set: whether the cited id is a cable of this site. */
export function linkReferences(references: ReferenceUse[], siteIds: ReadonlySet<string>): ReferenceUse[] {
  return references.map((use) => ({ ...use, inSite: use.referenceId !== null && siteIds.has(use.referenceId) }));
}

/** What {@link citedByIndex} needs of a cable. */
export interface CitingCable {
  id: string;
  subject: string | null;
  date: string | null;
  annotations: { references: ReferenceUse[] };
}

/**
 * For each cable of the set that others cite: the citing cables, by date (undated last) then id, each
 * with the anchors of its paragraphs that mention it, in order (empty when only its REF field does).
 * A cable citing itself is ignored.
 */
export function citedByIndex(cables: ReadonlyArray<CitingCable>): Map<string, CitedBy[]> {
  const ids = new Set(cables.map((c) => c.id));
  const index = new Map<string, CitedBy[]>();
  for (const cable of cables) {
    const paragraphsById = new Map<string, string[]>();
    for (const use of cable.annotations.references) {
      if (use.referenceId === null || use.referenceId === cable.id || !ids.has(use.referenceId)) continue;
      const paragraphs = paragraphsById.get(use.referenceId) ?? [];
      for (const occurrence of use.occurrences) if (!paragraphs.includes(occurrence.paragraph)) paragraphs.push(occurrence.paragraph);
      paragraphsById.set(use.referenceId, paragraphs);
    }
    for (const [citedId, paragraphs] of paragraphsById) {
      const list = index.get(citedId) ?? [];
      list.push({ id: cable.id, subject: cable.subject, date: cable.date, paragraphs });
      index.set(citedId, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.id.localeCompare(b.id));
  return index;
}
