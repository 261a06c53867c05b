/**
 * Finding the glossary's terms in text: one matcher (a prefix tree of forms) per glossary and
 * kinds list, classification reasons after `1.4`, and a cable's terms with the meaning for its place.
 */
import { formKey, tagEntry, TEXT_KINDS, markingId, type Glossary, type GlossaryEntry, type Matcher, type TermMatch } from './glossary-data.ts';
import { markingExplanation } from './markings.ts';
import { headerFacts } from './header.ts';
import { isAllCaps } from './text-case.ts';
import type { Cable, Occurrence, TermKind, TermUse } from './types.ts';

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
