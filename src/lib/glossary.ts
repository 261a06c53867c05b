import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import slugify from '@sindresorhus/slugify';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import { headerFacts } from './header.ts';
import { isAllCaps } from './text-case.ts';
import type { Cable, MarkingCount, Occurrence, ParseWarning, TermKind, TermUse } from './types.ts';

/**
 * The glossary of cable language (docs/glossary.md): TAGS codes, jargon, acronyms, portion
 * markings and classification reasons, read from `data/glossary.yaml`, and the matcher that finds
 * them in a cable. Pure: no Astro, no network; the only file read is the glossary itself.
 */

export const TERM_KINDS: readonly TermKind[] = [
  'subject-tag',
  'country-tag',
  'jargon',
  'acronym',
  'marking',
  'classification-reason',
];

/** A meaning that holds only in cables from or about some places (GOG: Guatemala, Ghana…). */
export interface GlossaryContext {
  /** Upper-case place words (`GUATEMALA`, `LA PAZ`) or two-letter country tags (`GT`). */
  places: string[];
  meaning: string;
}

/** One entry of the glossary. */
export interface GlossaryEntry {
  /** The term as the glossary writes it (`SFRC`, `reftel`, `E.O. 12958`, `PREL`, `C//NF`). */
  term: string;
  /** Stable lowercase slug, unique in the glossary: `#id` on `/glossary/`, `term-<id>` on a page. */
  id: string;
  kind: TermKind;
  /** Our own words: what the term means (the general meaning when `contexts` refine it). */
  meaning: string;
  /** Other written forms that mean the same (`REFTEL`, `Reftels`, `EO 12958`). */
  forms: string[];
  /** Whether the forms match only as written (acronyms, tags) or in any case (jargon). */
  caseSensitive: boolean;
  /** Tags only: also match in the text (organisation tags such as `NATO`, `EU`). */
  inText: boolean;
  /** The letters also spell an ordinary word (`GOT`, `ICE`, `VAT`): no match in text written all in capitals. */
  ordinaryWord: boolean;
  /** Markings: a short label for badges and counts (`Confidential, no foreign nationals`). */
  label: string | null;
  /** Meanings that depend on where the cable comes from, first match wins. */
  contexts: GlossaryContext[];
}

/** The glossary: its entries in file order, and lookups built once. */
export interface Glossary {
  entries: GlossaryEntry[];
  /** Entry by id. */
  byId: Map<string, GlossaryEntry>;
  /** Tag entries (subject-tag, country-tag) by the upper-cased code and forms. */
  tags: Map<string, GlossaryEntry>;
  /** Marking entries by normalised marking (`S//NF`). */
  markings: Map<string, GlossaryEntry>;
  /** Classification-reason entries by letter (`b`). */
  reasons: Map<string, GlossaryEntry>;
  /** Per kind-set matchers, built on first use (internal to termMatches). */
  matchers: Map<string, Matcher>;
}

/** Where a glossary term occurs in a text: UTF-16 offsets, `end` exclusive. */
export interface TermMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

const TAG_KINDS: ReadonlySet<TermKind> = new Set(['subject-tag', 'country-tag']);
const TEXT_KINDS: readonly TermKind[] = ['jargon', 'acronym', 'classification-reason', 'subject-tag', 'country-tag'];
const ENTRY_FIELDS = ['term', 'id', 'kind', 'meaning', 'forms', 'caseSensitive', 'inText', 'ordinaryWord', 'label', 'contexts'];
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const REASON_TERM = /^1\.4 \(([a-h])\)$/;

/**
 * Parses glossary YAML: a list of entries (see docs/glossary.md). Never throws: a bad entry is
 * skipped with a warning that names `file` and the line; a duplicate id or form keeps the first.
 */
export function parseGlossary(source: string, file: string): { glossary: Glossary; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const entries: Array<{ entry: GlossaryEntry; node: Node }> = [];
  const lineCounter = new LineCounter();
  const warn = (node: Node | null | undefined, message: string): void => {
    const offset = node?.range?.[0];
    const line = offset === undefined ? 1 : lineCounter.linePos(offset).line;
    warnings.push({ line, message: `${file}:${line}: ${message}` });
  };

  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) {
    const line = lineCounter.linePos(error.pos[0]).line;
    warnings.push({ line, message: `${file}:${line}: glossary: ${error.message.split('\n')[0]}` });
  }
  const root = doc.contents;
  if (doc.errors.length === 0 && root !== null && !(isScalar(root) && (root.value === null || root.value === ''))) {
    if (!isSeq(root)) warn(root, 'glossary: the file must be a list of entries (`- term: …`)');
    else for (const item of root.items) {
      const entry = readEntry(item as Node | null, warn);
      if (entry) entries.push({ entry, node: item as Node });
    }
  }
  return { glossary: buildGlossary(entries, warn), warnings };
}

/** Reads one YAML entry; null (with a warning) when it cannot be used. */
function readEntry(node: Node | null, warn: (node: Node | null | undefined, message: string) => void): GlossaryEntry | null {
  if (!isMap(node)) {
    warn(node, 'glossary: each entry must be a mapping with term, kind and meaning');
    return null;
  }
  const raw = new Map<string, { value: unknown; node: Node | null }>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyNode = pair.key as Node | null;
    if (!ENTRY_FIELDS.includes(key)) {
      warn(keyNode, `glossary: unknown field "${key}" ignored`);
      continue;
    }
    const valueNode = pair.value as Node | null;
    raw.set(key, { value: valueNode && 'toJSON' in valueNode ? valueNode.toJSON() : null, node: keyNode });
  }
  const text = (key: string): string | null => {
    const value = raw.get(key)?.value;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;
  };
  const term = text('term');
  const kind = text('kind') as TermKind | null;
  const meaning = text('meaning');
  if (term === null || meaning === null) {
    warn(node, 'glossary: entry needs a non-empty `term` and `meaning`; skipped');
    return null;
  }
  if (kind === null || !TERM_KINDS.includes(kind)) {
    warn(raw.get('kind')?.node ?? node, `glossary: "${term}": kind must be one of ${TERM_KINDS.join(', ')}; skipped`);
    return null;
  }
  const formsValue = raw.get('forms')?.value ?? [];
  const forms = Array.isArray(formsValue) ? formsValue.filter((form): form is string | number => typeof form === 'string' || typeof form === 'number').map(String) : [];
  if (!Array.isArray(formsValue) || forms.length !== (formsValue as unknown[]).length) {
    warn(raw.get('forms')?.node, `glossary: "${term}": forms must be a list of texts`);
  }
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw.get(key)?.value;
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    warn(raw.get(key)?.node, `glossary: "${term}": ${key} must be true or false`);
    return fallback;
  };
  const contexts: GlossaryContext[] = [];
  const contextsValue = raw.get('contexts')?.value;
  if (contextsValue !== undefined) {
    const list = Array.isArray(contextsValue) ? contextsValue : [];
    for (const context of list) {
      const places = (context as { places?: unknown })?.places;
      const contextMeaning = (context as { meaning?: unknown })?.meaning;
      if (Array.isArray(places) && places.every((place) => typeof place === 'string') && typeof contextMeaning === 'string') {
        contexts.push({ places: places.map((place: string) => place.toUpperCase()), meaning: contextMeaning.trim() });
      } else {
        warn(raw.get('contexts')?.node, `glossary: "${term}": each context needs places (a list) and a meaning`);
      }
    }
    if (!Array.isArray(contextsValue)) warn(raw.get('contexts')?.node, `glossary: "${term}": contexts must be a list`);
  }
  const explicitId = text('id');
  if (explicitId !== null && !ID_PATTERN.test(explicitId)) {
    warn(raw.get('id')?.node, `glossary: "${term}": id "${explicitId}" is not a lowercase slug; skipped`);
    return null;
  }
  if (kind === 'classification-reason' && !REASON_TERM.test(term)) {
    warn(node, `glossary: "${term}": a classification reason is written "1.4 (x)" with x in a–h; skipped`);
    return null;
  }
  const id = explicitId ?? (kind === 'marking' ? markingId(term) : slugify(term, { decamelize: false }));
  return {
    term,
    id,
    kind,
    meaning,
    forms,
    caseSensitive: flag('caseSensitive', kind !== 'jargon'),
    inText: flag('inText', !TAG_KINDS.has(kind) && kind !== 'marking'),
    ordinaryWord: flag('ordinaryWord', false),
    label: text('label'),
    contexts,
  };
}

/** Indexes the entries; duplicates (id, tag, marking, text form) keep the first with a warning. */
function buildGlossary(candidates: Array<{ entry: GlossaryEntry; node: Node }>, warn: (node: Node | null | undefined, message: string) => void): Glossary {
  const glossary: Glossary = { entries: [], byId: new Map(), tags: new Map(), markings: new Map(), reasons: new Map(), matchers: new Map() };
  const textForms = new Map<string, GlossaryEntry>();
  candidates.forEach(({ entry, node }) => {
    if (glossary.byId.has(entry.id)) {
      warn(node, `glossary: duplicate id "${entry.id}" ("${entry.term}"); the first entry is kept`);
      return;
    }
    if (TAG_KINDS.has(entry.kind)) {
      const taken = [entry.term, ...entry.forms].find((form) => glossary.tags.has(form.toUpperCase()));
      if (taken !== undefined) {
        warn(node, `glossary: duplicate tag "${taken}"; the first entry is kept`);
        return;
      }
    }
    if (entry.kind === 'marking') {
      const taken = [entry.term, ...entry.forms].find((form) => glossary.markings.has(normaliseMarking(form)));
      if (taken !== undefined) {
        warn(node, `glossary: duplicate marking "${taken}"; the first entry is kept`);
        return;
      }
    }
    if (entry.inText && entry.kind !== 'classification-reason') {
      const taken = [entry.term, ...entry.forms].find((form) => textForms.has(formKey(form, entry.caseSensitive)));
      if (taken !== undefined) {
        warn(node, `glossary: "${taken}" is already a form of "${textForms.get(formKey(taken, entry.caseSensitive))!.term}"; the first entry is kept`);
        return;
      }
    }
    glossary.entries.push(entry);
    glossary.byId.set(entry.id, entry);
    if (TAG_KINDS.has(entry.kind)) for (const form of [entry.term, ...entry.forms]) glossary.tags.set(form.toUpperCase(), entry);
    if (entry.kind === 'marking') for (const form of [entry.term, ...entry.forms]) glossary.markings.set(normaliseMarking(form), entry);
    if (entry.kind === 'classification-reason') glossary.reasons.set(REASON_TERM.exec(entry.term)![1]!, entry);
    else if (entry.inText) for (const form of [entry.term, ...entry.forms]) textForms.set(formKey(form, entry.caseSensitive), entry);
  });
  return glossary;
}

const cache = new Map<string, Glossary>();

/**
 * The project glossary: `data/glossary.yaml` found from this module's own location by default
 * (right for tsx, vitest and scripts; a bundle such as Astro's build moves the module, so it passes
 * the path). Sync, cached per path; warnings go to stderr (the test suite requires none).
 */
export function loadGlossary(path: string = fileURLToPath(new URL('../../data/glossary.yaml', import.meta.url))): Glossary {
  const cached = cache.get(path);
  if (cached) return cached;
  const { glossary, warnings } = parseGlossary(readFileSync(path, 'utf8'), path);
  // A broken glossary is a project bug, not a property of a cable: say so loudly, keep going.
  for (const warning of warnings) console.warn(warning.message);
  cache.set(path, glossary);
  return glossary;
}

/** The entry of a TAGS code (`PREL`, `gt`), or undefined when the glossary lacks it. */
export function tagEntry(tag: string, glossary: Glossary): GlossaryEntry | undefined {
  return glossary.tags.get(tag.trim().toUpperCase());
}

// ---------------------------------------------------------------------------------------------
// Matching

/** A compiled matcher for one set of kinds. */
interface Matcher {
  pattern: RegExp;
  exact: Map<string, GlossaryEntry>;
  folded: Map<string, GlossaryEntry>;
  reasons: boolean;
}

/** Lookup key of a written form: spacing and apostrophes normalised, case folded unless sensitive. */
function formKey(text: string, caseSensitive: boolean): string {
  const key = text.replace(/\s+/g, ' ').replace(/’/g, "'");
  return caseSensitive ? key : key.toLowerCase();
}

/**
 * A form as regex atoms, one per character: any run of spaces matches any whitespace, either
 * apostrophe matches, and a case-insensitive form's letters match either case (`[gG]`).
 */
function formAtoms(form: string, caseSensitive: boolean): string[] {
  const atoms: string[] = [];
  for (const char of form.trim().replace(/\s+/g, ' ')) {
    if (char === ' ') atoms.push('\\s+');
    else if (char === "'" || char === '’') atoms.push("['’]");
    else if (!caseSensitive && char.toLowerCase() !== char.toUpperCase()) atoms.push(`[${char.toLowerCase()}${char.toUpperCase()}]`);
    else atoms.push(char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }
  return atoms;
}

/** A prefix tree of regex atoms; `end` marks where a form is complete. */
interface AtomTrie {
  children: Map<string, AtomTrie>;
  end: boolean;
}

function insertAtoms(trie: AtomTrie, atoms: string[]): void {
  let node = trie;
  for (const atom of atoms) {
    let child = node.children.get(atom);
    if (!child) node.children.set(atom, (child = { children: new Map(), end: false }));
    node = child;
  }
  node.end = true;
}

/**
 * The trie as one regex source. Shared prefixes are written once, so the engine tests one
 * branch per word start instead of every form (about twice as fast as a flat alternation);
 * at each node the longer continuations come before the end, so the longest form wins.
 */
function trieSource(node: AtomTrie): string {
  const branches = [...node.children].map(([atom, child]) => atom + trieSource(child));
  if (branches.length === 0) return '';
  if (node.end) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * A letter or digit, for word boundaries: ASCII and Latin letters, which is what cables are
 * written in. Spelled out rather than `\p{L}` because a non-Unicode regex runs about three
 * times faster over a corpus.
 */
const WORD_CHAR = '[0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]';

/** All-capital forms (`NGO`, `MOU`) also match their plural with a lower-case s (`NGOs`). */
const PLURALISABLE = /^[A-Z]{2,}$/;

/** The cache key of a kinds list, computed once per list object (termMatches runs per paragraph). */
const kindKeys = new WeakMap<readonly TermKind[], string>();

function matcherFor(glossary: Glossary, kinds: readonly TermKind[]): Matcher {
  let key = kindKeys.get(kinds);
  if (key === undefined) kindKeys.set(kinds, (key = [...kinds].sort().join(',')));
  const cached = glossary.matchers.get(key);
  if (cached) return cached;
  const exact = new Map<string, GlossaryEntry>();
  const folded = new Map<string, GlossaryEntry>();
  const trie: AtomTrie = { children: new Map(), end: false };
  for (const entry of glossary.entries) {
    if (!kinds.includes(entry.kind) || !entry.inText || entry.kind === 'classification-reason' || entry.kind === 'marking') continue;
    for (const form of [entry.term, ...entry.forms]) {
      const map = entry.caseSensitive ? exact : folded;
      const formKeyText = formKey(form, entry.caseSensitive);
      if (!map.has(formKeyText)) map.set(formKeyText, entry);
      const atoms = formAtoms(form, entry.caseSensitive);
      insertAtoms(trie, atoms);
      if (entry.caseSensitive && PLURALISABLE.test(form)) insertAtoms(trie, [...atoms, 's']);
    }
  }
  const source = trie.children.size === 0 ? '(?!)' : trieSource(trie);
  const matcher: Matcher = {
    pattern: new RegExp(`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`, 'g'),
    exact,
    folded,
    reasons: kinds.includes('classification-reason'),
  };
  glossary.matchers.set(key, matcher);
  return matcher;
}

function lookup(matcher: Matcher, written: string): GlossaryEntry | undefined {
  const key = formKey(written, true);
  const singular = key.endsWith('s') ? key.slice(0, -1) : null;
  return (
    matcher.exact.get(key) ??
    (singular !== null ? matcher.exact.get(singular) : undefined) ??
    matcher.folded.get(key.toLowerCase())
  );
}

/**
 * Where glossary terms occur in `text`: non-overlapping, leftmost, longest first, on word
 * boundaries (`GOG` never inside `GOGO`). Tags match only when their entry says `inText`
 * (their place is the TAGS field); markings never match in text; in text written all in
 * capitals, entries that are also ordinary words (`GOT`, `ICE`) do not match. `kinds` limits the kinds.
 */
export function termMatches(text: string, glossary: Glossary, kinds: readonly TermKind[] = TEXT_KINDS): TermMatch[] {
  const matcher = matcherFor(glossary, kinds);
  let matches: TermMatch[] = [];
  let ordinaryWords = false;
  const pattern = matcher.pattern;
  // An exec loop, not matchAll: matchAll clones the (large) regex on every call: 2 to 4 times slower here.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const entry = lookup(matcher, match[0]);
    if (!entry) continue;
    ordinaryWords ||= entry.ordinaryWord;
    matches.push({ start: match.index, end: match.index + match[0].length, entry });
  }
  // Counting the case of the text only when it matters keeps the common path one regex pass.
  if (ordinaryWords && isAllCaps(text)) matches = matches.filter((match) => !match.entry.ordinaryWord);
  if (!matcher.reasons || glossary.reasons.size === 0 || !(text.includes('1.4') || text.includes('1.5'))) return matches;
  const reasons = reasonMatches(text, glossary);
  if (reasons.length === 0) return matches;
  // Reasons are never inside a word term; drop a term that overlaps one (rare: `1.4 (C)`).
  const kept = matches.filter((m) => !reasons.some((r) => r.start < m.end && m.start < r.end));
  return [...kept, ...reasons].sort((a, b) => a.start - b.start);
}

/** `1.4` or `1.5` (E.O. 12958 before its 2003 amendment numbered the reasons 1.5) and the letters. */
const REASON_ANCHOR = /(?<![\d.])1\.[45](?!\d)/g;
/** One letter of a reason list (`(b)`, `( d)`, `(d`, `b`) with the separators before it (`, and `, `/`, `a nd`). */
const REASON_LETTER = /^((?:\s*(?:,|;|&|\+|\/|\band\b|\ba\s?nd\b|\ban\s?d\b|\bor\b))*\s*)(\(\s*)?([a-hA-H])(?![\p{L}\p{N}])(\s*\))?/iu;
const REASON_WORD = /(?:reasons?|reas\s?ons|section|\bE\.?O\.?)\W*$/i;

/**
 * Classification reasons as written after `Classified By`: `1.4 (b) and (d)`, `1.4(b),(d)`,
 * `1.4 (B,D)`, `1.4 B/D`, `1.5 (b) (d)`. One match per letter: the first spans `1.4 (b)`, the
 * others their own letter and parentheses (`(d)`), so each letter shows its own meaning.
 */
function reasonMatches(text: string, glossary: Glossary): TermMatch[] {
  const matches: TermMatch[] = [];
  REASON_ANCHOR.lastIndex = 0;
  for (let anchor = REASON_ANCHOR.exec(text); anchor !== null; anchor = REASON_ANCHOR.exec(text)) {
    let position = anchor.index + anchor[0].length;
    const found: TermMatch[] = [];
    let parenthesised = false;
    for (;;) {
      const letter = REASON_LETTER.exec(text.slice(position, position + 24));
      if (!letter) break;
      // Between `1.4` and the first letter only spaces may stand (`1.4 (b)`, `1.4b`).
      if (found.length === 0 && /\S/.test(letter[1]!)) break;
      const entry = glossary.reasons.get(letter[3]!.toLowerCase());
      const open = letter[2] ?? '';
      const close = letter[4] ?? '';
      if (open && close) parenthesised = true;
      if (entry) {
        const letterStart = position + letter[1]!.length + (open && !close ? open.length : 0);
        const start = found.length === 0 ? anchor.index : letterStart;
        const end = position + letter[0].length - (close && !open ? close.length : 0);
        found.push({ start, end, entry });
      }
      position += letter[0].length;
    }
    // Bare letters (`1.4 B/D`) are reasons only after "reason"/"section" or with a second letter.
    const context = text.slice(Math.max(0, anchor.index - 40), anchor.index);
    if (found.length > 0 && (parenthesised || found.length > 1 || REASON_WORD.test(context))) matches.push(...found);
  }
  return matches;
}

// ---------------------------------------------------------------------------------------------
// Markings

/**
 * A portion marking normalised for lookup: upper case, `NOFORN` → `NF`, separators (`/`, `//`,
 * space) → `//`, a `REL` country list kept together: `s/nf` → `S//NF`, `S/REL ARMENIA` → `S//REL ARMENIA`.
 */
export function normaliseMarking(marking: string): string {
  const tokens = marking.toUpperCase().replace(/NOFORN/g, 'NF').split(/\s*\/+\s*|\s+/).filter(Boolean);
  const parts: string[] = [];
  for (const token of tokens) {
    const last = parts.at(-1);
    if (last !== undefined && last.startsWith('REL') && !CONTROL_PARTS.has(token)) parts[parts.length - 1] = `${last} ${token}`;
    else parts.push(token);
  }
  return parts.join('//');
}

const CONTROL_PARTS = new Set(['U', 'SBU', 'C', 'S', 'TS', 'NF', 'FOUO', 'LOU', 'ORCON', 'REL', 'PROPIN', 'XD', 'ND']);

/** The glossary id of a marking: `C//NF` → `marking-c-nf`, `S/NF` → `marking-s-nf`. */
export function markingId(marking: string): string {
  return `marking-${slugify(normaliseMarking(marking), { decamelize: false })}`;
}

/** The glossary entry of a marking or, for a combination the glossary does not list, of its parts. */
function markingParts(marking: string, glossary: Glossary): { key: string; entry: GlossaryEntry | undefined; parts: Array<{ part: string; entry: GlossaryEntry | undefined }> } {
  const key = normaliseMarking(marking);
  const parts = key.split('//').map((part) => {
    const relCountries = /^REL (.+)$/.exec(part);
    return { part, entry: glossary.markings.get(relCountries ? 'REL' : part) };
  });
  return { key, entry: glossary.markings.get(key), parts };
}

/** Title case for a REL country list: `ARMENIA` → `Armenia`. */
function titleCase(words: string): string {
  return words.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

/**
 * A short meaning for a portion marking, for badges and counts: the glossary's label when it lists
 * the marking, else composed from its parts (`S//NF` → `Secret, not releasable to foreign
 * nationals`); `Unmarked` for null; unknown parts are named as such.
 */
export function markingMeaning(marking: string | null, glossary: Glossary): string {
  if (marking === null || marking.trim() === '') return 'Unmarked';
  const { entry, parts } = markingParts(marking, glossary);
  if (entry) return entry.label ?? entry.meaning;
  return parts
    .map(({ part, entry: partEntry }, index) => {
      const rel = /^REL (.+)$/.exec(part);
      if (rel) return `releasable to ${titleCase(rel[1]!)}`;
      const label = partEntry?.label ?? `${part} (unknown marking)`;
      return index === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1);
    })
    .join(', ');
}

/** The longer explanation of a marking for term lists: its entry's meaning, or its parts' meanings. */
function markingExplanation(marking: string, glossary: Glossary): { term: string; meaning: string } {
  const { key, entry, parts } = markingParts(marking, glossary);
  if (entry) return { term: entry.term, meaning: entry.meaning };
  const known = parts.filter((part) => part.entry).map((part) => part.entry!.meaning);
  return { term: key, meaning: [`${markingMeaning(marking, glossary)}.`, ...known].join(' ') };
}

/**
 * How many paragraphs carry each portion marking (upper-cased as written; null = unmarked), most
 * paragraphs first, ties in order of first appearance.
 */
export function markingCounts(cable: Pick<Cable, 'paragraphs'>, glossary: Glossary): MarkingCount[] {
  const counts = new Map<string | null, number>();
  for (const paragraph of cable.paragraphs) {
    const marking = paragraph.marking === null ? null : paragraph.marking.toUpperCase();
    counts.set(marking, (counts.get(marking) ?? 0) + 1);
  }
  return [...counts]
    .map(([marking, paragraphs]) => ({ marking, meaning: markingMeaning(marking, glossary), paragraphs }))
    .sort((a, b) => b.paragraphs - a.paragraphs);
}

// ---------------------------------------------------------------------------------------------
// Terms of a cable

/** The fields of a cable that say where it comes from or what it is about. */
type CablePlace = Pick<Cable, 'origin' | 'referenceId' | 'id' | 'tags' | 'subject'>;

/** Upper-case letters only: `AMEMBASSY LA PAZ` → `AMEMBASSYLAPAZ`, for place lookups. */
function squash(text: string | null): string {
  return (text ?? '').toUpperCase().replace(/[^A-Z]/g, '');
}

/**
 * The meaning of an entry in this cable. Its contexts are tried against the strongest evidence
 * first: the origin and reference id (`AMEMBASSY LA PAZ`, `06LAPAZ3400`), then the TAGS in the
 * cable's own order (its first country tag that a context names), then place words of the
 * subject (the seed has only `Guatemala/Mexico…`). No fit: the general meaning.
 */
export function meaningIn(entry: GlossaryEntry, cable: CablePlace): string {
  if (entry.contexts.length === 0) return entry.meaning;
  const origin = `${squash(cable.origin)} ${squash(cable.referenceId ?? (/^\d{2}[A-Z]/.test(cable.id) ? cable.id : null))}`;
  const byOrigin = entry.contexts.find((context) => context.places.some((place) => place.length > 2 && origin.includes(squash(place))));
  if (byOrigin) return byOrigin.meaning;
  for (const tag of cable.tags) {
    const byTag = entry.contexts.find((context) => context.places.includes(tag.toUpperCase()));
    if (byTag) return byTag.meaning;
  }
  const subject = (cable.subject ?? '').toUpperCase();
  const bySubject = entry.contexts.find((context) =>
    context.places.some((place) => place.length > 2 && new RegExp(`(?<![A-Z])${place.replace(/[^A-Z ]/g, '')}(?![A-Z])`).test(subject)),
  );
  return bySubject?.meaning ?? entry.meaning;
}

/**
 * Every glossary term the cable uses, in order of first use (header fields, then paragraphs; a
 * paragraph's marking before its text): tags from `TAGS`, terms in the subject, E.O. line,
 * Classified By and REF items (`header`), occurrences in paragraph texts, and the paragraphs'
 * portion markings (kind `marking`, no occurrences). Meanings are resolved for this cable.
 */
export function findTerms(cable: Cable, glossary: Glossary): TermUse[] {
  const uses = new Map<string, TermUse>();
  const use = (entry: GlossaryEntry, term = entry.term, meaning = meaningIn(entry, cable)): TermUse => {
    let termUse = uses.get(entry.id);
    if (!termUse) {
      termUse = { term, id: entry.id, kind: entry.kind, meaning, header: [], occurrences: [] };
      uses.set(entry.id, termUse);
    }
    return termUse;
  };
  const inHeader = (entry: GlossaryEntry, field: string): void => {
    const termUse = use(entry);
    if (!termUse.header.includes(field)) termUse.header.push(field);
  };
  const facts = headerFacts(cable);
  const headerTexts: Array<[string, string | null]> = [
    ['classifiedBy', facts.classifiedBy],
    ['eo', facts.eo],
  ];
  for (const [field, text] of headerTexts) for (const match of termMatches(text ?? '', glossary)) inHeader(match.entry, field);
  for (const tag of cable.tags) {
    const entry = tagEntry(tag, glossary);
    if (entry) inHeader(entry, 'tags');
  }
  for (const match of termMatches(cable.subject ?? '', glossary)) inHeader(match.entry, 'subject');
  for (const reference of cable.references) for (const match of termMatches(reference, glossary)) inHeader(match.entry, 'references');

  for (const paragraph of cable.paragraphs) {
    if (paragraph.marking !== null && paragraph.marking.trim() !== '') {
      const id = markingId(paragraph.marking);
      if (!uses.has(id)) {
        const { term, meaning } = markingExplanation(paragraph.marking, glossary);
        uses.set(id, { term, id, kind: 'marking', meaning, header: [], occurrences: [] });
      }
    }
    for (const match of termMatches(paragraph.text, glossary)) {
      const occurrence: Occurrence = { paragraph: paragraph.anchor, start: match.start, end: match.end };
      use(match.entry).occurrences.push(occurrence);
    }
  }
  return [...uses.values()];
}
