import sindresorhusSlugify from '@sindresorhus/slugify';
import { headingKey, type CableAnnotations } from './annotations.ts';
import { normaliseNewlines } from './decode.ts';
import { readHeader, type HeaderFacts } from './header-fields.ts';
import {
  ALX_DATE,
  ALX_REFERENCE,
  COMMENT_END,
  COMMENT_START,
  DASHED_HEADING,
  LEADING_RULE,
  LONE_END,
  MARKING,
  LOWER_CASE_MARKING,
  PAGE_HEADER,
  PARAGRAPH_START,
  RULE_LINE,
  SCOOP_FOOTER,
  SCOOP_TITLE,
  SUMMARY_END,
  SUMMARY_START,
  TRAILING_RULE,
  CLASSIFICATION_LINE,
  CLASSIFIED_BY,
  GLUED_FIRST_PARAGRAPH,
  INLINE_PAGE_HEADER,
  SIPDIS_LINE,
  TRAILER_LINE,
} from './patterns.ts';
import type { Cable, Paragraph, ParseWarning, Section, SectionKind } from './types.ts';

/** The warning a cable gets when its text's reference id is not its file name's (05SOFIA1280 holds 05PARIS5539). */
export function idConflictMessage(textId: string, fileId: string): string {
  return `reference id "${textId}" in the text differs from the file name's "${fileId}"`;
}

/** Reads `idConflictMessage` back: group 1 the text's id, group 2 the file's. */
export const ID_CONFLICT_WARNING = /^reference id "([^"]+)" in the text differs from the file name's "([^"]+)"$/;

/** What `parseCable` needs besides the text. */
export interface ParseOptions {
  /** Goes to the JSON's `file` as given (a project-relative path with forward slashes). */
  file: string;
  /** The file's base name, for a reference id taken from it; defaults to the last part of `file`. */
  fileName?: string | undefined;
  /** The cable's sidecar annotations, if it has any. */
  annotations?: CableAnnotations | null | undefined;
}

/** One line of the body, with its 1-based line number in the input. */
interface BodyLine {
  line: number;
  text: string;
}

/** A paragraph while it is being read: its lines are joined at the end. */
interface DraftParagraph {
  number: number | null;
  marking: string | null;
  parts: string[];
  line: number;
}

/** A heading, placed before the paragraph that follows it. */
interface DraftHeading {
  title: string;
  line: number;
  /** Index in the paragraph list of the first paragraph after the heading. */
  before: number;
}

/** Words that are never a signature even when alone on the last line. */
const NOT_A_SIGNATURE = new Set([
  'END', 'COMMENT', 'SUMMARY', 'NOTE', 'TEXT', 'SIPDIS', 'NOFORN', 'UNCLASSIFIED', 'CONFIDENTIAL',
  'SECRET', 'UNCLAS', 'BT', 'NNNN', 'USG', 'GOB', 'GOI', 'EXDIS', 'NODIS', 'SENSITIVE',
]);

/** Small words a title-case heading may leave in lower case. */
const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'or', 'as',
  'vs', 'vs.', 'its', 'is', 'but', 'into', 'over', 'after', 'about', 'not', 'up', 'out', 'than',
  'are', 'be', 'via', 'per', 'off', 'still', 'more', 'no', 'new', 'on:', 'amid', 'under', 'between',
]);

/**
 * Turns one cable's text into the contract's `Cable`. Pure: no file system, no Astro. Never throws
 * on bad input (empty text, binary junk, a file of metadata lines only): what it cannot read
 * becomes warnings.
 */
export function parseCable(input: string, options: ParseOptions): Cable {
  const warnings: ParseWarning[] = [];
  const text = normaliseNewlines(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const lines = text.split('\n').map((line) => line.trimEnd());

  // Publisher furniture: the news site's title line and footer.
  let end = lines.length;
  for (let i = text.includes('©') ? 0 : lines.length; i < lines.length; i++) {
    if (SCOOP_FOOTER.test(lines[i]!)) {
      end = i;
      break;
    }
  }
  let start = 0;
  while (start < end && lines[start]!.trim() === '') start++;
  let scoopSubject: string | null = null;
  const titleMatch = start < end ? SCOOP_TITLE.exec(lines[start]!) : null;
  if (titleMatch) {
    scoopSubject = collapse(titleMatch[1]!);
    start++;
  }

  // alx/cablegate's five metadata lines.
  const alx = readAlxLines(lines, start, end);

  const header: HeaderFacts = readHeader(lines, alx ? start + 5 : start, end, warnings);
  const headerLines = [...(alx ? lines.slice(start, start + 5) : []), ...header.lines].filter((l) => l.trim() !== '');

  // The signature: a lone name on the last line, or a name glued after the last sentence.
  let bodyEnd = end;
  while (bodyEnd > header.bodyStart && lines[bodyEnd - 1]!.trim() === '') bodyEnd--;
  let signature: string | null = null;
  let gluedSignature: string | null = null;
  // Telegram and archive trailer lines after the signature stay with it, in the input's order.
  const trailer: string[] = [];
  const endWithTrailer = bodyEnd;
  let trailerLine = 0;
  while (bodyEnd > header.bodyStart && TRAILER_LINE.test(lines[bodyEnd - 1]!)) {
    trailer.unshift(lines[bodyEnd - 1]!.trim());
    trailerLine = bodyEnd;
    bodyEnd--;
    while (bodyEnd > header.bodyStart && lines[bodyEnd - 1]!.trim() === '') bodyEnd--;
  }
  if (bodyEnd > header.bodyStart) {
    // `CIANCHETTE .` (08SANJOSE882): a stray full stop after the name.
    const last = lines[bodyEnd - 1]!.trim().replace(/\s+\.$/, '');
    const previous = previousNonBlank(lines, bodyEnd - 1, header.bodyStart);
    const beforePrevious = previous === null ? null : previousNonBlank(lines, bodyEnd - 2, header.bodyStart);
    if (isSignatureLine(last, previous)) {
      signature = last;
      bodyEnd--;
    } else if (previous !== null && previous !== '' && previous.toUpperCase() === last.toUpperCase() && isSignatureLine(previous, beforePrevious)) {
      // The name twice, in capitals and then as written (`MOLLER` / `Moller`, 09CONAKRY797).
      signature = `${previous} ${last}`;
      bodyEnd -= 2;
    } else {
      // `… cleared this cable. PETTIT`, `… Dark Side.” Stroum`, `… london/index. cfm TUTTLE`: the name
      // glued after the last sentence or web address.
      // Also after `END COMMENT` without its full stop (09ROME1187) and a row of asterisks (05TELAVIV1580);
      // a first name of two letters (`LA LIME`, 09PRETORIA954).
      const glued = /(?:[.!?"”)]|\bcfm|\.html?|\/|\bEND COMMENT|\*{3,})\s+([A-Z][A-Z'’-]{1,}(?:\s[A-Z][A-Z'’-]{2,})?|[A-Z][a-z][A-Za-z'’-]+)$/u.exec(last.slice(-80));
      if (glued && !PARAGRAPH_START.test(glued[1]!) && !glued[1]!.split(/\s/).some((w) => NOT_A_SIGNATURE.has(w.toUpperCase()))) {
        gluedSignature = glued[1]!;
      }
    }
  }

  if (trailer.length > 0) {
    if (signature !== null) {
      warnings.push({ line: trailerLine, message: `telegram trailer after the signature kept with it: "${trailer.join(' ')}"` });
      signature = `${signature} ${trailer.join(' ')}`;
    } else {
      // No signature above the trailer: it stays where it is, in the text.
      bodyEnd = endWithTrailer;
      gluedSignature = null;
    }
  }

  const body: BodyLine[] = [];
  // One paragraph per line: ¶1 glued to the end of the `Classified By` line (`… REASON: 1.4 (b), (d)
  // 1. (C) Summary: …`, 09TRIPOLI686) starts the body.
  const lastHeaderLine = header.lines[header.lines.length - 1];
  if (lastHeaderLine !== undefined && header.lines.slice(-3).some((l) => CLASSIFIED_BY.test(l))) {
    const glued = GLUED_FIRST_PARAGRAPH.exec(lastHeaderLine);
    let at = header.bodyStart - 1;
    while (at > 0 && lines[at]!.trim() === '') at--;
    if (glued && lines[at] === lastHeaderLine) {
      header.lines[header.lines.length - 1] = lastHeaderLine.slice(0, glued.index).trimEnd();
      headerLines[headerLines.length - 1] = header.lines[header.lines.length - 1]!;
      body.push({ line: at + 1, text: glued[1]! });
    }
  }
  for (let i = header.bodyStart; i < bodyEnd; i++) body.push({ line: i + 1, text: lines[i]! });
  const { paragraphs: drafts, headings } = readBody(body, warnings);

  if (gluedSignature !== null && drafts.length > 0) {
    const lastDraft = drafts[drafts.length - 1]!;
    const lastPart = lastDraft.parts[lastDraft.parts.length - 1]!;
    lastDraft.parts[lastDraft.parts.length - 1] = lastPart.slice(0, lastPart.length - gluedSignature.length).trimEnd();
    signature = gluedSignature;
  }

  const { paragraphs, sections } = buildSections(drafts, headings, options.annotations ?? null, warnings);

  // The news site's title is a title-cased copy of the subject; the SUBJECT line is the cable's own
  // wording and wins, unless the title says something else (then the title is kept as the subject).
  let subject = header.subject ?? alx?.subject ?? scoopSubject;
  if (scoopSubject !== null && subject !== scoopSubject && !startsWithWords(subject ?? '', scoopSubject)) subject = scoopSubject;
  const fileName = options.fileName ?? options.file.split('/').pop() ?? options.file;
  const fileReference = /^(\d{2}[A-Z]+\d+)\.txt$/.exec(fileName)?.[1] ?? null;
  const date = header.date ?? alx?.date ?? null;
  let textReference = alx?.reference ?? null;
  if (textReference === null && header.postNumber !== null) {
    const year = date?.slice(2, 4) ?? (fileReference?.slice(0, 2) ?? null);
    if (year !== null) textReference = `${year}${header.postNumber.post.replace(/[^A-Z]/g, '')}${header.postNumber.number}`;
  }
  // A file named by its reference id wins: where the two differ, the archive put another cable's
  // text under this id (05SOFIA1280 holds 05PARIS5539's), and links use the archive's id.
  const referenceId = fileReference ?? textReference;
  if (textReference !== null && fileReference !== null && textReference !== fileReference) {
    warnings.push({ line: header.postNumber?.line ?? 1, message: idConflictMessage(textReference, fileReference) });
  }
  const id = referenceId ?? (subject ? slugify(subject) : '') ?? '';

  let classification = header.classification ?? alx?.classification ?? null;
  if (classification === null) {
    // A partial extract without its classification line (05PARIS4749): the highest portion marking.
    classification = classificationFromMarkings(paragraphs.map((p) => p.marking));
    if (classification !== null) warnings.push({ line: 1, message: `no classification line: ${classification} taken from the highest portion marking` });
  }

  if (paragraphs.length === 0 && lines.some((l) => l.trim() !== '')) {
    warnings.push({ line: Math.min(header.bodyStart + 1, lines.length), message: 'no cable text found after the header' });
  }
  warnings.sort((a, b) => a.line - b.line);
  warnings.push(...(options.annotations?.warnings ?? []));

  return {
    id: id !== '' ? id : slugify(fileName.replace(/\.txt$/i, '')) || 'cable',
    file: options.file,
    referenceId,
    subject,
    date,
    origin: header.origin ?? alx?.origin ?? (header.postNumber?.post ?? null),
    classification,
    tags: header.tags,
    references: header.references,
    partial: header.partial,
    header: headerLines,
    sections,
    paragraphs,
    signature,
    warnings,
  };
}

/** The classification implied by the highest portion marking (`S` > `C` > `U`/`SBU`), or null. */
function classificationFromMarkings(markings: (string | null)[]): Cable['classification'] {
  const levels = new Set(markings.map((m) => (m === null ? null : /^(?:TS|S)\b/.test(m) ? 'S' : /^C\b/.test(m) ? 'C' : /^(?:U|SBU|LOU|FOUO)\b/.test(m) ? 'U' : null)));
  if (levels.has('S')) return 'SECRET';
  if (levels.has('C')) return 'CONFIDENTIAL';
  if (levels.has('U')) return 'UNCLASSIFIED';
  return null;
}

/** Slugs already made: the same headings (`Background`, `Next Steps`) recur across cables. */
const slugCache = new Map<string, string>();

/** `@sindresorhus/slugify`, remembered (it builds its patterns on every call). */
function slugify(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    if (slugCache.size >= 20_000) slugCache.clear();
    slug = sindresorhusSlugify(text);
    slugCache.set(text, slug);
  }
  return slug;
}

/** Do `text`'s words begin with `prefix`'s words (ignoring case and punctuation)? */
function startsWithWords(text: string, prefix: string): boolean {
  const a = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const b = prefix.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return b.length <= a.length && b.every((w, i) => a[i] === w);
}

/** Whitespace runs become one space. */
export function collapse(text: string): string {
  // Most whitespace is already a single space: only runs and other blanks are replaced.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

function previousNonBlank(lines: string[], index: number, floor: number): string | null {
  for (let i = index - 1; i >= floor; i--) {
    if (lines[i]!.trim() !== '') return i === index - 1 && !RULE_LINE.test(lines[i]!) ? lines[i]!.trim() : '';
  }
  return null;
}

/** A lone name on the last line: `GNEHM`, `Stapleton`, `Thompson-Jones`. `previous` is the line
 * before ('' when a blank line separates them, null when there is none). */
function isSignatureLine(line: string, previous: string | null): boolean {
  if (previous === null || line.length > 40 || PARAGRAPH_START.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 3 || words.some((w) => NOT_A_SIGNATURE.has(w.toUpperCase().replace(/\W/g, '')))) return false;
  const allCaps = /^[A-Z][A-Z'’.-]+(?:[ ,]+[A-Z][A-Z'’.-]*)*$/u.test(line);
  const titleCase = /^[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,2}$/u.test(line);
  if (!allCaps && !titleCase) return false;
  if (allCaps) return true;
  // A title-case name only after the end of a sentence, a web address or a redaction (never
  // after a wrapped line such as `… the Government of` / `Colombia`).
  return previous === '' || /(?:[.!?"”)]|\bcfm|\.html?|\/|[xX]{4,})$/u.test(previous) || /https?:\/\/|www\./.test(previous);
}

interface AlxFacts {
  reference: string;
  subject: string | null;
  date: string | null;
  classification: Cable['classification'];
  origin: string | null;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Month name (any case) to `01`–`12`, or null. */
export function monthNumber(name: string): string | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toUpperCase());
  return index < 0 ? null : String(index + 1).padStart(2, '0');
}

function readAlxLines(lines: string[], start: number, end: number): AlxFacts | null {
  if (end - start < 5) return null;
  const reference = ALX_REFERENCE.exec(lines[start]!.trim());
  const date = ALX_DATE.exec(lines[start + 2]!.trim());
  if (!reference || !date) return null;
  const month = monthNumber(date[1]!);
  const classification = lines[start + 3]!.trim().toUpperCase();
  const known = [
    'UNCLASSIFIED', 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', 'CONFIDENTIAL', 'CONFIDENTIAL//NOFORN', 'SECRET', 'SECRET//NOFORN',
  ] as const;
  return {
    reference: reference[1]!,
    subject: collapse(lines[start + 1]!) || null,
    date: month ? `${date[3]}-${month}-${date[2]}` : null,
    classification: known.find((k) => k === classification) ?? null,
    origin: collapse(lines[start + 4]!) || null,
  };
}

/** Heading-like text: short, no sentence end, title case or capitals. `strict` asks for the case test. */
function isHeadingText(text: string, strict: boolean): boolean {
  // A heading may carry its own portion marking: `(U) Russian Presentations on Iran`.
  const t = text.trim().replace(MARKING, '').replace(/^\/\/\s*(.*?)\s*\/\/$/, '$1');
  // A page header or a redaction alone on its line (`XXXXXXXXXXXX`) is no heading.
  if (PAGE_HEADER.test(t) || /^[xX]+$/.test(t)) return false;
  if (t.length < 2 || t.length > 100 || !/[A-Za-z]/.test(t)) return false;
  if (/[.,;]$/.test(t) || /^(?:end|begin)\b/i.test(t)) return false;
  if (PARAGRAPH_START.test(t) || /^(?:--|\(?[A-Za-z0-9]{1,2}[.)]\s)/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 14) return false;
  if (t.endsWith(':') && words.length > 4) return false;
  if (!strict) return true;
  if (!/^["“'(]?[A-Z0-9]/.test(t)) return false;
  if (!/[a-z]/.test(t)) return /[A-Z]{2}/.test(t);
  let significant = 0;
  let capitalised = 0;
  for (const word of words) {
    const letters = word.replace(/^[^A-Za-z]+/, '');
    if (letters === '') continue;
    if (SMALL_WORDS.has(letters.toLowerCase())) continue;
    significant++;
    if (/^[A-Z]/.test(letters)) capitalised++;
  }
  return significant > 0 && capitalised / significant >= 0.75;
}

/** Body lines that are telegram furniture inside the text: page headers, repeated classification lines, SIPDIS. */
export function furnitureKind(text: string): string | null {
  if (PAGE_HEADER.test(text)) return 'page header';
  if (SIPDIS_LINE.test(text) && text.trim().length <= 12) return 'SIPDIS line';
  const classification = CLASSIFICATION_LINE.exec(text);
  if (classification) {
    const rest = classification[2]!.trim();
    if (rest === '' || /^(?:SENSITIVE\s*|NOFORN\s*|SIPDIS\s*)*(?:SECTION\s+\d+\s+OF\s+\d+\s+)?(?:[A-Z][A-Z .'-]*\s+\d{3,7})?$/.test(rest)) {
      return 'classification line';
    }
  }
  return null;
}

interface ParagraphStart {
  number: number;
  marking: string | null;
  rest: string;
  pilcrow: boolean;
  bracket: boolean;
  /** The number was written twice (`¶1. 1.`); the copy is dropped from the text. */
  doubled: boolean;
}

function matchParagraphStart(text: string): ParagraphStart | null {
  const m = PARAGRAPH_START.exec(text);
  if (!m) return null;
  let rest = m[4]!;
  let marking: string | null = null;
  const mark = MARKING.exec(rest) ?? LOWER_CASE_MARKING.exec(rest);
  if (mark) {
    marking = collapse(mark[1]!);
    rest = rest.slice(mark[0].length);
  }
  const digits = m[2]!;
  if (digits.length > 1 && digits.startsWith('0')) return null;
  // `¶1. 1. (SBU)`: the number written twice (WikiLeaks' ¶ before an already numbered line).
  let doubled = false;
  const again = new RegExp(`^${digits}\\.\\s+`).exec(rest);
  if (again && marking === null) {
    rest = rest.slice(again[0].length);
    doubled = true;
    const markAgain = MARKING.exec(rest);
    if (markAgain) {
      marking = collapse(markAgain[1]!);
      rest = rest.slice(markAgain[0].length);
    }
  }
  return { number: Number(digits), marking, rest, pilcrow: m[1] !== undefined, bracket: m[3] === ')', doubled };
}

/**
 * Reads the body line by line. A numbered paragraph runs until the next paragraph number that
 * fits the sequence, or a heading; blank lines inside it (lists, quoted texts) do not end it.
 * Unnumbered text is split at blank lines.
 */
function readBody(body: BodyLine[], warnings: ParseWarning[]): { paragraphs: DraftParagraph[]; headings: DraftHeading[] } {
  const paragraphs: DraftParagraph[] = [];
  const headings: DraftHeading[] = [];
  let current: DraftParagraph | null = null;
  let lastNumber = 0;
  let previousBlank = true;
  let previousText = '';
  let previousWasHeading = false;
  /** The last accepted paragraph number was written `N)`. */
  let bracketStyle = false;
  /** The next item number of a numbered list quoted inside the current paragraph (0: none). */
  let listNext = 0;
  /** Page-break lines waiting for the next paragraph (they came right after a heading). */
  let pendingFurniture: string[] = [];
  const takeFurniture = (): string[] => {
    const taken = pendingFurniture;
    pendingFurniture = [];
    return taken;
  };

  const close = (): void => {
    if (current) paragraphs.push(current);
    current = null;
  };
  const addHeading = (title: string, line: number): void => {
    close();
    // `//US-SPAIN RELATIONS//` (09MADRID551): the slashes frame the heading.
    headings.push({ title: collapse(title).replace(/^\/\/\s*(.*?)\s*\/\/$/, '$1'), line, before: paragraphs.length });
    previousWasHeading = true;
    previousBlank = true;
  };
  const addText = (text: string, line: number): void => {
    if (current === null) {
      let rest = text.trim();
      let marking: string | null = null;
      const mark = MARKING.exec(rest);
      if (mark) {
        marking = collapse(mark[1]!);
        rest = rest.slice(mark[0].length);
      }
      current = { number: null, marking, parts: [...takeFurniture(), ...(rest === '' ? [] : [rest])], line };
    } else {
      current.parts.push(text.trim());
    }
  };
  /**
   * An underline at `index`: makes a heading of the short line just before it, and of a heading
   * glued to the end of the paragraph before (one-paragraph-per-line input joined the heading's
   * first words to the text: `… End Summary. First Lady Preparing for 2011` / `Election` / `----`).
   */
  const headingBeforeRule = (index: number): boolean => {
    // The heading line may sit in an unnumbered paragraph already closed by a blank line.
    const closed = current === null ? paragraphs[paragraphs.length - 1] : undefined;
    const reopen = closed !== undefined && closed.number === null;
    const pending = pendingHeadingBefore(body, index, current ?? (reopen ? closed : null));
    const lastHeading = headings[headings.length - 1];
    if (pending !== null && lastHeading !== undefined && pending.line === lastHeading.line) {
      // Already read as a heading (a capital line before its rule); its first words may still be glued on.
      const holder = paragraphs[lastHeading.before - 1];
      const lastPart = holder?.parts[holder.parts.length - 1];
      const tail = lastPart === undefined ? null : gluedHeadingTail(lastPart);
      if (holder && lastPart !== undefined && tail !== null) {
        holder.parts[holder.parts.length - 1] = lastPart.slice(0, lastPart.length - tail.length).trimEnd();
        warnings.push({ line: lastHeading.line, message: `heading glued to the text before it split off: "${tail}"` });
        lastHeading.title = `${tail} ${lastHeading.title}`;
      }
      mergeLineByLineHeading();
      return true;
    }
    let title: string | null = null;
    let titleLine = body[index]!.line;
    if (pending !== null) {
      if (current === null && reopen) current = paragraphs.pop()!;
      // A page break between the heading and its rule moves on to the heading's first paragraph.
      pendingFurniture.push(...removePendingHeading(current, paragraphs, pending));
      current = null;
      title = pending.text;
      titleLine = pending.line;
    }
    const holder = current ?? paragraphs[paragraphs.length - 1] ?? null;
    const lastPart = holder?.parts[holder.parts.length - 1];
    if (holder && lastPart !== undefined && (pending !== null || previousNonBlankText(body, index)?.endsWith(lastPart) === true)) {
      const tail = gluedHeadingTail(lastPart);
      if (tail !== null) {
        holder.parts[holder.parts.length - 1] = lastPart.slice(0, lastPart.length - tail.length).trimEnd();
        warnings.push({ line: titleLine, message: `heading glued to the text before it split off: "${tail}"` });
        title = title === null ? tail : `${tail} ${title}`;
      }
    }
    if (title === null) return false;
    addHeading(title, titleLine);
    mergeLineByLineHeading();
    return true;
  };
  /**
   * A heading underlined line by line (`Minister of Foreign and European` / `---` / `Affairs ) Bernard
   * Kouchner` / `---`, 07PARIS2027): the last heading, straight under the one before's rule with no
   * text between, continues it.
   */
  const mergeLineByLineHeading = (): void => {
    const last = headings[headings.length - 1];
    const before = headings[headings.length - 2];
    if (last === undefined || before === undefined || before.before !== last.before || last.line !== before.line + 2) return;
    // Only a title that reads on (`… Finance and` / `Employment -- …`, `…` / `) Roselyn Bachelot`), not a subheading.
    const namesSomeone = /(?:^|\s)(?:\)|--)\s/;
    const readsOn = /^[a-z)]/.test(last.title) || /(?:\band|\bof|\bfor|\bthe|,)$/.test(before.title) || (namesSomeone.test(last.title) && !namesSomeone.test(before.title));
    if (!readsOn || !RULE_LINE.test(body.find((b) => b.line === before.line + 1)?.text ?? '')) return;
    before.title = collapse(`${before.title} ${last.title}`);
    headings.pop();
  };
  /** Does a paragraph number fit here? Sequence first, then the line's context. */
  const accept = (start: ParagraphStart, line: number): boolean => {
    const n = start.number;
    const sentenceBefore = previousBlank || previousWasHeading || /[.:;!?"”’)\]]$/u.test(previousText) || previousText === '';
    const strong = start.pilcrow || start.marking !== null;
    // `4) Iran` is a list item in a cable whose paragraphs are `N.`: `N)` paragraphs need a marking
    // or a cable that numbers them that way from the start.
    if (start.bracket && start.marking === null && !(previousBlank && (lastNumber === 0 || bracketStyle))) return false;
    const capitalStart = start.rest === '' || /^(?:["“'‘(A-Z0-9]|[xX]{4})/u.test(start.rest.trimStart());
    if (!strong && !capitalStart) return false;
    // The next number in sequence, starting a sentence, is a paragraph even when the previous one
    // ended oddly (a redaction, a dash); a wrapped number rarely fits the sequence that exactly.
    if (n === lastNumber + 1 && lastNumber > 0 && (strong || capitalStart)) return true;
    if (!strong && !sentenceBefore) return false;
    if (n === lastNumber + 1) return true;
    // A partial extract may start anywhere: a first number with ¶ and marking is trusted.
    if (lastNumber === 0 && n >= 1 && (n <= 3 ? strong || previousBlank : start.marking !== null && previousBlank) && n < 100) {
      warnings.push({ line, message: `paragraph numbering starts at ${n}` });
      return true;
    }
    // `¶8. (U)` after a garbled line (09USEUBRUSSELS948): a marking and one number skipped are enough.
    if (n > lastNumber + 1 && n <= lastNumber + 3 && (strong || previousBlank) && (sentenceBefore || (start.marking !== null && n === lastNumber + 2))) {
      const missing = lastNumber + 1 === n - 1 ? `paragraph ${lastNumber + 1} missing` : `paragraphs ${lastNumber + 1}-${n - 1} missing`;
      warnings.push({ line, message: `${missing} between ${lastNumber} and ${n}` });
      return true;
    }
    if (n === lastNumber && start.marking !== null && previousBlank) {
      warnings.push({ line, message: `paragraph ${n} repeated` });
      return true;
    }
    // The author's own misnumbering (06LAPAZ3400 goes 14, 12): ¶, marking and a blank line before
    // make it a paragraph all the same.
    if (n < lastNumber && n > 0 && start.marking !== null && previousBlank) {
      warnings.push({ line, message: `paragraph ${n} out of sequence after ${lastNumber}` });
      return true;
    }
    return false;
  };

  for (let index = 0; index < body.length; index++) {
    const { line } = body[index]!;
    let text = body[index]!.text;
    if (text.trim() === '') {
      if (current !== null && (current as DraftParagraph).number === null) close();
      previousBlank = true;
      continue;
    }

    // An underline glued to the start of the next text: `------- 5. (U) text`.
    // Only lines with a run of dashes can hold a rule: the patterns below never run on plain text.
    const hasRule = text.includes('---') || text.includes('===') || text.includes('___') || text.includes('- - -');
    const leading = hasRule ? LEADING_RULE.exec(text) : null;
    if (leading && !RULE_LINE.test(text)) {
      headingBeforeRule(index);
      text = leading[1]!;
    }

    if (hasRule && RULE_LINE.test(text)) {
      // An underline: the text just before it (one short line) is a heading.
      if (!headingBeforeRule(index)) previousBlank = true;
      continue;
    }

    const dashed = text.includes('--') ? DASHED_HEADING.exec(text) : null;
    // `-- Heading --` with two dashes is also how wrapped list items look (`-- Ending … --`): it is a
    // heading only alone between blank lines; longer rules on both sides always make a heading.
    const longRules = dashed !== null && /^\s*-{3,}/.test(text) && /-{3,}\s*$/.test(text);
    const alone = previousBlank && (body[index + 1] === undefined || body[index + 1]!.text.trim() === '');
    if (dashed && isHeadingText(dashed[1]!, false) && (longRules || alone)) {
      addHeading(dashed[1]!, line);
      continue;
    }
    const trailing = hasRule ? TRAILING_RULE.exec(text) : null;
    if (trailing) {
      if (previousBlank && isHeadingText(trailing[1]!, false) && !matchParagraphStart(trailing[1]!)) {
        addHeading(trailing[1]!, line);
        continue;
      }
      // Text with the next heading's overline glued on: keep the words, drop the dashes.
      text = trailing[1]!;
    }

    const furniture = furnitureKind(text);
    if (furniture !== null) {
      warnings.push({ line, message: `${furniture} inside the text kept in place: "${collapse(text)}"` });
      // Between paragraphs a page break belongs to the paragraph it interrupts; right after a
      // heading, to the heading's first paragraph (so the words stay in the input's order).
      const lastHeading = headings[headings.length - 1];
      if (current === null && lastHeading !== undefined && lastHeading.before === paragraphs.length) {
        pendingFurniture.push(text.trim());
      } else {
        if (current === null && paragraphs.length > 0) current = paragraphs.pop()!;
        addText(text, line);
      }
      previousBlank = false;
      previousText = '';
      continue;
    }

    const inlinePage = text.length > 60 && /\d{8}\s+\d{3}/.test(text) ? INLINE_PAGE_HEADER.exec(text) : null;
    if (inlinePage) warnings.push({ line, message: `page header inside the line kept in place: "${inlinePage[1]}"` });

    // One paragraph per line: the next paragraph number, with its marking, inside the line after a
    // sentence or a heading (`… with the U.S. 8. (U) The Assistant …`, `ARTICLE 98: 5. (C) A/S …`,
    // 05BRASILIA1130): the line is read as two.
    if (lastNumber > 0 && text.length > 40) {
      const own = PARAGRAPH_START.exec(text);
      const expected = own !== null ? Number(own[2]) + 1 : lastNumber + 1;
      const inner = innerParagraphStart(text, expected);
      // Re-wrapped text may break between the number and its marking (`… for the U.S. 5.` / `(SBU) Federal …`).
      const next = body[index + 1];
      const atEnd = inner < 0 && next !== undefined && text.endsWith(` ${expected}.`) && /[.!?:"”)]$/u.test(text.slice(0, -(String(expected).length + 2)));
      if (atEnd && MARKING.test(next.text.trimStart())) {
        const cut = text.length - String(expected).length - 1;
        body.splice(index, 2, { line, text: text.slice(0, cut).trimEnd() }, { line: next.line, text: `${text.slice(cut)} ${next.text.trimStart()}` });
        text = body[index]!.text;
      } else if (inner > 0) {
        body.splice(index, 1, { line, text: text.slice(0, inner).trimEnd() }, { line, text: text.slice(inner) });
        text = body[index]!.text;
      }
    }

    const start = matchParagraphStart(text);
    if (start !== null) {
      // Inside a numbered list quoted in a paragraph (`1. Release …`, `2. …`, `3. …`), the list's next
      // number is an item even when it is also the next paragraph number (07MADRID1952).
      const listItem = listNext > 0 && start.number === listNext && start.marking === null;
      if (!listItem && accept(start, line)) {
        listNext = 0;
        // One paragraph per line: WikiLeaks joined the next heading to the paragraph's line
        // (`… TRIPS compliant. Treaty Ratification` / `¶16. …`, 03BRASILIA698).
        const tail = current !== null && (start.pilcrow || start.marking !== null || previousBlank) ? splitGluedTail(current) : null;
        if (tail !== null) {
          let lineBack = index - 1;
          while (lineBack > 0 && body[lineBack]!.text.trim() === '') lineBack--;
          const tailLine = body[lineBack]?.line ?? line;
          warnings.push({ line: tailLine, message: `heading glued to the text before it split off: "${tail}"` });
          addHeading(tail, tailLine);
        }
        close();
        if (start.doubled) warnings.push({ line, message: `paragraph number ${start.number} written twice` });
        current = { number: start.number, marking: start.marking, parts: [...takeFurniture(), ...(start.rest.trim() === '' ? [] : [start.rest.trim()])], line };
        lastNumber = start.number;
        bracketStyle = start.bracket;
        previousBlank = false;
        previousWasHeading = false;
        previousText = start.rest;
        continue;
      }
      if (start.number === 1 && lastNumber > 1) listNext = 2;
      else if (listItem) listNext++;
      if (start.pilcrow) {
        // WikiLeaks put `¶` before wrapped years and numbers (`in June of` / `¶2007.`): not cable text.
        warnings.push({ line, message: `"¶${start.number}." at a line start is not a paragraph number (out of sequence after ${lastNumber}); ¶ dropped` });
        text = text.replace('¶', '');
      }
    } else if (/^\s*¶\s*\d/.test(text)) {
      warnings.push({ line, message: `"${collapse(text).slice(0, 8)}" at a line start is not a paragraph number (a wrapped number); ¶ dropped` });
      text = text.replace('¶', '');
    }

    // A capital or title-case line between blank lines, followed by the next paragraph: a heading.
    if (previousBlank && !/\bEnd$/i.test(previousText) && isBareHeading(body, index, lastNumber, paragraphs.length + (current ? 1 : 0))) {
      addHeading(text, line);
      continue;
    }

    // One paragraph per line: a heading line straight between two paragraph lines (08USUNNEWYORK1130).
    if (!previousBlank && current !== null && /[.!?]["”’)\]]?$/u.test(previousText) && isHeadingBetweenLines(body, index, lastNumber)) {
      addHeading(text, line);
      continue;
    }

    if (current !== null && /\bSIPDIS\b/.test(text)) {
      warnings.push({ line, message: 'SIPDIS stuck into the text kept in place' });
    }
    addText(text, line);
    previousBlank = false;
    previousWasHeading = false;
    previousText = text.trim();
  }
  close();
  // A page break after the last heading with no text after it: its own unnumbered paragraph.
  if (pendingFurniture.length > 0) paragraphs.push({ number: null, marking: null, parts: takeFurniture(), line: body[body.length - 1]?.line ?? 1 });
  return { paragraphs, headings };
}

/** The single short line just before an underline (and after a blank line), if it reads as a heading. */
/** A heading found before a rule: its text, first line, how many lines it spans, and how many
 * furniture lines (a page header) sit between it and the rule. */
interface PendingHeading {
  text: string;
  line: number;
  lines: number;
  after: number;
}

function pendingHeadingBefore(body: BodyLine[], index: number, current: DraftParagraph | null): PendingHeading | null {
  if (isOverline(body, index)) return null;
  let i = index - 1;
  while (i >= 0 && body[i]!.text.trim() === '') i--;
  // A page break between a heading and its rule (`Battle Lines in Peacetime` / `MOSCOW 00005645 …` / `---`).
  let after = 0;
  if (i >= 0 && PAGE_HEADER.test(body[i]!.text)) {
    after = 1;
    i--;
    while (i >= 0 && body[i]!.text.trim() === '') i--;
  }
  if (i < 0) return null;
  const candidate = body[i]!;
  if (!isHeadingText(candidate.text, false) || RULE_LINE.test(candidate.text)) return null;
  if (current !== null && current.parts[current.parts.length - 1 - after] !== candidate.text.trim()) return null;
  const before = i - 1 >= 0 ? body[i - 1]!.text.trim() : '';
  if (before === '' || RULE_LINE.test(before)) return { text: candidate.text.trim(), line: candidate.line, lines: 1, after };
  if (after > 0) return null;
  // A heading wrapped over two lines, both capitals or title case, after a blank line.
  const first = body[i - 1]!;
  const beforeFirst = i - 2 >= 0 ? body[i - 2]!.text.trim() : '';
  if (
    (beforeFirst === '' || RULE_LINE.test(beforeFirst)) &&
    // The second line may start in lower case (`Infighting and Confusion Driving` / `the Nuclear Issue`).
    isHeadingText(first.text, true) && isHeadingText(candidate.text, false) && isHeadingText(`${first.text.trim()} ${candidate.text.trim()}`, true) &&
    current !== null && current.parts[current.parts.length - 2] === first.text.trim()
  ) {
    return { text: `${first.text.trim()} ${candidate.text.trim()}`, line: first.line, lines: 2, after: 0 };
  }
  // Right after text: one-paragraph-per-line input puts a heading straight under its paragraph.
  // Only after a whole paragraph line that ends a sentence (not `Participants:` / `United States` /
  // `---`, items of a list), only a title-case line, and only if this rule is not the overline of a
  // heading below.
  // `END SUMMARY.`, `End Comment)`, `(J&K).` and a lone `.` line (06SEOUL2238) end a paragraph too.
  // So do `END SUMMARY` without its stop (08LONDON797) and a redaction line (07KUWAIT808).
  if (!/(?:[A-Za-z0-9)]{2}[.!?]["”’)]?|^\.|\bend\s+(?:comment|note|summary)\)?|[xX]{4,})$/iu.test(before)) return null;
  if (!isHeadingText(candidate.text, true) && !isShortHeading(candidate.text)) return null;
  return { text: candidate.text.trim(), line: candidate.line, lines: 1, after: 0 };
}

/** Takes the heading's lines back out of the paragraph they were first read into; returns the
 * page-break lines that followed them there. */
function removePendingHeading(current: DraftParagraph | null, paragraphs: DraftParagraph[], heading: PendingHeading): string[] {
  if (current === null) return [];
  const furniture = current.parts.splice(current.parts.length - heading.after, heading.after);
  current.parts.splice(current.parts.length - heading.lines, heading.lines);
  if (current.parts.length > 0 || current.number !== null) paragraphs.push(current);
  return furniture;
}

/** Is the rule at `index` the overline of a heading right below it (rule, short line, rule)? */
function isOverline(body: BodyLine[], index: number): boolean {
  const heading = body[index + 1];
  const after = body[index + 2];
  return heading !== undefined && after !== undefined && isHeadingText(heading.text, false) && RULE_LINE.test(after.text);
}

function previousNonBlankText(body: BodyLine[], index: number): string | null {
  for (let i = index - 1; i >= 0; i--) if (body[i]!.text.trim() !== '') return body[i]!.text.trim();
  return null;
}

/**
 * Takes a heading WikiLeaks joined to the end of a paragraph (`… TRIPS compliant. Treaty Ratification`)
 * off its last line, or its last two when the text was re-wrapped; returns the heading or null.
 */
function splitGluedTail(paragraph: DraftParagraph): string | null {
  const parts = paragraph.parts;
  const last = parts[parts.length - 1];
  if (last === undefined) return null;
  const tail = gluedHeadingTail(last);
  if (tail !== null) {
    parts[parts.length - 1] = last.slice(0, last.length - tail.length).trimEnd();
    return tail;
  }
  const before = parts[parts.length - 2];
  if (before === undefined) return null;
  const joined = `${before} ${last}`;
  const wrappedTail = gluedHeadingTail(joined);
  // Across a line break only after a full stop (`… significant. Patents ) No Recovery` / `Expected Soon`),
  // never after a bracket (`(1 Month before Review)` / `May 7-16, 2012 4th Review Meeting`).
  if (wrappedTail === null || wrappedTail.length <= last.length) return null;
  if (!/[a-z0-9]{2}[.!?]["”’]?\s+$/u.test(joined.slice(0, joined.length - wrappedTail.length))) return null;
  parts.splice(parts.length - 2, 2, joined.slice(0, joined.length - wrappedTail.length).trimEnd());
  return wrappedTail;
}

/** The title-case words after the last sentence of a text line (`… End Summary. First Lady Preparing for 2011`). */
function gluedHeadingTail(line: string): string | null {
  // The sentence end must not be an initial (`Daniel L. Shields`). A heading is short: only the
  // line's last 160 characters are searched, which keeps long lines linear.
  const end = line.length > 160 ? line.slice(-160) : line;
  const m = /(?:[a-z0-9]{2}[.!?]|[.!?]?[)"”’\]])\s+([A-Z"“][^.!?]*?(?:\.\.\.)?)$/u.exec(end);
  if (!m) return null;
  const tail = m[1]!;
  const words = tail.split(/\s+/);
  if (words.length > 12 || !isHeadingText(tail.replace(/\.\.\.$/, ''), true)) return null;
  return tail;
}

/** Where the paragraph number `expected`, with a portion marking, starts inside a line after a sentence end or colon; -1 if nowhere. */
function innerParagraphStart(text: string, expected: number): number {
  const digits = String(expected);
  for (let at = text.indexOf(`${digits}. (`); at > 0; at = text.indexOf(`${digits}. (`, at + 1)) {
    if (!/[.!?:"”)]\s+$/u.test(text.slice(Math.max(0, at - 3), at)) || /\d/.test(text[at - 1] ?? '')) continue;
    const rest = text.slice(at + digits.length + 2);
    const mark = MARKING.exec(rest);
    if (mark && /^["“A-Z]/u.test(rest.slice(mark[0].length))) return at;
  }
  return -1;
}

/** A short heading in sentence case (`Visit overview`, `Haiti`): capital first letter, at most 8 words. */
function isShortHeading(text: string): boolean {
  const t = text.trim();
  return /^[A-Z]/.test(t) && t.split(/\s+/).length <= 8 && isHeadingText(t, false);
}

/** A heading line with the next paragraph (¶ or marking) on the next line, or after one more heading line. */
function isHeadingBetweenLines(body: BodyLine[], index: number, lastNumber: number): boolean {
  const text = body[index]!.text;
  if (!isHeadingText(text, true) && !isShortHeading(text)) return false;
  for (let k = index + 1, headingsSeen = 1; k < body.length; k++) {
    const next = body[k]!.text;
    if (next.trim() === '' || PAGE_HEADER.test(next)) continue;
    const start = matchParagraphStart(next);
    if (start !== null) return start.number > lastNumber && start.number <= lastNumber + 3 && (start.pilcrow || start.marking !== null);
    if (headingsSeen > 1 || (!isHeadingText(next, true) && !isShortHeading(next))) return false;
    headingsSeen++;
  }
  return false;
}

/** A capital or title-case line alone between blank lines, with a numbered paragraph next. */
function isBareHeading(body: BodyLine[], index: number, lastNumber: number, paragraphCount: number): boolean {
  const text = body[index]!.text;
  const next = body[index + 1];
  if (!isHeadingText(text, true)) {
    // Sentence case (`Domestic political perspective`, 10ASTANA251): only a short line alone between
    // blank lines with the next paragraph number right after.
    const shortHeading = isShortHeading;
    if (!shortHeading(text) || next === undefined || next.text.trim() !== '') return false;
    // A second such heading may follow (`Military/defense perspective` / `Ministry of defense`).
    let k = index + 1;
    for (let headingsSeen = 1; ; headingsSeen++) {
      while (k < body.length && body[k]!.text.trim() === '') k++;
      if (k >= body.length) return false;
      const start = matchParagraphStart(body[k]!.text);
      if (start !== null) return start.number === lastNumber + 1 && (start.pilcrow || start.marking !== null);
      if (headingsSeen > 1 || !shortHeading(body[k]!.text) || body[k + 1]?.text.trim() !== '') return false;
      k++;
    }
  }
  // Straight on the next line may only come a rule or the next paragraph (`AS WELL AS ERRATIC DECISIONS` / `¶9. …`).
  if (next !== undefined && next.text.trim() !== '' && !RULE_LINE.test(next.text)) {
    const start = matchParagraphStart(next.text);
    if (start === null || start.number !== lastNumber + 1) return false;
  }
  let j = index + 1;
  // Blank lines and a page break may sit between the heading and its first paragraph.
  while (j < body.length && (body[j]!.text.trim() === '' || PAGE_HEADER.test(body[j]!.text))) j++;
  if (j >= body.length) return false;
  const following = body[j]!.text;
  if (RULE_LINE.test(following) || LEADING_RULE.test(following)) return true;
  const start = matchParagraphStart(following);
  if (start !== null) return start.number === lastNumber + 1 || (start.number > lastNumber && start.number <= lastNumber + 3);
  // A cable without numbered paragraphs: a heading before unnumbered text.
  return lastNumber === 0 && paragraphCount > 0 && /^[A-Z\s]+:?$/.test(text.trim()) && text.trim().split(/\s+/).length <= 8;
}

function kindOfHeading(title: string): SectionKind {
  const key = headingKey(title.replace(MARKING, ''));
  if (/^(?:executive\s+)?summary\b|^(?:introduction|overview)\s+and\s+summary$/.test(key)) return 'summary';
  if (/^(?:embassy\s+|post\s+|general\s+)?comments?\b/.test(key)) return 'comment';
  return 'body';
}

/**
 * Groups paragraphs into sections: the opening section (before the first heading), one per
 * heading, and the comment, which runs from its first paragraph to the end.
 */
function buildSections(
  drafts: DraftParagraph[],
  headings: DraftHeading[],
  annotations: CableAnnotations | null,
  warnings: ParseWarning[],
): { paragraphs: Paragraph[]; sections: Section[] } {
  const numbered = new Map<number, number>();
  let unnumbered = 0;
  const anchors = drafts.map((draft) => {
    if (draft.number === null) return `text-${++unnumbered}`;
    const seen = (numbered.get(draft.number) ?? 0) + 1;
    numbered.set(draft.number, seen);
    return seen === 1 ? `par${draft.number}` : `par${draft.number}-${seen}`;
  });
  const texts = drafts.map((draft) => collapse(draft.parts.join(' ')));

  interface Block {
    heading: DraftHeading | null;
    from: number;
    to: number;
  }
  const blocks: Block[] = [];
  const firstHeadingAt = headings.length > 0 ? headings[0]!.before : drafts.length;
  if (firstHeadingAt > 0) blocks.push({ heading: null, from: 0, to: firstHeadingAt });
  headings.forEach((heading, i) => {
    blocks.push({ heading, from: heading.before, to: i + 1 < headings.length ? headings[i + 1]!.before : drafts.length });
  });

  const usedIds = new Set<string>();
  const uniqueId = (wanted: string): string => {
    let id = wanted !== '' ? wanted : 'section';
    for (let k = 2; usedIds.has(id) || /^par\d+$/.test(id) || /^text-\d+$/.test(id); k++) id = `${wanted}-${k}`;
    usedIds.add(id);
    return id;
  };
  const sectionAnnotations = annotations?.sections ?? [];
  const usedAnnotations = new Set<number>();
  const annotate = (heading: string | null, defaultId: string): { id?: string; label?: string } => {
    const key = heading === null ? null : headingKey(heading);
    const index = sectionAnnotations.findIndex(
      (a, i) => !usedAnnotations.has(i) && ((a.heading !== undefined && key !== null && headingKey(a.heading) === key) || a.section === defaultId),
    );
    if (index < 0) return {};
    usedAnnotations.add(index);
    const found = sectionAnnotations[index]!;
    return { ...(found.id !== undefined ? { id: found.id } : {}), ...(found.label !== undefined ? { label: found.label } : {}) };
  };

  const sections: Section[] = [];
  const sectionOf: string[] = new Array<string>(drafts.length).fill('');
  const pushSection = (wantedId: string, title: string, kind: SectionKind, heading: string | null, from: number, to: number): void => {
    const note = annotate(heading, wantedId);
    const id = uniqueId(note.id ?? wantedId);
    const anchorsHere = anchors.slice(from, to);
    for (let i = from; i < to; i++) sectionOf[i] = id;
    sections.push({ id, title: note.label ?? title, kind, paragraphs: anchorsHere });
  };

  blocks.forEach((block, blockIndex) => {
    const isLast = blockIndex === blocks.length - 1;
    const headingKind = block.heading ? kindOfHeading(block.heading.title) : null;
    // An inline comment opens the comment section only in the last block (it runs to the end).
    let commentAt = -1;
    if (isLast && headingKind !== 'comment') commentAt = inlineCommentStart(texts, block.from, block.to);
    const splitAt = commentAt >= 0 ? commentAt : block.to;
    if (block.heading === null) {
      if (splitAt > block.from) {
        const holdsSummary = texts.slice(block.from, splitAt).some((t) => SUMMARY_START.test(t) || SUMMARY_END.test(t));
        if (holdsSummary) pushSection('summary', 'Summary', 'summary', null, block.from, splitAt);
        else if (headings.length === 0 && commentAt < 0) pushSection('text', 'Text', 'body', null, block.from, splitAt);
        else pushSection('opening', 'Opening', 'body', null, block.from, splitAt);
      }
    } else {
      const title = block.heading.title.replace(/[:.\s]+$/, '');
      const wantedId = headingKind === 'summary' ? 'summary' : headingKind === 'comment' ? 'comment' : slugify(title);
      if (splitAt > block.from || commentAt < 0) pushSection(wantedId, title, headingKind ?? 'body', block.heading.title, block.from, splitAt);
      else {
        // The heading's own first paragraph opens the comment: the heading titles the comment.
        pushSection('comment', title, 'comment', block.heading.title, block.from, block.to);
        return;
      }
    }
    if (commentAt >= 0) pushSection('comment', 'Comment', 'comment', null, commentAt, block.to);
  });

  sectionAnnotations.forEach((annotation, i) => {
    if (!usedAnnotations.has(i)) {
      const what = annotation.heading !== undefined ? `heading "${annotation.heading}"` : `section "${annotation.section}"`;
      warnings.push({ line: annotation.line, message: `annotations: ${what} matches no section of this cable` });
    }
  });

  const paragraphs: Paragraph[] = drafts.map((draft, i) => ({
    anchor: anchors[i]!,
    number: draft.number,
    section: sectionOf[i]!,
    marking: draft.marking,
    text: texts[i]!,
  }));
  return { paragraphs, sections };
}

/** Index of the paragraph that opens an inline comment in [from, to), or -1. */
function inlineCommentStart(texts: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const text = texts[i]!;
    if (COMMENT_START.test(text)) {
      // A short aside (`Comment: … End Comment.`) followed by more reporting is not the comment section.
      const closesHere = /\bend\s+comments?\b/i.test(text);
      if (closesHere && i + 1 < to && !texts.slice(i + 1, to).every((t) => COMMENT_START.test(t) || t.length < 400)) continue;
      return i;
    }
  }
  for (let i = from; i < to; i++) {
    const text = texts[i]!;
    const end = text.length > 60 ? text.slice(-60) : text;
    if (COMMENT_END.test(end) || LONE_END.test(end)) {
      if (SUMMARY_START.test(text)) continue;
      return i;
    }
  }
  return -1;
}
