/**
 * The header: routing, classification line, SIPDIS, addressees, E.O., TAGS, SUBJECT, REF,
 * Classified By. Read line by line through a table of named field rules (`FIELD_RULES`): the
 * first rule that takes a line decides what it is; a line no rule takes ends the header. The
 * header also ends at the first paragraph number or heading rule after the SUBJECT.
 */
import {
  CLASSIFICATION_ANYWHERE,
  CLASSIFICATION_AUTHORITY,
  CLASSIFICATION_LINE,
  CLASSIFIED_BY,
  CLASSIFIED_BY_PREFIX,
  DASHED_HEADING,
  DATE_TIME_GROUP,
  EO_FIELD,
  FROM_LINE,
  GLUED_FIRST_PARAGRAPH,
  HANDLING_NOTE,
  PAGE_HEADER,
  PARAGRAPH_START,
  PARTIAL_NOTICE,
  REF_FIELD,
  REF_ITEM,
  ROUTING_START,
  RULE_LINE,
  SIPDIS_LINE,
  SUBJECT_FIELD,
  SUBJECT_STRICT,
  TAGS_AFTER_EO,
  TAGS_IN_LINE,
} from '../patterns.ts';
import type { Cable } from '../types.ts';
import { newAddressBlock, readAddressLine, type Address } from './addresses.ts';
import { classificationOf, dateFromGroup, lowerCaseClassification, postAndNumber, tagsOf } from './header-values.ts';
import { splitReferenceItems } from './references-field.ts';
import { collapse } from './text.ts';

/** A header field and the 1-based input line it starts on. */
export interface FieldLine {
  field: 'subject' | 'references' | 'tags' | 'eo' | 'classifiedBy' | 'classification' | 'date' | 'origin';
  line: number;
}

/** A header field's text as the page shows it, and the 1-based input line it starts on. */
export interface HeaderText {
  /** Whitespace collapsed; continuation lines joined. */
  text: string;
  line: number;
}

/** What the lines before the body say. */
export interface HeaderFacts
  extends Pick<Cable, 'subject' | 'date' | 'origin' | 'classification' | 'tags' | 'references' | 'partial'> {
  /** The header lines, verbatim (trailing spaces trimmed). */
  lines: string[];
  /** Index of the first body line. */
  bodyStart: number;
  /** Post and message number from the classification line (`AMMAN`, `1288`), for the reference id. */
  postNumber: { post: string; number: string; line: number } | null;
  /** Where each field was read (first line), in the input's order. */
  fieldLines: FieldLine[];
  /** The E.O. line (`E.O. 12958: DECL: 02/19/2014`), without a TAGS part on the same line. */
  eo: HeaderText | null;
  /** What follows `Classified By:` (`Amb. Edward W. Gnehm for reasons 1.5 (b) (d)`), its continuation lines joined. */
  classifiedBy: HeaderText | null;
  /** The `FM`, `TO` and `INFO` addresses, in the input's order. */
  addresses: Address[];
}

/** The field a line continues (a wrapped SUBJECT, REF items, a Classified By block…). */
type Field = 'none' | 'routing' | 'subject' | 'ref' | 'ref-gap' | 'classified' | 'tags' | 'repeat';

/** The reader's state, passed to every rule: nothing else is shared between lines. */
interface HeaderState {
  readonly lines: string[];
  readonly end: number;
  /** Index of the last SUBJECT line before the text: everything before it is header. */
  readonly subjectAt: number;
  index: number;
  field: Field;
  /** The line before was the blank that ended a Classified By block (its reasons may follow). */
  classifiedJustEnded: boolean;
  routingSeen: boolean;
  subjectSeen: boolean;
  subjectLine: number | null;
  subjectParts: string[];
  refParts: string[][];
  tagText: string;
  fieldLines: FieldLine[];
  partial: boolean;
  eo: HeaderText | null;
  /** The first Classified By block's parts; `inClassifiedBy` while its lines continue. */
  classifiedBy: { parts: string[]; line: number } | null;
  inClassifiedBy: boolean;
}

/** A field rule: `takes` says whether the line is this field; `read` records what it says. */
interface FieldRule {
  name: string;
  takes: (text: string, state: HeaderState) => boolean;
  read?: (text: string, state: HeaderState) => void;
}

/** A paragraph number (`¶1`, `1.`, `1)`) at the start of a trimmed line. */
const PARAGRAPH_NUMBER = /^¶\s*\d|^\d{1,2}\s*[.)](?:\s|\(|$)/;
/** `Classified By` glued after another field's value on the same line (07SANTIAGO983). */
const GLUED_CLASSIFIED_BY = /\s(?:Classified|CLASSIFIED)\s+(?:By|BY)\b/;
/** `REF:` glued after the subject on its line. */
const GLUED_REF = /\s(?:REF|REFS|REFTEL)\s*:\s*(.*)$/;
/** `Subject:` glued after TAGS on an E.O. line (04ANKARA348). */
const GLUED_SUBJECT = /\s(?:SUBJECT|Subject)\s*:\s*(.*)$/;
/** A date-time group line (05BRASILIA2767 glues the classification line to it). */
const DATE_TIME_LINE = /^(?:[OPRZ]{1,2}\s+)?\d{6}Z\s+[A-Za-z]{3}\s+\d{2}/;
/** Short lines that continue a Classified By block after a blank line: `1.4(C).`, `reasons …`. */
const CLASSIFIED_CONTINUATION = /^(?:\(?\d\.\d|reasons?\b|and\b|\([a-h]\))/i;

/** Records the start line of a field. */
function mark(state: HeaderState, field: FieldLine['field']): void {
  state.fieldLines.push({ field, line: state.index + 1 });
}

/** Starts the subject with `value` (the first line's text after `SUBJECT:`). */
function startSubject(state: HeaderState, value: string): void {
  state.subjectSeen = true;
  state.subjectLine = state.index;
  state.field = 'subject';
  state.subjectParts.push(value);
  mark(state, 'subject');
}

/** One REF value, up to a `Classified By` glued on after it. */
function addRefValue(state: HeaderState, value: string, newItem: boolean): void {
  const classified = GLUED_CLASSIFIED_BY.exec(value);
  const item = classified ? value.slice(0, classified.index) : value;
  if (newItem || REF_ITEM.test(item) || state.refParts.length === 0) state.refParts.push([item]);
  else state.refParts[state.refParts.length - 1]!.push(item);
  state.field = classified ? 'classified' : 'ref';
  if (classified) startClassifiedBy(state, value.slice(classified.index));
}

/** Starts the Classified By block on a line that opens with `Classified By` (the first block only). */
function startClassifiedBy(state: HeaderState, text: string): void {
  state.inClassifiedBy = state.classifiedBy === null;
  if (state.inClassifiedBy) state.classifiedBy = { parts: [text.replace(CLASSIFIED_BY_PREFIX, '')], line: state.index + 1 };
}

/** The field rules, in the order they are tried. */
const FIELD_RULES: FieldRule[] = [
  { name: 'partial-notice', takes: (t) => PARTIAL_NOTICE.test(t), read: (_, s) => { s.partial = true; s.field = 'none'; } },
  { name: 'routing', takes: (t) => ROUTING_START.test(t), read: (_, s) => { s.routingSeen = true; s.field = 'routing'; } },
  // A repeated header's SUBJECT (03ABUDHABI2641): header, but not our subject.
  { name: 'repeated-subject', takes: (t, s) => SUBJECT_STRICT.test(t) && s.subjectSeen, read: (_, s) => { s.field = 'repeat'; } },
  {
    name: 'subject',
    takes: (t) => SUBJECT_FIELD.test(t) && SUBJECT_STRICT.test(t),
    read: (t, s) => {
      const value = SUBJECT_FIELD.exec(t)![1]!;
      const ref = GLUED_REF.exec(value);
      startSubject(s, ref ? value.slice(0, ref.index) : value);
      if (ref) {
        s.refParts.push([ref[1]!]);
        s.field = 'ref';
      }
    },
  },
  {
    name: 'ref',
    takes: (t, s) => REF_FIELD.test(t) && (s.subjectSeen || s.index < s.subjectAt || /:/.test(t.slice(0, 8))),
    read: (t, s) => {
      const m = REF_FIELD.exec(t)!;
      mark(s, 'references');
      // `REF: ASUNCION 396 Classified By: AMBASSADOR …` (07SANTIAGO983): two fields on one line.
      addRefValue(s, m[1] ?? m[2] ?? '', true);
    },
  },
  // A rule inside a repeated header (03ABUDHABI2641's `____`).
  { name: 'rule', takes: (t) => RULE_LINE.test(t), read: (_, s) => { s.field = 'none'; } },
  {
    name: 'classified-by',
    takes: (t) => CLASSIFIED_BY.test(t) || CLASSIFICATION_AUTHORITY.test(t),
    read: (t, s) => {
      s.inClassifiedBy = false;
      if (CLASSIFIED_BY.test(t)) {
        mark(s, 'classifiedBy');
        startClassifiedBy(s, t);
      }
      s.field = 'classified';
    },
  },
  { name: 'eo', takes: (t) => EO_FIELD.test(t), read: readEoLine },
  {
    name: 'tags',
    takes: (t) => /^\s*TAGS\b/.test(t),
    read: (t, s) => {
      s.tagText = TAGS_IN_LINE.exec(t)![1]!;
      s.field = 'tags';
      mark(s, 'tags');
    },
  },
  { name: 'date-time-group', takes: (t, s) => s.field !== 'subject' && DATE_TIME_LINE.test(t), read: (_, s) => { s.field = 'none'; } },
  {
    name: 'classification-line',
    takes: (t, s) =>
      s.field !== 'subject' && (CLASSIFICATION_LINE.test(t) || lowerCaseClassification(t) !== null) && (s.field !== 'ref' || / [A-Z] [A-Z] /.test(t)),
    read: (_, s) => { s.field = 'none'; },
  },
  // The first page's header (`BAKU 00001835 001.2 OF 003`), handling notes, SIPDIS.
  { name: 'page-header-or-handling', takes: (t) => PAGE_HEADER.test(t) || HANDLING_NOTE.test(t) || SIPDIS_LINE.test(t), read: endFieldOutsideRouting },
  { name: 'subject-continued', takes: (_, s) => s.field === 'subject', read: (t, s) => { s.subjectParts.push(t); } },
  {
    name: 'ref-continued',
    takes: (t, s) => s.field === 'ref' || (s.field === 'ref-gap' && REF_ITEM.test(t)),
    read: (t, s) => addRefValue(s, t, false),
  },
  // Continuation of Classified By (even after a blank line: `FOR REASON` / `` / `1.4(C).`).
  {
    name: 'classified-continued',
    takes: (t, s) => s.field === 'classified' || (s.classifiedJustEnded && CLASSIFIED_CONTINUATION.test(t) && t.length < 40),
    read: (t, s) => {
      if (s.inClassifiedBy) s.classifiedBy!.parts.push(t);
    },
  },
  { name: 'tags-continued', takes: (t, s) => s.field === 'tags' && /^[A-Z0-9, ]+$/.test(t), read: (t, s) => { s.tagText += ' ' + t; } },
  // Routing block (addressees) or a repeated header field, until a blank line.
  { name: 'routing-block', takes: (_, s) => s.field === 'routing' || s.field === 'repeat' },
  // Addressees and handling lines before the subject (`STATE FOR EUR/CE`, `NOFORN`).
  { name: 'before-subject', takes: (t, s) => s.index < s.subjectAt || (!s.subjectSeen && !/[a-z]/.test(t)), read: (_, s) => { s.field = 'none'; } },
  // An addressee line (`State for eap/cm and eap/k`) with more header fields just below.
  { name: 'addressee', takes: (_, s) => fieldFollows(s.lines, s.index + 1, s.end), read: (_, s) => { s.field = 'none'; } },
];

function endFieldOutsideRouting(_: string, state: HeaderState): void {
  if (state.field !== 'routing') state.field = 'none';
}

/** `E.O. 12958: DECL: …`, possibly with TAGS (and, in 04ANKARA348, the subject) on the same line. */
function readEoLine(text: string, state: HeaderState): void {
  state.field = 'none';
  mark(state, 'eo');
  state.eo ??= { text: collapse(text.replace(TAGS_AFTER_EO, '')), line: state.index + 1 };
  const tags = TAGS_IN_LINE.exec(text);
  if (!tags) return;
  state.tagText = tags[1]!;
  state.field = 'tags';
  mark(state, 'tags');
  const subject = GLUED_SUBJECT.exec(state.tagText);
  if (subject && !state.subjectSeen) {
    state.tagText = state.tagText.slice(0, subject.index);
    startSubject(state, subject[1]!);
  }
}

/** Does the line at the state's index end the header before any rule is tried? */
function endsHeader(text: string, state: HeaderState): boolean {
  // A paragraph number ends the header; `2009)` closing a wrapped subject or `1.4(C).` does not.
  const isParagraph = PARAGRAPH_NUMBER.test(text);
  if (isParagraph && state.index > state.subjectAt && state.field !== 'classified') return true;
  if (isParagraph && state.field === 'classified' && /^¶|^\d{1,2}\.\s+\(?[A-Z]/.test(text)) return true;
  return (RULE_LINE.test(text) || DASHED_HEADING.test(text)) && state.index > state.subjectAt;
}

/** Index of the last SUBJECT line before the first `¶1`/`1.` (some files repeat the whole header). */
function lastSubjectLine(lines: string[], start: number, end: number): number {
  let subjectAt = -1;
  for (let i = start; i < end; i++) {
    const text = lines[i]!;
    if (PARAGRAPH_START.test(text) && /^\s*¶|^\s*1\s*\./.test(text)) break;
    if (SUBJECT_STRICT.test(text) || (TAGS_IN_LINE.test(text) && /\s(?:SUBJECT|Subject)\s*:/.test(text))) subjectAt = i;
  }
  return subjectAt;
}

/** Facts a header line may carry whatever its field: the classification line, the date, the sender. */
interface LineFacts {
  classificationText: string | null;
  postNumber: HeaderFacts['postNumber'];
  date: string | null;
  origin: string | null;
}

function readLineFacts(text: string, state: HeaderState, facts: LineFacts): void {
  if (facts.classificationText === null) {
    const c = CLASSIFICATION_ANYWHERE.exec(text) ?? lowerCaseClassification(text);
    if (c && (state.field === 'none' || state.field === 'routing') && !/^(?:FM|TO|INFO)\s/.test(text)) {
      facts.classificationText = c[1]! + c[2]!;
      const post = postAndNumber(c[2]!.trim());
      if (post) facts.postNumber = { ...post, line: state.index + 1 };
      mark(state, 'classification');
    }
  }
  if (facts.date === null) {
    const dtg = DATE_TIME_GROUP.exec(text);
    if (dtg && (state.routingSeen || state.field === 'none')) facts.date = dateFromGroup(dtg);
    if (facts.date !== null) mark(state, 'date');
  }
  if (facts.origin === null) {
    const from = FROM_LINE.exec(text);
    if (from && (state.routingSeen || facts.date !== null || !state.subjectSeen)) {
      facts.origin = from[1]!.trim();
      mark(state, 'origin');
    }
  }
}

/** Reads the header from `start`; it ends where no field rule takes a line (see the module comment). */
export function readHeader(lines: string[], start: number, end: number): HeaderFacts {
  const state: HeaderState = {
    lines, end, subjectAt: lastSubjectLine(lines, start, end), index: start, field: 'none', classifiedJustEnded: false,
    routingSeen: false, subjectSeen: false, subjectLine: null, subjectParts: [], refParts: [], tagText: '', fieldLines: [], partial: false,
    eo: null, classifiedBy: null, inClassifiedBy: false,
  };
  const lineFacts: LineFacts = { classificationText: null, postNumber: null, date: null, origin: null };
  const headerLines: string[] = [];
  const addresses = newAddressBlock();
  let classifiedEnded = false;
  for (; state.index < end; state.index++) {
    const raw = lines[state.index]!;
    const text = raw.trim();
    state.classifiedJustEnded = classifiedEnded;
    classifiedEnded = text === '' && (state.field === 'classified' || classifiedEnded);
    if (text === '') {
      state.field = state.field === 'ref' ? 'ref-gap' : state.field === 'ref-gap' ? 'ref-gap' : 'none';
      headerLines.push(raw);
      continue;
    }
    if (endsHeader(text, state)) break;
    const rule = FIELD_RULES.find((r) => r.takes(text, state));
    if (rule === undefined) break;
    rule.read?.(text, state);
    readLineFacts(text, state, lineFacts);
    readAddressLine(addresses, text, state.index + 1);
    headerLines.push(raw);
    // ¶1 glued to the Classified By line ends the header there; the parser splits the line.
    const glued = state.field === 'classified' ? GLUED_FIRST_PARAGRAPH.exec(text) : null;
    if (glued) {
      cutGluedParagraph(state, text, glued[0]);
      state.index++;
      break;
    }
  }
  return { ...headerFactsOf(state, start, headerLines, lineFacts), addresses: addresses.addresses };
}

/** Takes ¶1 glued to the end of the Classified By block's last line off its text. */
function cutGluedParagraph(state: HeaderState, line: string, glued: string): void {
  const parts = state.inClassifiedBy ? state.classifiedBy!.parts : null;
  if (parts && parts.at(-1)!.endsWith(glued) && line.endsWith(parts.at(-1)!)) parts[parts.length - 1] = parts.at(-1)!.slice(0, -glued.length);
}

/** The facts once every header line is read. */
function headerFactsOf(state: HeaderState, start: number, headerLines: string[], lineFacts: LineFacts): Omit<HeaderFacts, 'addresses'> {
  // Trailing blank lines belong to neither part.
  while (headerLines.length > 0 && headerLines[headerLines.length - 1]!.trim() === '') headerLines.pop();
  const scanned = state.lines.slice(start, state.index);
  // As written, portion marking included: `(S) GERMANY TAKING ACTION ...`.
  const subject = collapse(state.subjectParts.join(' '));
  return {
    lines: headerLines,
    bodyStart: state.index,
    subject: subject === '' ? null : subject,
    date: lineFacts.date,
    origin: lineFacts.origin,
    classification: classificationOf(lineFacts.classificationText, scanned, state.lines.slice(start, state.subjectLine ?? state.index)),
    tags: tagsOf(state.tagText),
    references: state.refParts
      .flatMap((parts) => splitReferenceItems(collapse(parts.join(' ').replace(/¶(?=\s*[A-Z][.)])/g, ''))))
      .filter((r) => r !== ''),
    partial: state.partial || scanned.some((l) => PARTIAL_NOTICE.test(l)),
    postNumber: lineFacts.postNumber,
    fieldLines: state.fieldLines,
    eo: state.eo,
    classifiedBy: classifiedByOf(state.classifiedBy),
  };
}

/** The Classified By text: its parts joined, a dashed rule after it dropped (`… 1.4 (b,d) -----`). */
function classifiedByOf(block: HeaderState['classifiedBy']): HeaderText | null {
  const text = block === null ? '' : collapse(block.parts.join(' ').replace(/-{3,}\s*$/, ''));
  return text === '' ? null : { text, line: block!.line };
}

/** Does an E.O., TAGS, SUBJECT or Classified By line come within the next few lines, before any paragraph? */
function fieldFollows(lines: string[], from: number, end: number): boolean {
  let seen = 0;
  for (let j = from; j < end && seen < 4; j++) {
    const text = lines[j]!.trim();
    if (text === '') continue;
    seen++;
    if (PARAGRAPH_NUMBER.test(text)) return false;
    if (EO_FIELD.test(text) || SUBJECT_STRICT.test(text) || CLASSIFIED_BY.test(text) || /^\s*TAGS\b/i.test(text)) return true;
  }
  return false;
}
