/**
 * The body's lines and what a single line can be: telegram furniture (page header, SIPDIS line,
 * repeated classification line) or the start of a numbered paragraph.
 */
import { CLASSIFICATION_LINE, LOWER_CASE_MARKING, MARKING, PAGE_HEADER, PARAGRAPH_START, SIPDIS_LINE } from '../patterns.ts';
import { collapse } from './text.ts';

/** One line of the body, with its 1-based line number in the input. */
export interface BodyLine {
  line: number;
  text: string;
}

/** Read access to the body's lines by index, for the look-ahead and look-back of the rules. */
export interface BodyView {
  at(index: number): BodyLine | undefined;
  readonly length: number;
}

/**
 * The body's lines as the reader goes through them. A line that holds two paragraphs (one
 * paragraph per line: `… with the U.S. 8. (U) The …`) is read as two: `divide` replaces the
 * current line by its first part and puts the rest next in line. Lines already read never change.
 */
export class BodyCursor implements BodyView {
  /** Lines read so far; the last one is the current line. */
  private readonly read: BodyLine[] = [];
  /** Lines still to read, the next one last. */
  private readonly ahead: BodyLine[];

  constructor(lines: readonly BodyLine[]) {
    this.ahead = [...lines].reverse();
  }

  get length(): number {
    return this.read.length + this.ahead.length;
  }

  /** Index of the current line. */
  get index(): number {
    return this.read.length - 1;
  }

  at(index: number): BodyLine | undefined {
    if (index < 0) return undefined;
    if (index < this.read.length) return this.read[index];
    return this.ahead[this.ahead.length - 1 - (index - this.read.length)];
  }

  /** Moves to the next line; false at the end. */
  advance(): boolean {
    const next = this.ahead.pop();
    if (next === undefined) return false;
    this.read.push(next);
    return true;
  }

  /** The current line becomes `first`; `rest` is read next. `consumeNext` also replaces the next line. */
  divide(first: BodyLine, rest: BodyLine, consumeNext = false): void {
    this.read[this.read.length - 1] = first;
    if (consumeNext) this.ahead.pop();
    this.ahead.push(rest);
  }
}

/** What kind of telegram furniture a body line is. */
export type FurnitureKind = 'page header' | 'SIPDIS line' | 'classification line';

/** Body lines that are telegram furniture inside the text: page headers, repeated classification lines, SIPDIS. */
export function furnitureKind(text: string): FurnitureKind | null {
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

/** A paragraph number at a line's start, with what follows it. */
export interface ParagraphStart {
  number: number;
  marking: string | null;
  rest: string;
  pilcrow: boolean;
  bracket: boolean;
  /** The number was written twice (`¶1. 1.`); the copy is dropped from the text. */
  doubled: boolean;
}

/** A portion marking at the start of `text` (`(C)`, `(S//NF)`; lower case only where `lowerCase`). */
export function readMarking(text: string, lowerCase: boolean): { marking: string; rest: string } | null {
  const mark = MARKING.exec(text) ?? (lowerCase ? LOWER_CASE_MARKING.exec(text) : null);
  return mark ? { marking: collapse(mark[1]!), rest: text.slice(mark[0].length) } : null;
}

export function matchParagraphStart(text: string): ParagraphStart | null {
  const m = PARAGRAPH_START.exec(text);
  if (!m) return null;
  const digits = m[2]!;
  if (digits.length > 1 && digits.startsWith('0')) return null;
  const first = readMarking(m[4]!, true);
  let marking = first?.marking ?? null;
  let rest = first?.rest ?? m[4]!;
  // `¶1. 1. (SBU)`: the number written twice (WikiLeaks' ¶ before an already numbered line).
  const again = marking === null ? new RegExp(`^${digits}\\.\\s+`).exec(rest) : null;
  if (again) {
    rest = rest.slice(again[0].length);
    const second = readMarking(rest, false);
    if (second) ({ marking, rest } = second);
  }
  return { number: Number(digits), marking, rest, pilcrow: m[1] !== undefined, bracket: m[3] === ')', doubled: again !== null };
}

/** Where the paragraph number `expected`, with a portion marking, starts inside a line after a sentence end or colon; -1 if nowhere. */
export function innerParagraphStart(text: string, expected: number): number {
  const digits = String(expected);
  for (let at = text.indexOf(`${digits}. (`); at > 0; at = text.indexOf(`${digits}. (`, at + 1)) {
    if (!/[.!?:"”)]\s+$/u.test(text.slice(Math.max(0, at - 3), at)) || /\d/.test(text[at - 1] ?? '')) continue;
    const rest = text.slice(at + digits.length + 2);
    const mark = MARKING.exec(rest);
    if (mark && /^["“A-Z]/u.test(rest.slice(mark[0].length))) return at;
  }
  return -1;
}
