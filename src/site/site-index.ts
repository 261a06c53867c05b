import { newestFirst } from './format.ts';
import type { EntityKind, TermUse } from '../lib/types.ts';
import { readCablePage } from './page-store.ts';
import { countWords } from '../lib/spelling.ts';

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

/** An entity across the site. */
export interface SiteEntity {
  name: string;
  slug: string;
  kind: EntityKind;
  cables: EntityCable[];
}

/** What the glossary and names pages need from every cable, gathered in one pass. */
export interface SiteIndex {
  /** Glossary id → the cables using it, newest first (undated last). */
  terms: Map<string, TermCable[]>;
  /**
   * Glossary id → the term as the first cable using it gives it: for ids the glossary has no entry
   * for (a portion marking composed from its parts, such as `S//NF//REL ARMENIA`).
   */
  termInfo: Map<string, Pick<TermUse, 'term' | 'kind' | 'meaning'>>;
  /** Entity slug → the entity and the cables naming it, newest first (undated last). */
  entities: Map<string, SiteEntity>;
  /** Word → how often the subjects and paragraphs hold it (src/lib/spelling.ts), for /search/words.json. */
  words: Map<string, number>;
}

/** How much text an excerpt shows around a mention. */
const EXCERPT_BEFORE = 60;
const EXCERPT_AFTER = 100;

/**
 * Gathers, from each cable's page file (read once), which cables use each glossary term and
 * which paragraphs name each entity. `pageFiles` are the store's `entry.data.page` paths.
 */
export function buildSiteIndex(pageFiles: string[]): SiteIndex {
  const terms = new Map<string, TermCable[]>();
  const termInfo = new Map<string, Pick<TermUse, 'term' | 'kind' | 'meaning'>>();
  const entities = new Map<string, SiteEntity & { names: Map<string, number>; kinds: Map<EntityKind, number> }>();
  // Counted here, in the one pass that reads each page file, rather than by reading them all again.
  const words = new Map<string, number>();
  // One cable in memory at a time: with 10,000 cables, all of them at once would not fit well.
  for (const file of pageFiles) {
    const { cable } = readCablePage(file);
    const ref: CableRef = { id: cable.id, subject: cable.subject, date: cable.date };
    countWords(cable.subject ?? '', words);
    for (const paragraph of cable.paragraphs) countWords(paragraph.text, words);
    for (const term of cable.annotations.terms) {
      const list = terms.get(term.id) ?? [];
      list.push({ cable: ref, firstParagraph: term.occurrences[0]?.paragraph ?? null });
      terms.set(term.id, list);
      if (!termInfo.has(term.id)) termInfo.set(term.id, { term: term.term, kind: term.kind, meaning: term.meaning });
    }
    const paragraphs = new Map(cable.paragraphs.map((paragraph) => [paragraph.anchor, paragraph]));
    for (const entity of cable.annotations.entities) {
      const site = entities.get(entity.slug) ?? {
        name: entity.name,
        slug: entity.slug,
        kind: entity.kind,
        cables: [],
        names: new Map<string, number>(),
        kinds: new Map<EntityKind, number>(),
      };
      site.names.set(entity.name, (site.names.get(entity.name) ?? 0) + 1);
      site.kinds.set(entity.kind, (site.kinds.get(entity.kind) ?? 0) + 1);
      const named: EntityParagraph[] = [];
      for (const occurrence of entity.occurrences) {
        if (named.some((paragraph) => paragraph.anchor === occurrence.paragraph)) continue;
        const paragraph = paragraphs.get(occurrence.paragraph);
        if (!paragraph) continue;
        named.push({ anchor: paragraph.anchor, number: paragraph.number, excerpt: excerpt(paragraph.text, occurrence.start, occurrence.end) });
      }
      site.cables.push({ cable: ref, paragraphs: named, header: entity.sources.filter((source) => source !== 'text') });
      entities.set(entity.slug, site);
    }
  }
  for (const list of terms.values()) list.sort((a, b) => newestFirst(a.cable, b.cable));
  // The name and kind most cables give it (ties: the first seen).
  const settled = new Map<string, SiteEntity>();
  for (const [slug, { names, kinds, ...entity }] of entities) {
    entity.cables.sort((a, b) => newestFirst(a.cable, b.cable));
    settled.set(slug, { ...entity, name: mostFrequent(names) ?? entity.name, kind: mostFrequent(kinds) ?? entity.kind });
  }
  return { terms, termInfo, entities: settled, words };
}

let cached: SiteIndex | undefined;

/**
 * `buildSiteIndex`, memoised: in a build every glossary and names page asks for it, and reading
 * every page file once per page would cost O(n²) for n cables. `fresh` rebuilds it (in dev,
 * where cables change between requests).
 */
export function siteIndex(pageFiles: string[], fresh: boolean): SiteIndex {
  if (fresh || !cached) cached = buildSiteIndex(pageFiles);
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
