/**
 * Issue 3, item 5: what is missing or damaged in this copy of a cable. Pure functions over the
 * parsed `Cable`; offsets are UTF-16 offsets into `paragraph.text` (`end` exclusive), so
 * `text.slice(start, end)` gives back exactly what was found.
 */
import { LONE_END, MARKING } from './patterns.ts';
import { capitalisedShare } from './text-case.ts';
import type { Artifact, Cable, Completeness, Occurrence, Paragraph } from './types.ts';

/**
 * A page header of a continuation page as WikiLeaks left it inside the text: `MAPUTO 00000086 002 OF 003`,
 * `UNVIE VIEN 00000285 003.2 OF 036`, `Kuwait 00000808 004 of 007`. This matches its number part;
 * the post name before it is found word by word (see `pageHeaderName`).
 */
const PAGE_HEADER_NUMBERS = /(?<![\w.])\d{5,8} \d{3}(?:\.\d+)? (?:OF|of) (?:\d{3}|\d{0,2}\.\.\.)(?![\w.])/g;
/** One word of a post name in a page header (`PORT`, `AU`, `PR`, `Kuala`, `lump`, `TEGUCIGALP`). */
const POST_WORD = /^[A-Za-z][A-Za-z.'-]*$/;
/** `SIPDIS` (the distribution caveat) stuck into the text: the corpus has no sentence that is about it. */
const SIPDIS = /\bSIPDIS\b/gi;
/** The caveats a classification line may carry after the classification. */
const LINE_CAVEATS = String.raw`(?: (?:SENSITIVE|NOFORN|SIPDIS|EXDIS|NODIS|LIMDIS))*`;
/** The post and message number that end a classification line (`AMMAN 001288`, `ABU DHABI 02641`). */
const LINE_POST_NUMBER = String.raw` [A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2} \d{5,7}\b`;
/**
 * A repeated classification line joined into the text: the spaced form (`C O N F I D E N T I A L`,
 * never an author's word) with what follows it on such a line, or the plain word only when
 * `SECTION 02 OF 03` and/or the post and message number follow (`UNCLAS STATE 069224`), so that
 * `SECRET - ENTIRE TEXT.` stays the author's.
 */
const CLASSIFICATION_IN_TEXT = new RegExp(
  String.raw`\b(?:C O N F I D E N T I A L|S E C R E T|U N C L A S S I F I E D|U N C L A S)\b${LINE_CAVEATS}(?: SECTION \d+ OF \d+)?(?:${LINE_POST_NUMBER})?` +
    String.raw`|\b(?:CONFIDENTIAL|SECRET|UNCLASSIFIED|UNCLAS)${LINE_CAVEATS}(?: SECTION \d+ OF \d+(?:${LINE_POST_NUMBER})?|${LINE_POST_NUMBER})`,
  'g',
);
/** Strings every match of `CLASSIFICATION_IN_TEXT` contains one of. */
const CLASSIFICATION_HINTS = ['C O N', 'S E C', 'U N C', 'CONFIDENTIAL', 'SECRET', 'UNCLAS'];
/** A redaction: WikiLeaks replaced names with runs of `X` (`XXXXXXXXXXXX`, 3 to 16 in the corpus) or `x`, often glued to a word. */
const REDACTION = /X{3,}|x{3,}/g;
/** Letters of Roman numerals besides X: a short X run touching one (`XXXIV`) is a number, not a redaction. */
const ROMAN_NEIGHBOUR = /[IVLCDM]/;

/** Sentence ends: a stop, then closing quotes or brackets; `strongest.8` is WikiLeaks' closing quote (`&…8`). */
const TERMINAL_END = /(?:[.!?…]["'”’)\]]*|\p{L}[.!?]8)$/u;
/** A closing marker at the end (`End Summary`, `END COMMENT.`, `End Note)`, `End of text`, `End introduction`). */
const CLOSING_MARKER_END = /\bend\s+(?:of\s+)?(?:summary|comments?|note|text|introduction|part\s+\w+)\W*$/i;
/** The last sentence end inside a text (a stop followed by a space). */
const SENTENCE_BREAK = /[.!?]["'”’)\]]*\s+/gu;
/** Words after which an English sentence cannot stop: articles, possessives, conjunctions, prepositions. */
const CANNOT_END_SENTENCE = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'to', 'for', 'from', 'with', 'by', 'at', 'into', 'onto', 'between',
  'among', 'than', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'whose', 'which', 'who', 'whom', 'because',
  'although', 'whether', 'if', 'while', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'as', 'upon', 'under', 'such', 'very', 'not',
]);
/** How much of a paragraph's end the end-anchored patterns read (they would scan the whole text). */
const ENDING = 80;
/** How far back the last sentence is looked for. */
const LAST_SENTENCE = 1500;
/** A sentence that runs on this long without a stop is prose, not a heading glued to the paragraph. */
const MIN_PROSE_WORDS = 13;

/**
 * Assesses what this copy lacks:
 * - `partial`: the partial-extract notice (same as `cable.partial`);
 * - `cutOff`: anchors of paragraphs whose text stops mid-sentence (see `endsMidSentence`);
 * - `truncatedMarkers`: a lone `End` closing a paragraph after a sentence (an `End Comment.` or
 *   `End Summary.` that lost its second word), once any trailing transmission artifacts are set aside;
 * - `missingNumbers`: paragraph numbers missing from the run (see `missingNumbers`); numbers after
 *   the last paragraph cannot be known;
 * - `redactions`: runs of three or more `X` (or `x`) that WikiLeaks put in place of names, also
 *   when glued to a word (`businessmanXXXXXXXXXXXX`);
 * - `artifacts`: transmission furniture inside the text (see `findArtifacts`).
 * Artifacts never overlap each other or a redaction (a redaction inside an artifact is dropped).
 */
export function assessCompleteness(cable: Cable): Completeness {
  const post = postLetters(cable);
  const cutOff: string[] = [];
  const truncatedMarkers: Occurrence[] = [];
  const redactions: Occurrence[] = [];
  const artifacts: Artifact[] = [];
  cable.paragraphs.forEach((paragraph, index) => {
    const found = findArtifacts(paragraph.text, paragraph.anchor, post);
    const redacted = findRedactions(paragraph.text, paragraph.anchor).filter((r) => !found.some((a) => overlaps(a, r)));
    artifacts.push(...found);
    redactions.push(...redacted);
    // The parser's `LONE_END`, once trailing furniture is set aside (`… End MAPUTO 00000086 002 OF 003`).
    const end = coreEnd(paragraph.text, [...found, ...redacted]);
    if (LONE_END.test(paragraph.text.slice(Math.max(0, end - ENDING), end))) {
      truncatedMarkers.push({ paragraph: paragraph.anchor, start: end - 'End'.length, end });
    } else if (endsMidSentence(paragraph, found, redacted, cable.paragraphs[index + 1])) {
      cutOff.push(paragraph.anchor);
    }
  });
  return { partial: cable.partial, cutOff, truncatedMarkers, missingNumbers: missingNumbers(cable), redactions, artifacts };
}

/**
 * Paragraph numbers missing from the run, ascending: every number below the highest that no
 * paragraph carries. Numbers before the first count only in a partial extract (one that starts at
 * ¶7 lacks ¶1–6); in a whole cable a late start means an unnumbered first paragraph or the
 * author's own numbering. A repeated number is no gap, and a number written inside a paragraph
 * that the parser did not split off (`… nationwide. 10. In addition`, `XXXXXXXXXXXX10. (C) Below`)
 * is not missing.
 */
export function missingNumbers(cable: Cable): number[] {
  const numbers = cable.paragraphs.flatMap((p) => (p.number === null ? [] : [p.number]));
  if (numbers.length === 0) return [];
  const present = new Set(numbers);
  const missing: number[] = [];
  const highest = numbers.reduce((a, b) => Math.max(a, b));
  for (let n = cable.partial ? 1 : numbers.reduce((a, b) => Math.min(a, b)); n < highest; n++) {
    if (present.has(n)) continue;
    const inside = new RegExp(String.raw`(?:^|[.!?:"”)]\s|[Xx]{3})(?:¶\s?)?${n}\.\s+(?:\([A-Za-z/]+\)\s+)?["“A-Z]`, 'u');
    if (!cable.paragraphs.some((p) => inside.test(p.text))) missing.push(n);
  }
  return missing;
}

/**
 * The redaction runs in one paragraph's text: three or more `X` (or `x`), also glued to a word
 * (`PrinceXXXXXXXXXXXX`); a run of up to four touching another Roman-numeral letter (`XXXIV`) is a number.
 */
export function findRedactions(text: string, anchor: string): Occurrence[] {
  const found: Occurrence[] = [];
  if (!text.includes('XXX') && !text.includes('xxx')) return found;
  for (const m of text.matchAll(REDACTION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length <= 4 && (ROMAN_NEIGHBOUR.test(text[start - 1] ?? '') || ROMAN_NEIGHBOUR.test(text[end] ?? ''))) continue;
    found.push({ paragraph: anchor, start, end });
  }
  return found;
}

/**
 * Transmission furniture inside one paragraph's text, in text order: repeated classification lines,
 * page headers of continuation pages, and `SIPDIS`. `post` is the letters of the cable's post as
 * its reference id writes them (`UNVIEVIENNA` for 09UNVIEVIENNA285), used to tell how many words
 * before a page header's number are its post name (`UNVIE VIEN`, `PORT AU PR`); without it, or
 * when the header names another post, the one word before the number is taken.
 */
export function findArtifacts(text: string, anchor: string, post: string | null = null): Artifact[] {
  const found: Artifact[] = [];
  const add = (kind: Artifact['kind'], start: number, end: number): void => {
    const candidate: Artifact = { paragraph: anchor, start, end, kind, text: text.slice(start, end) };
    if (!found.some((a) => overlaps(a, candidate))) found.push(candidate);
  };
  // Most paragraphs hold no classification word: a quick look spares them the full pattern.
  if (CLASSIFICATION_HINTS.some((hint) => text.includes(hint))) {
    for (const m of text.matchAll(CLASSIFICATION_IN_TEXT)) add('classification-line', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(PAGE_HEADER_NUMBERS)) {
    const name = pageHeaderName(text.slice(0, m.index), post);
    if (name > 0) add('page-header', m.index - name, m.index + m[0].length);
  }
  for (const m of text.matchAll(SIPDIS)) add('sipdis', m.index, m.index + m[0].length);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * How many characters before a page header's number are its post name (with the space before the
 * number), or 0 when there is no name. The longest run of up to three words whose letters occur in
 * the post's letters wins; otherwise the single word before the number.
 */
function pageHeaderName(before: string, post: string | null): number {
  if (!before.endsWith(' ')) return 0;
  const words = before.slice(0, -1).split(' ').slice(-3);
  let fallback = 0;
  for (let count = 1; count <= words.length; count++) {
    const taken = words.slice(-count);
    if (!taken.every((w) => POST_WORD.test(w))) break;
    const length = taken.join(' ').length + 1;
    if (count === 1) fallback = length;
    if (post !== null && post.includes(taken.join('').replace(/[^A-Za-z]/g, '').toUpperCase())) {
      // A longer run that still fits the post's letters is the better reading (`UNVIE VIEN`).
      fallback = length;
    }
  }
  return fallback;
}

/** The post letters of the cable's reference id (`MAPUTO` for 10MAPUTO86), or null. */
function postLetters(cable: Cable): string | null {
  return /^\d{2}([A-Z]+)\d+$/.exec(cable.referenceId ?? '')?.[1] ?? null;
}

function overlaps(a: Occurrence, b: Occurrence): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Where the paragraph's own words end: before trailing artifacts, redactions, rows of asterisks and
 * blanks (an ending `… corruption. End MAPUTO 00000086 002 OF 003` ends at `End`).
 */
function coreEnd(text: string, marks: readonly Occurrence[]): number {
  let end = text.length;
  for (let moved = true; moved; ) {
    moved = false;
    while (end > 0 && /[\s*]/u.test(text[end - 1]!)) {
      end--;
      moved = true;
    }
    const last = marks.find((m) => m.end === end && m.start < end);
    if (last) {
      end = last.start;
      moved = true;
    }
  }
  return end;
}

/**
 * Does the paragraph stop mid-sentence? Its own words (without trailing artifacts) must end without
 * a stop, colon, semicolon, bracket, closing marker or redaction (a redaction at the end stands
 * where the words were); the next paragraph must not carry on the sentence (start in lower case);
 * and the words after the last sentence end (or semicolon) must read as a sentence, not as a
 * heading, a list or a form glued to the paragraph: either they end in a word no sentence ends
 * with (`… their`, `… and`), or they are prose (mostly lower case) of at least 13 words, with no
 * list dashes (`-Cocaine`, a leading `--`) or `Field:` pairs, no web address, no portion marking
 * opening them (`(U) Russian presentation …`) and no title-case heading after a page header.
 */
export function endsMidSentence(
  paragraph: Paragraph,
  artifacts: readonly Occurrence[],
  redactions: readonly Occurrence[],
  next?: Paragraph,
): boolean {
  const end = coreEnd(paragraph.text, artifacts);
  if (redactions.some((r) => r.end === end)) return false;
  const core = paragraph.text.slice(0, end);
  const ending = core.slice(-ENDING);
  if (core === '' || TERMINAL_END.test(ending) || /[:;)]$/.test(ending) || CLOSING_MARKER_END.test(ending)) return false;
  // `… encouraging MADRID 00000552 009.2 OF 011` / `deals among …`: the sentence goes on (a lower-case redaction is no word).
  if (next !== undefined && /^(?!x{3})[a-z]/.test(next.text)) return false;
  const marks = [...artifacts, ...redactions];
  // The last sentence: a longer one than `LAST_SENTENCE` characters is read from there.
  const searchFrom = Math.max(0, end - LAST_SENTENCE);
  let tailStart = searchFrom;
  for (const m of core.slice(searchFrom).matchAll(SENTENCE_BREAK)) tailStart = searchFrom + m.index + m[0].length;
  // The tail's words, with artifacts and redactions inside it left out; `afterMark` is what follows the last one.
  let tail = '';
  let at = tailStart;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.end <= tailStart || mark.start >= end) continue;
    tail += `${core.slice(at, Math.max(at, mark.start))} `;
    at = Math.max(at, mark.end);
  }
  const afterMark = at > tailStart ? words(core.slice(at)) : [];
  tail = `${tail}${core.slice(at)}`;
  if (/https?:\/\/|www\./i.test(tail) || MARKING.test(tail.trim())) return false;
  const sentence = words(tail.slice(tail.lastIndexOf(';') + 1));
  if (sentence.length === 0) return false;
  const lastWord = sentence[sentence.length - 1]!.toLowerCase().replace(/[^\p{L}']/gu, '');
  if (CANNOT_END_SENTENCE.has(lastWord)) return true;
  if (/^\s*-|(?:^|\s)-[^\s-]/.test(tail) || (tail.match(/:/g) ?? []).length >= 2) return false;
  // `… COLOMBO 00000728 004 OF 006 Making Karuna Legitimate`: a heading after the page break.
  if (afterMark.length > 0 && afterMark.length <= 8 && (capitalisedShare(afterMark) ?? 1) >= 0.75) return false;
  if ((capitalisedShare(sentence) ?? 1) >= 0.6) return false;
  return sentence.length >= MIN_PROSE_WORDS;
}

function words(text: string): string[] {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? [] : trimmed.split(' ');
}

