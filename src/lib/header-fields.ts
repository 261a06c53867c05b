import {
  CAVEATS,
  CLASSIFICATION_ANYWHERE,
  CLASSIFICATION_LINE,
  CLASSIFICATION_AUTHORITY,
  CLASSIFIED_BY,
  DATE_TIME_GROUP,
  EO_FIELD,
  FROM_LINE,
  PARAGRAPH_START,
  PARTIAL_NOTICE,
  PAGE_HEADER,
  HANDLING_NOTE,
  POST_AND_NUMBER,
  REF_FIELD,
  REF_ITEM,
  ROUTING_START,
  GLUED_FIRST_PARAGRAPH,
  RULE_LINE,
  SIPDIS_LINE,
  SUBJECT_FIELD,
  SUBJECT_STRICT,
  TAGS_IN_LINE,
  DASHED_HEADING,
} from './patterns.ts';
import type { Cable, Classification, ParseWarning } from './types.ts';

/** What the lines before the body say. */
export interface HeaderFacts
  extends Pick<Cable, 'subject' | 'date' | 'origin' | 'classification' | 'tags' | 'references' | 'partial'> {
  /** The header lines, verbatim (trailing spaces trimmed). */
  lines: string[];
  /** Index of the first body line. */
  bodyStart: number;
  /** Post and message number from the classification line (`AMMAN`, `1288`), for the reference id. */
  postNumber: { post: string; number: string; line: number } | null;
}

type Field = 'none' | 'routing' | 'subject' | 'ref' | 'ref-gap' | 'classified' | 'tags' | 'repeat';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * Reads the header: routing, classification line, SIPDIS, addressees, E.O., TAGS, SUBJECT, REF,
 * Classified By. It ends at the first paragraph number, heading rule, or (once SUBJECT is read)
 * the first line that is no header field.
 */
export function readHeader(lines: string[], start: number, end: number, warnings: ParseWarning[]): HeaderFacts {
  const facts: HeaderFacts = {
    lines: [],
    bodyStart: start,
    subject: null,
    date: null,
    origin: null,
    classification: null,
    tags: [],
    references: [],
    partial: false,
    postNumber: null,
  };
  // Where a SUBJECT line comes before any paragraph: everything before it is header.
  let subjectAt = -1;
  for (let i = start; i < end; i++) {
    const text = lines[i]!;
    if (PARAGRAPH_START.test(text) && /^\s*¶|^\s*1\s*\./.test(text)) break;
    // The last SUBJECT before the text: some files repeat the whole header (03ABUDHABI2641).
    if (SUBJECT_STRICT.test(text) || (TAGS_IN_LINE.test(text) && /\s(?:SUBJECT|Subject)\s*:/.test(text))) subjectAt = i;
  }
  const subjectParts: string[] = [];
  const refParts: string[][] = [];
  let tagText = '';
  let classificationText: string | null = null;
  let routingSeen = false;
  let field: Field = 'none';
  let subjectSeen = false;
  let subjectLine: number | undefined;
  /** Classified By just ended at a blank line: its reasons may still follow. */
  let classifiedEnded = false;

  let i = start;
  for (; i < end; i++) {
    const raw = lines[i]!;
    const text = raw.trim();
    const classifiedJustEnded = classifiedEnded;
    classifiedEnded = text === '' && (field === 'classified' || classifiedEnded);
    if (text === '') {
      if (field === 'subject' || field === 'classified' || field === 'routing' || field === 'tags' || field === 'repeat') field = 'none';
      if (field === 'ref') field = 'ref-gap';
      facts.lines.push(raw);
      continue;
    }
    // A paragraph number ends the header; `2009)` closing a wrapped subject or `1.4(C).` does not.
    const isParagraph = /^¶\s*\d|^\d{1,2}\s*[.)](?:\s|\(|$)/.test(text);
    if (isParagraph && i > subjectAt && field !== 'classified') break;
    if (isParagraph && field === 'classified' && /^¶|^\d{1,2}\.\s+\(?[A-Z]/.test(text)) break;
    if (RULE_LINE.test(text) || DASHED_HEADING.test(text)) {
      if (i > subjectAt) break;
    }

    let handled = true;
    if (PARTIAL_NOTICE.test(text)) {
      facts.partial = true;
      field = 'none';
    } else if (ROUTING_START.test(text)) {
      routingSeen = true;
      field = 'routing';
    } else if (SUBJECT_STRICT.test(text) && subjectSeen) {
      field = 'repeat'; // a repeated header's SUBJECT: header, but not our subject
    } else if (SUBJECT_FIELD.test(text) && SUBJECT_STRICT.test(text) && !subjectSeen) {
      subjectSeen = true;
      subjectLine = i;
      field = 'subject';
      let value = SUBJECT_FIELD.exec(text)![1]!;
      const ref = /\s(?:REF|REFS|REFTEL)\s*:\s*(.*)$/.exec(value);
      if (ref) {
        value = value.slice(0, ref.index);
        refParts.push([ref[1]!]);
        field = 'ref';
      }
      subjectParts.push(value);
    } else if (REF_FIELD.test(text) && (subjectSeen || i < subjectAt || /:/.test(text.slice(0, 8)))) {
      const m = REF_FIELD.exec(text)!;
      const value = m[1] ?? m[2] ?? '';
      // `REF: ASUNCION 396 Classified By: AMBASSADOR …` (07SANTIAGO983): two fields on one line.
      const classified = /\s(?:Classified|CLASSIFIED)\s+(?:By|BY)\b/.exec(value);
      refParts.push([classified ? value.slice(0, classified.index) : value]);
      field = classified ? 'classified' : 'ref';
    } else if (RULE_LINE.test(text)) {
      field = 'none'; // a rule inside a repeated header (03ABUDHABI2641's `____`)
    } else if (CLASSIFIED_BY.test(text) || CLASSIFICATION_AUTHORITY.test(text)) {
      field = 'classified';
    } else if (EO_FIELD.test(text)) {
      field = 'none';
      const tags = TAGS_IN_LINE.exec(text);
      if (tags) {
        tagText = tags[1]!;
        field = 'tags';
        // 04ANKARA348 writes E.O., Tags and Subject on one line.
        const subject = /\s(?:SUBJECT|Subject)\s*:\s*(.*)$/.exec(tagText);
        if (subject && !subjectSeen) {
          tagText = tagText.slice(0, subject.index);
          subjectSeen = true;
          subjectLine = i;
          subjectParts.push(subject[1]!);
          field = 'subject';
        }
      }
    } else if (/^\s*TAGS\b/.test(text)) {
      tagText = TAGS_IN_LINE.exec(text)![1]!;
      field = 'tags';
    } else if (field !== 'subject' && /^(?:[OPRZ]{1,2}\s+)?\d{6}Z\s+[A-Za-z]{3}\s+\d{2}/.test(text)) {
      field = 'none'; // a date-time group line (05BRASILIA2767 glues the classification line to it)
    } else if (field !== 'subject' && (CLASSIFICATION_LINE.test(text) || lowerCaseClassification(text) !== null) && (field !== 'ref' || / [A-Z] [A-Z] /.test(text))) {
      field = 'none';
    } else if (PAGE_HEADER.test(text) || HANDLING_NOTE.test(text)) {
      // The first page's header (`BAKU 00001835 001.2 OF 003`) and handling notes.
      if (field !== 'routing') field = 'none';
    } else if (SIPDIS_LINE.test(text)) {
      if (field !== 'routing') field = 'none';
    } else if (field === 'subject') {
      subjectParts.push(text);
    } else if (field === 'ref' || (field === 'ref-gap' && REF_ITEM.test(text))) {
      const classified = /\s(?:Classified|CLASSIFIED)\s+(?:By|BY)\b/.exec(text);
      const item = classified ? text.slice(0, classified.index) : text;
      if (REF_ITEM.test(item) || refParts.length === 0) refParts.push([item]);
      else refParts[refParts.length - 1]!.push(item);
      field = classified ? 'classified' : 'ref';
    } else if (field === 'classified' || (classifiedJustEnded && /^(?:\(?\d\.\d|reasons?\b|and\b|\([a-h]\))/i.test(text) && text.length < 40)) {
      // Continuation of Classified By (even after a blank line: `FOR REASON` / `` / `1.4(C).`).
    } else if (field === 'tags' && /^[A-Z0-9, ]+$/.test(text)) {
      tagText += ' ' + text;
    } else if (field === 'routing' || field === 'repeat') {
      // Routing block (addressees) or a repeated header field, until a blank line.
    } else if (i < subjectAt || (!subjectSeen && !/[a-z]/.test(text))) {
      // Addressees and handling lines before the subject (`STATE FOR EUR/CE`, `NOFORN`).
      field = 'none';
    } else if (fieldFollows(lines, i + 1, end)) {
      // An addressee line (`State for eap/cm and eap/k`) with more header fields just below.
      field = 'none';
    } else {
      handled = false;
    }
    if (!handled) break;

    if (classificationText === null) {
      const c = CLASSIFICATION_ANYWHERE.exec(text) ?? lowerCaseClassification(text);
      if (c && (field === 'none' || field === 'routing') && !/^(?:FM|TO|INFO)\s/.test(text)) {
        classificationText = c[1]! + c[2]!;
        const rest = c[2]!.trim();
        const post = postAndNumber(rest);
        if (post) facts.postNumber = { ...post, line: i + 1 };
      }
    }
    if (facts.date === null) {
      const dtg = DATE_TIME_GROUP.exec(text);
      if (dtg && (routingSeen || field === 'none')) facts.date = dateFromGroup(dtg);
    }
    if (facts.origin === null) {
      const from = FROM_LINE.exec(text);
      if (from && (routingSeen || facts.date !== null || !subjectSeen)) facts.origin = from[1]!.trim();
    }
    facts.lines.push(raw);
    // ¶1 glued to the Classified By line ends the header there; the parser splits the line.
    if (field === 'classified' && GLUED_FIRST_PARAGRAPH.test(text)) {
      i++;
      break;
    }
  }
  // Trailing blank lines belong to neither part.
  while (facts.lines.length > 0 && facts.lines[facts.lines.length - 1]!.trim() === '') facts.lines.pop();
  facts.bodyStart = i;

  if (subjectParts.length > 0) {
    // As written, portion marking included: `(S) GERMANY TAKING ACTION ...`.
    const subject = subjectParts.join(' ').replace(/\s+/g, ' ').trim();
    facts.subject = subject === '' ? null : subject;
  }
  facts.references = refParts.flatMap((parts) => splitReferenceItems(parts.join(' ').replace(/¶(?=\s*[A-Z][.)])/g, '').replace(/\s+/g, ' ').trim())).filter((r) => r !== '');
  facts.tags = tagText
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter((t) => /^[A-Z][A-Z0-9-]*$/.test(t));
  if (classificationText !== null) {
    facts.classification = normaliseClassification(classificationText, lines.slice(start, subjectLine ?? i));
  } else {
    // The routing line `ZNY CCCCC ZZH` still tells the level.
    const znr = lines.slice(start, i).find((l) => /^ZN[RY]\s+([UCS])\1{4}\b/.test(l.trim()));
    if (znr) facts.classification = ({ U: 'UNCLASSIFIED', C: 'CONFIDENTIAL', S: 'SECRET' } as const)[znr.trim()[4] as 'U' | 'C' | 'S'];
  }
  if (facts.partial === false && lines.slice(start, i).some((l) => PARTIAL_NOTICE.test(l))) facts.partial = true;
  void warnings;
  return facts;
}

/**
 * `A. GUATEMALA 254; B. GUATEMALA 009; C. 2008 GUATEMALA 1573 D. 2008 GUATEMALA 1017` → one item
 * per letter, as written. Letters must run A, B, C… so `U.S.` or an initial never splits an item.
 */
export function splitReferenceItems(text: string): string[] {
  const starts: number[] = [];
  let letter = 'A';
  let from = 0;
  for (;;) {
    const pattern = new RegExp(`(?:^|[\\s;,])\\(?${letter}[.)]\\s`, 'g');
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) break;
    const at = m.index + (m[0].length - m[0].trimStart().length);
    starts.push(at);
    from = at + 2;
    letter = String.fromCharCode(letter.charCodeAt(0) + 1);
  }
  if (starts.length < 2 || starts[0] !== 0) return [text];
  return starts.map((start, k) => text.slice(start, starts[k + 1] ?? text.length).replace(/[\s;,]+$/, ''));
}

/** Does an E.O., TAGS, SUBJECT or Classified By line come within the next few lines, before any paragraph? */
function fieldFollows(lines: string[], from: number, end: number): boolean {
  let seen = 0;
  for (let j = from; j < end && seen < 4; j++) {
    const text = lines[j]!.trim();
    if (text === '') continue;
    seen++;
    if (/^¶\s*\d|^\d{1,2}\s*[.)](?:\s|\(|$)/.test(text)) return false;
    if (EO_FIELD.test(text) || SUBJECT_STRICT.test(text) || CLASSIFIED_BY.test(text) || /^\s*TAGS\b/i.test(text)) return true;
  }
  return false;
}

/** 04ANKARA348 writes its header in lower case: `C o n f i d e n t i a l section 01 of 04 ankara 000348`. */
function lowerCaseClassification(text: string): RegExpExecArray | null {
  if (!/^[Cc] o n f i d e n t i a l\b|^[Ss] e c r e t\b|^[Uu]nclas\b/.test(text)) return null;
  return CLASSIFICATION_ANYWHERE.exec(text.toUpperCase());
}

/** `SECTION 01 OF 02 AMMAN 001288` → AMMAN, 1288 (caveat words before the post are skipped). */
function postAndNumber(rest: string): { post: string; number: string } | null {
  let tail = rest;
  for (let guard = 0; guard < 6; guard++) {
    const caveat = CAVEATS.exec(tail);
    if (!caveat) break;
    tail = tail.slice(caveat[0].length);
  }
  const m = POST_AND_NUMBER.exec(tail);
  if (!m) return null;
  let post = m[1]!.trim();
  post = post.replace(/^(?:SECTION\s+\d+\s+OF\s+\d+\s+)/, '');
  while (CAVEATS.test(post + ' ')) {
    const caveat = CAVEATS.exec(post + ' ')!;
    if (caveat[0].length >= post.length + 1) break;
    post = post.slice(caveat[0].length);
  }
  return { post, number: String(Number(m[2]!)) };
}

/** `O 241555Z JUL 09` → 2009-07-24. Two-digit years from 50 on are 19xx (72TEHRAN5055). */
function dateFromGroup(m: RegExpExecArray): string | null {
  const day = m[1]!;
  const month = MONTHS.indexOf(m[4]!.toUpperCase());
  if (month < 0 || Number(day) < 1 || Number(day) > 31) return null;
  const yy = Number(m[5]!);
  const year = yy >= 50 ? 1900 + yy : 2000 + yy;
  return `${year}-${String(month + 1).padStart(2, '0')}-${day}`;
}

/**
 * The contract's six values from the classification line as written: spaced letters joined,
 * UNCLAS → UNCLASSIFIED; SENSITIVE/SBU/FOUO → //FOR OFFICIAL USE ONLY; NOFORN → //NOFORN.
 */
export function normaliseClassification(line: string, headerLines: string[]): Classification | null {
  // Spaced letters joined; a doubled first letter (`UUNCLAS`, `SS E C R E T`) is a typing slip.
  const squeezed = line.replace(/^(\s*)([SCU])\2/, '$1$2').replace(/\b([A-Z]) (?=[A-Z]\b)/g, '$1');
  const upper = squeezed.toUpperCase();
  let base: 'UNCLASSIFIED' | 'CONFIDENTIAL' | 'SECRET' | null = null;
  if (/^\s*SECRET/.test(upper)) base = 'SECRET';
  else if (/^\s*CONFIDENTIAL/.test(upper)) base = 'CONFIDENTIAL';
  else if (/^\s*UNCLAS/.test(upper) || /^\s*LIMITED OFFICIAL USE/.test(upper)) base = 'UNCLASSIFIED';
  if (base === null) return null;
  // Handling lines of their own between the classification line and the SUBJECT (`NOFORN`,
  // `SENSITIVE`); a `SENSITIVE BUT UNCLASSIFIED` note below the subject is not counted, as in the
  // archive's metadata (05RECIFE78, 07PARIS2027).
  const handling = headerLines.filter((l) => /^\s*(?:NOFORN|SENSITIVE)\b/.test(l)).join(' ');
  if (base === 'UNCLASSIFIED') {
    return /\b(?:SENSITIVE|SBU|FOUO|FOR OFFICIAL USE ONLY)\b/.test(upper + ' ' + handling) || /LIMITED OFFICIAL USE/.test(upper)
      ? 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'
      : 'UNCLASSIFIED';
  }
  return /\bNOFORN\b/.test(upper + ' ' + handling) ? `${base}//NOFORN` : base;
}
