import { newestFirst } from './format.ts';
import type { AnnotatedCable, EntityKind, TermUse } from '../lib/types.ts';
import { countWords } from '../lib/spelling.ts';
import { Spill } from './spill.ts';
import type { ListSource } from './split-list.ts';

/** A cable as the glossary and names pages list it. */
export interface CableRef {
  id: string;
  subject: string | null;
  date: string | null;
}

/** One cable that uses a glossary term. */
export interface TermCable {
  cable: CableRef;
  /** The first paragraph using it in the text, or null when only the header does (tags, E.O., a badge). */
  firstParagraph: string | null;
}

/** One paragraph that names an entity, with a short excerpt around the first mention. */
export interface EntityParagraph {
  anchor: string;
  number: number | null;
  excerpt: string;
}

/** One cable that names an entity. */
export interface EntityCable {
  cable: CableRef;
  paragraphs: EntityParagraph[];
  /** Header fields that name it (`classifiedBy`, `signature`, `addressees`). */
  header: string[];
}

/** A name across the site: the name and kind most of its cables give it, and how many cables name it. */
export interface SiteEntity {
  name: string;
  slug: string;
  kind: EntityKind;
  cables: number;
}

/** A term's use across the site: how many cables use it, and the newest of them (TERM_CABLES_KEPT at most). */
export interface TermUses {
  count: number;
  newest: TermCable[];
}

/** How many of a term's newest cables the index keeps in memory: what /glossary/ links per term. */
export const TERM_CABLES_KEPT = 20;

/**
 * What the glossary and names pages need from every cable, gathered in one pass. What grows with
 * the vocabulary (names, terms, words and their counts) is in memory; what grows with the cables
 * (each cable naming a name, with its excerpts; each cable using a term) is on disk (./spill.ts)
 * and read back one bucket of names or terms at a time, so the build's memory does not hold every
 * cable's names (issue 12: 324 MB of heap at 10,000 cables, ≈ 8 GB at 251,287).
 */
export interface SiteIndex {
  /** Glossary id → how many cables use it and the newest (newest first, undated last). */
  terms: Map<string, TermUses>;
  /**
   * Glossary id → the term as the first cable using it gives it: for ids the glossary has no entry
   * for (a portion marking composed from its parts, such as `S//NF//REL ARMENIA`).
   */
  termInfo: Map<string, Pick<TermUse, 'term' | 'kind' | 'meaning'>>;
  /** Entity slug → the entity, in the order the cables first name them. */
  entities: Map<string, SiteEntity>;
  /** Word → how often the subjects and paragraphs hold it (src/lib/spelling.ts), for /search/words.json. */
  words: Map<string, number>;
  /** Every name with the cables naming it, newest first (undated last); a bucket of names at a time, read from disk a page at a time. */
  entityCables(): Iterable<[SiteEntity, ListSource<EntityCable>]>;
  /** Every term used, by glossary id, with the cables using it, newest first (undated last); as the names. */
  termCables(): Iterable<[string, ListSource<TermCable>]>;
  /** Removes the records on disk (also done when the process exits). */
  remove(): void;
}

/** How much text an excerpt shows around a mention. */
const EXCERPT_BEFORE = 60;
const EXCERPT_AFTER = 100;

/** Cables per spill bucket: a bucket's records are a few MB whatever the corpus's size. */
const CABLES_PER_BUCKET = 500;

/** What a record is sorted by: its cable's date and id (`newestFirst`). */
type CableKey = Pick<CableRef, 'date' | 'id'>;
const sortKey = ({ cable: { date, id } }: { cable: CableRef }): CableKey => ({ date, id });

/** A cable's use of a name as the spill keeps it. */
type EntityRecord = EntityCable;

/** A cable as the index reads it: its page file's cable (src/lib/page-file.ts), or the same made in a merge. */
export type IndexedCable = Pick<AnnotatedCable, 'id' | 'subject' | 'date' | 'paragraphs' | 'annotations'>;

/**
 * Gathers, from each cable as its page file holds it (each read once, one at a time), which
 * cables use each glossary term and which paragraphs name each entity. `count`: how many cables
 * `cables` gives.
 */
export function buildSiteIndex(cables: Iterable<IndexedCable>, count: number): SiteIndex {
  const buckets = Math.max(1, Math.ceil(count / CABLES_PER_BUCKET));
  const termSpill = new Spill<TermCable, CableKey>(buckets, sortKey);
  const entitySpill = new Spill<EntityRecord, CableKey>(buckets, sortKey);
  const termCounts = new Map<string, number>();
  const termInfo = new Map<string, Pick<TermUse, 'term' | 'kind' | 'meaning'>>();
  const entities = new Map<string, Omit<SiteEntity, 'cables'> & { count: number; names: Map<string, number>; kinds: Map<EntityKind, number> }>();
  // Counted here, in the one pass that reads each page file, rather than by reading them all again.
  const words = new Map<string, number>();
  // One cable in memory at a time: with 10,000 cables, all of them at once would not fit well.
  for (const cable of cables) {
    const ref: CableRef = { id: cable.id, subject: cable.subject, date: cable.date };
    countWords(cable.subject ?? '', words);
    for (const paragraph of cable.paragraphs) countWords(paragraph.text, words);
    for (const term of cable.annotations.terms) {
      termSpill.add(term.id, { cable: ref, firstParagraph: term.occurrences[0]?.paragraph ?? null });
      termCounts.set(term.id, (termCounts.get(term.id) ?? 0) + 1);
      if (!termInfo.has(term.id)) termInfo.set(term.id, { term: term.term, kind: term.kind, meaning: term.meaning });
    }
    const paragraphs = new Map(cable.paragraphs.map((paragraph) => [paragraph.anchor, paragraph]));
    for (const entity of cable.annotations.entities) {
      const site = entities.get(entity.slug) ?? {
        name: entity.name,
        slug: entity.slug,
        kind: entity.kind,
        count: 0,
        names: new Map<string, number>(),
        kinds: new Map<EntityKind, number>(),
      };
      site.names.set(entity.name, (site.names.get(entity.name) ?? 0) + 1);
      site.kinds.set(entity.kind, (site.kinds.get(entity.kind) ?? 0) + 1);
      site.count += 1;
      const named: EntityParagraph[] = [];
      for (const occurrence of entity.occurrences) {
        if (named.some((paragraph) => paragraph.anchor === occurrence.paragraph)) continue;
        const paragraph = paragraphs.get(occurrence.paragraph);
        if (!paragraph) continue;
        named.push({ anchor: paragraph.anchor, number: paragraph.number, excerpt: excerpt(paragraph.text, occurrence.start, occurrence.end) });
      }
      entitySpill.add(entity.slug, { cable: ref, paragraphs: named, header: entity.sources.filter((source) => source !== 'text') });
      entities.set(entity.slug, site);
    }
  }
  // The name and kind most cables give it (ties: the first seen).
  const settled = new Map<string, SiteEntity>();
  for (const [slug, { names, kinds, count, ...entity }] of entities) {
    settled.set(slug, { ...entity, name: mostFrequent(names) ?? entity.name, kind: mostFrequent(kinds) ?? entity.kind, cables: count });
  }
  entities.clear();
  // A stable sort of each key's records in the order they came: the order sorting the whole list
  // in memory gave.
  const termCables = () => termSpill.sortedGroups(newestFirst);
  const terms = new Map<string, TermUses>();
  for (const [id, cables] of termCables()) terms.set(id, { count: cables.length, newest: cables.slice(0, TERM_CABLES_KEPT) });
  // In the order the terms were first used, as the map was filled before.
  const ordered = new Map([...termCounts.keys()].map((id) => [id, terms.get(id)!]));
  return {
    terms: ordered,
    termInfo,
    entities: settled,
    words,
    entityCables: function* () {
      for (const [slug, cables] of entitySpill.sortedGroups(newestFirst)) yield [settled.get(slug)!, cables];
    },
    termCables,
    remove: () => {
      termSpill.remove();
      entitySpill.remove();
    },
  };
}

let cached: SiteIndex | undefined;

/**
 * `buildSiteIndex`, memoised: in a build every glossary and names page asks for it, and reading
 * every page file once per page would cost O(n²) for n cables. `fresh` rebuilds it (in dev,
 * where cables change between requests).
 */
export function siteIndex(cables: () => Iterable<IndexedCable>, count: number, fresh: boolean): SiteIndex {
  if (fresh || !cached) {
    cached?.remove();
    cached = buildSiteIndex(cables(), count);
  }
  return cached;
}

function mostFrequent<T>(counts: Map<T, number>): T | undefined {
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** Text around `start..end`, cut at word boundaries, with `…` where it was cut. */
function excerpt(text: string, start: number, end: number): string {
  let from = Math.max(0, start - EXCERPT_BEFORE);
  let to = Math.min(text.length, end + EXCERPT_AFTER);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
