/**
 * Reads the body line by line into draft paragraphs and headings. A numbered paragraph runs until
 * the next paragraph number that fits the sequence, or a heading; blank lines inside it (lists,
 * quoted texts) do not end it. Unnumbered text is split at blank lines.
 */
import { DASHED_HEADING, INLINE_PAGE_HEADER, LEADING_RULE, MARKING, PARAGRAPH_START, POST_WEBSITE_LINE, RULE_LINE, TRAILING_RULE } from '../patterns.ts';
import type { ParseWarning } from '../types.ts';
import { BodyCursor, furnitureKind, innerParagraphStart, matchParagraphStart, readMarking, type BodyLine, type ParagraphStart } from './body-lines.ts';
import type { DraftArtifact, DraftHeading, DraftParagraph } from './drafts.ts';
import { splitGluedTail, takeGluedTail } from './glued-headings.ts';
import { isBareHeading, isHeadingBetweenLines, isTwoLineHeading, pendingHeadingBefore, previousNonBlankText, type PendingHeading } from './heading-lines.ts';
import { DASH_BULLET, isHeadingText, SLASH_FRAMED } from './heading-text.ts';
import { acceptNumber, type NumberingContext } from './numbering.ts';
import { collapse } from './text.ts';

export interface BodyReading {
  paragraphs: DraftParagraph[];
  headings: DraftHeading[];
  artifacts: DraftArtifact[];
}

/** Reads the body lines (see the module comment); what looks odd goes to `warnings`. */
export function readBody(lines: readonly BodyLine[], warnings: ParseWarning[]): BodyReading {
  return new BodyReader(lines, warnings).read();
}

/** A row of asterisks only. */
const ASTERISKS = /^[\s*]+$/;
/** A line with a run of dashes, equals signs or underscores: only such lines can hold a rule. */
const MAY_HOLD_RULE = /---|===|___|- - -/;

/** The reader's state lives in its fields; each method handles one kind of line. */
class BodyReader {
  private readonly cursor: BodyCursor;
  private readonly warnings: ParseWarning[];
  private readonly paragraphs: DraftParagraph[] = [];
  private readonly headings: DraftHeading[] = [];
  /** The paragraph being read, not yet in `paragraphs`. */
  private current: DraftParagraph | null = null;
  private readonly numbering: NumberingContext = { lastNumber: 0, previousBlank: true, previousWasHeading: false, previousText: '', bracketStyle: false };
  /** The next item number of a numbered list quoted inside the current paragraph (0: none). */
  private listNext = 0;
  /**
   * Page headers and SIPDIS lines waiting for what follows: when the current paragraph's text goes
   * on after them, they interrupt it and stay in its text; otherwise they stand between
   * paragraphs and are set apart as artifacts.
   */
  private held: BodyLine[] = [];
  private readonly artifacts: DraftArtifact[] = [];

  constructor(lines: readonly BodyLine[], warnings: ParseWarning[]) {
    this.cursor = new BodyCursor(lines);
    this.warnings = warnings;
  }

  read(): BodyReading {
    while (this.cursor.advance()) this.readLine();
    this.close();
    return { paragraphs: this.paragraphs, headings: this.headings, artifacts: this.artifacts };
  }

  private readLine(): void {
    const { line, text: raw } = this.cursor.at(this.cursor.index)!;
    if (raw.trim() === '') return this.readBlank();
    let text = this.readRules(raw, line);
    if (text === null) return;
    if (furnitureKind(text) !== null) return this.readFurniture(text, line);
    const inlinePage = text.length > 60 && /\d{8}\s+\d{3}/.test(text) ? INLINE_PAGE_HEADER.exec(text) : null;
    if (inlinePage) this.warnings.push({ line, message: `page header inside the line kept in place: "${inlinePage[1]}"` });
    text = this.divideLine(text, line);
    const start = matchParagraphStart(text);
    if (start !== null && this.readParagraphStart(start, line)) return;
    text = this.dropStrayPilcrow(text, start, line);
    if (this.readHeadingLine(text, line)) return;
    if (this.current !== null && /\bSIPDIS\b/.test(text)) this.warnings.push({ line, message: 'SIPDIS stuck into the text kept in place' });
    if (this.opensPostWebsite(text)) this.close();
    this.addText(text, line);
    this.numbering.previousBlank = false;
    this.numbering.previousWasHeading = false;
    this.numbering.previousText = text.trim();
  }

  /**
   * The post's web site line is a paragraph of its own, not the end of the one before; so is the
   * row of asterisks that may open it (05TELAVIV1580, 07RABAT1229).
   */
  private opensPostWebsite(text: string): boolean {
    const next = this.cursor.at(this.cursor.index + 1)?.text ?? '';
    if (ASTERISKS.test(text)) return POST_WEBSITE_LINE.test(next);
    const openedByAsterisks = this.current?.number === null && this.current.parts.every((part) => ASTERISKS.test(part));
    return POST_WEBSITE_LINE.test(text) && !openedByAsterisks;
  }

  private readBlank(): void {
    if (this.current !== null && this.current.number === null) this.close();
    this.numbering.previousBlank = true;
  }

  /** Rules and dashed headings; returns the text left to read, or null when the line is done. */
  private readRules(raw: string, line: number): string | null {
    let text = raw;
    const hasRule = MAY_HOLD_RULE.test(text);
    // An underline glued to the start of the next text: `------- 5. (U) text`.
    const leading = hasRule ? LEADING_RULE.exec(text) : null;
    if (leading && !RULE_LINE.test(text)) {
      this.headingBeforeRule();
      text = leading[1]!;
    }
    if (hasRule && RULE_LINE.test(text)) {
      // An underline: the text just before it (one short line) is a heading.
      if (!this.headingBeforeRule()) this.numbering.previousBlank = true;
      return null;
    }
    const dashed = text.includes('--') ? DASHED_HEADING.exec(text) : null;
    // `-- Heading --` with two dashes is also how wrapped list items look (`-- Ending … --`): it is a
    // heading only alone between blank lines; longer rules on both sides always make a heading.
    const longRules = dashed !== null && /^\s*-{3,}/.test(text) && /-{3,}\s*$/.test(text);
    const next = this.cursor.at(this.cursor.index + 1);
    const alone = this.numbering.previousBlank && (next === undefined || next.text.trim() === '');
    if (dashed && isHeadingText(dashed[1]!, false) && (longRules || alone)) {
      this.addHeading(dashed[1]!, line);
      return null;
    }
    const trailing = hasRule ? TRAILING_RULE.exec(text) : null;
    if (!trailing) return text;
    if (this.numbering.previousBlank && isHeadingText(trailing[1]!, false) && !matchParagraphStart(trailing[1]!)) {
      this.addHeading(trailing[1]!, line);
      return null;
    }
    // Text with the next heading's overline glued on: keep the words, drop the dashes.
    return trailing[1]!;
  }

  /** A page header, SIPDIS or classification line inside the body. */
  private readFurniture(text: string, line: number): void {
    if (furnitureKind(text) === 'classification line') {
      // A repeated classification line stays in the text of the paragraph it follows.
      this.warnings.push({ line, message: `classification line inside the text kept in place: "${collapse(text)}"` });
      if (this.current === null && this.paragraphs.length > 0 && this.headings.at(-1)?.before !== this.paragraphs.length) this.current = this.paragraphs.pop()!;
      this.addText(text, line);
    } else {
      this.held.push({ line, text: text.trim() });
    }
    this.numbering.previousBlank = false;
    this.numbering.previousText = '';
  }

  /** The held lines interrupt the current paragraph, whose text goes on: they stay in it, in place. */
  private keepHeldInPlace(paragraph: DraftParagraph): void {
    for (const held of this.held) {
      this.warnings.push({ line: held.line, message: `${furnitureKind(held.text)} inside the text kept in place: "${collapse(held.text)}"` });
      paragraph.parts.push(held.text);
    }
    this.held = [];
  }

  /** The held lines stand between paragraphs: artifacts after the last paragraph read. */
  private setHeldApart(): void {
    for (const held of this.held) {
      const kind = furnitureKind(held.text) === 'page header' ? 'page-header' : 'sipdis';
      this.warnings.push({ line: held.line, message: `${furnitureKind(held.text)} between paragraphs set apart: "${collapse(held.text)}"` });
      this.artifacts.push({ line: held.line, kind, text: collapse(held.text), after: this.paragraphs.length - 1 });
    }
    this.held = [];
  }

  /**
   * One paragraph per line: the next paragraph number, with its marking, inside the line after a
   * sentence or a heading (`… with the U.S. 8. (U) The Assistant …`, `ARTICLE 98: 5. (C) A/S …`,
   * 05BRASILIA1130): the line is read as two. Returns the first part.
   */
  private divideLine(text: string, line: number): string {
    if (this.numbering.lastNumber === 0 || text.length <= 40) return text;
    const own = PARAGRAPH_START.exec(text);
    const expected = own !== null ? Number(own[2]) + 1 : this.numbering.lastNumber + 1;
    const inner = innerParagraphStart(text, expected);
    if (inner > 0) {
      this.cursor.divide({ line, text: text.slice(0, inner).trimEnd() }, { line, text: text.slice(inner) });
      return text.slice(0, inner).trimEnd();
    }
    // Re-wrapped text may break between the number and its marking (`… for the U.S. 5.` / `(SBU) Federal …`).
    const next = this.cursor.at(this.cursor.index + 1);
    const suffix = ` ${expected}.`;
    const atEnd = inner < 0 && next !== undefined && text.endsWith(suffix) && /[.!?:"”)]$/u.test(text.slice(0, -suffix.length));
    if (!atEnd || !MARKING.test(next.text.trimStart())) return text;
    const cut = text.length - suffix.length + 1;
    const first = text.slice(0, cut).trimEnd();
    this.cursor.divide({ line, text: first }, { line: next.line, text: `${text.slice(cut)} ${next.text.trimStart()}` }, true);
    return first;
  }

  /** A paragraph number: opens the next paragraph when it fits; returns whether it did. */
  private readParagraphStart(start: ParagraphStart, line: number): boolean {
    // Inside a numbered list quoted in a paragraph (`1. Release …`, `2. …`, `3. …`), the list's next
    // number is an item even when it is also the next paragraph number (07MADRID1952).
    const listItem = this.listNext > 0 && start.number === this.listNext && start.marking === null;
    if (listItem || !acceptNumber(start, this.numbering, line, this.warnings)) {
      if (start.number === 1 && this.numbering.lastNumber > 1) this.listNext = 2;
      else if (listItem) this.listNext++;
      return false;
    }
    this.listNext = 0;
    // One paragraph per line: WikiLeaks joined the next heading to the paragraph's line
    // (`… TRIPS compliant. Treaty Ratification` / `¶16. …`, 03BRASILIA698).
    const glued = this.current !== null && (start.pilcrow || start.marking !== null || this.numbering.previousBlank);
    const tail = glued ? splitGluedTail(this.current!) : null;
    if (tail !== null) {
      const tailLine = this.lineBefore() ?? line;
      this.warnings.push({ line: tailLine, message: `heading glued to the text before it split off: "${tail}"` });
      this.addHeading(tail, tailLine);
    }
    this.close();
    if (start.doubled) this.warnings.push({ line, message: `paragraph number ${start.number} written twice` });
    const rest = start.rest.trim();
    this.current = { number: start.number, marking: start.marking, parts: rest === '' ? [] : [rest], line };
    Object.assign(this.numbering, { lastNumber: start.number, bracketStyle: start.bracket, previousBlank: false, previousWasHeading: false, previousText: start.rest });
    return true;
  }

  /** The input line number of the last non-blank line before the current one. */
  private lineBefore(): number | undefined {
    let back = this.cursor.index - 1;
    while (back > 0 && this.cursor.at(back)!.text.trim() === '') back--;
    return this.cursor.at(back)?.line;
  }

  /** `¶` before a number that is no paragraph number (a wrapped year or amount) is WikiLeaks', not the cable's. */
  private dropStrayPilcrow(text: string, start: ParagraphStart | null, line: number): string {
    if (start?.pilcrow) {
      // `in June of` / `¶2007.`
      const last = this.numbering.lastNumber;
      this.warnings.push({ line, message: `"¶${start.number}." at a line start is not a paragraph number (out of sequence after ${last}); ¶ dropped` });
      return text.replace('¶', '');
    }
    if (start === null && /^\s*¶\s*\d/.test(text)) {
      this.warnings.push({ line, message: `"${collapse(text).slice(0, 8)}" at a line start is not a paragraph number (a wrapped number); ¶ dropped` });
      return text.replace('¶', '');
    }
    return text;
  }

  /** A heading found by its place among the lines; returns whether the line was one. */
  private readHeadingLine(text: string, line: number): boolean {
    const { previousBlank, previousText, lastNumber } = this.numbering;
    const index = this.cursor.index;
    // A capital or title-case line between blank lines, followed by the next paragraph: a heading.
    const paragraphCount = this.paragraphs.length + (this.current ? 1 : 0);
    const bare = previousBlank && !/\bEnd$/i.test(previousText) && isBareHeading(this.cursor, index, lastNumber, paragraphCount);
    // One paragraph per line: a heading line straight between two paragraph lines (08USUNNEWYORK1130).
    const between = !bare && !previousBlank && this.current !== null && /[.!?]["”’)\]]?$/u.test(previousText) && isHeadingBetweenLines(this.cursor, index, lastNumber);
    if (bare || between) this.addHeading(text, line);
    if (bare || between || !previousBlank || /\bEnd$/i.test(previousText) || !isTwoLineHeading(this.cursor, index, lastNumber)) return bare || between;
    // The heading's second line is read with its first.
    this.cursor.advance();
    this.addHeading(`${text.trim()} ${this.cursor.at(index + 1)!.text.trim()}`, line);
    return true;
  }

  /** Ends the current paragraph; what is held now stands after it. */
  private close(): void {
    if (this.current) this.paragraphs.push(this.current);
    this.current = null;
    this.setHeldApart();
  }

  private addHeading(title: string, line: number): void {
    this.close();
    // `//US-SPAIN RELATIONS//` (09MADRID551): the slashes frame the heading.
    // `-Optical Media: …`: the dash sets the heading off; it is not part of the title.
    this.headings.push({ title: collapse(title).replace(SLASH_FRAMED, '$1').replace(DASH_BULLET, ''), line, before: this.paragraphs.length });
    this.numbering.previousWasHeading = true;
    this.numbering.previousBlank = true;
  }

  private addText(text: string, line: number): void {
    if (this.current !== null) {
      this.keepHeldInPlace(this.current);
      this.current.parts.push(text.trim());
      return;
    }
    this.setHeldApart();
    const mark = readMarking(text.trim(), false);
    const rest = mark?.rest ?? text.trim();
    this.current = { number: null, marking: mark?.marking ?? null, parts: rest === '' ? [] : [rest], line };
  }

  /**
   * An underline at the current line: makes a heading of the short line just before it, and of a
   * heading glued to the end of the paragraph before (one-paragraph-per-line input joined the
   * heading's first words to the text: `… End Summary. First Lady Preparing for 2011` / `Election` / `----`).
   */
  private headingBeforeRule(): boolean {
    const index = this.cursor.index;
    // The heading line may sit in an unnumbered paragraph already closed by a blank line.
    const closed = this.current === null ? this.paragraphs[this.paragraphs.length - 1] : undefined;
    const reopen = closed !== undefined && closed.number === null;
    const pending = pendingHeadingBefore(this.cursor, index, this.current ?? (reopen ? closed : null));
    const lastHeading = this.headings[this.headings.length - 1];
    if (pending !== null && lastHeading !== undefined && pending.line === lastHeading.line) {
      this.extendReadHeading(lastHeading);
      return true;
    }
    let title: string | null = null;
    let titleLine = this.cursor.at(index)!.line;
    if (pending !== null) {
      if (this.current === null && reopen) this.current = this.paragraphs.pop()!;
      this.removePendingHeading(pending);
      this.current = null;
      title = pending.text;
      titleLine = pending.line;
    }
    const holder = this.current ?? this.paragraphs[this.paragraphs.length - 1] ?? null;
    const lastPart = holder?.parts[holder.parts.length - 1];
    if (holder && lastPart !== undefined && (pending !== null || previousNonBlankText(this.cursor, index)?.endsWith(lastPart) === true)) {
      const tail = takeGluedTail(holder);
      if (tail !== null) {
        this.warnings.push({ line: titleLine, message: `heading glued to the text before it split off: "${tail}"` });
        title = title === null ? tail : `${tail} ${title}`;
      }
    }
    if (title === null) return false;
    this.addHeading(title, titleLine);
    this.mergeLineByLineHeading();
    return true;
  }

  /** A capital line already read as a heading before its rule: its first words may still be glued on. */
  private extendReadHeading(lastHeading: DraftHeading): void {
    const holder = this.paragraphs[lastHeading.before - 1];
    const tail = holder === undefined ? null : takeGluedTail(holder);
    if (tail !== null) {
      this.warnings.push({ line: lastHeading.line, message: `heading glued to the text before it split off: "${tail}"` });
      lastHeading.title = `${tail} ${lastHeading.title}`;
    }
    this.mergeLineByLineHeading();
  }

  /** Takes the heading's lines back out of the paragraph they were first read into. (A page break
   * between the heading and its rule is still held: it is set apart before the heading.) */
  private removePendingHeading(heading: PendingHeading): void {
    const current = this.current;
    if (current === null) return;
    current.parts = current.parts.slice(0, current.parts.length - heading.lines);
    if (current.parts.length > 0 || current.number !== null) this.paragraphs.push(current);
  }

  /**
   * A heading underlined line by line (`Minister of Foreign and European` / `---` / `Affairs ) Bernard
   * Kouchner` / `---`, 07PARIS2027): the last heading, straight under the one before's rule with no
   * text between, continues it.
   */
  private mergeLineByLineHeading(): void {
    const last = this.headings[this.headings.length - 1];
    const before = this.headings[this.headings.length - 2];
    if (last === undefined || before === undefined || before.before !== last.before || last.line !== before.line + 2) return;
    // Only a title that reads on (`… Finance and` / `Employment -- …`, `…` / `) Roselyn Bachelot`), not a subheading.
    const namesSomeone = /(?:^|\s)(?:\)|--)\s/;
    const readsOn = /^[a-z)]/.test(last.title) || /(?:\band|\bof|\bfor|\bthe|,)$/.test(before.title) || (namesSomeone.test(last.title) && !namesSomeone.test(before.title));
    if (!readsOn || !RULE_LINE.test(this.lineText(before.line + 1))) return;
    before.title = collapse(`${before.title} ${last.title}`);
    this.headings.pop();
  }

  /** The text of input line `line` among the body lines read so far ('' when there is none). */
  private lineText(line: number): string {
    for (let i = 0; i < this.cursor.length; i++) if (this.cursor.at(i)!.line === line) return this.cursor.at(i)!.text;
    return '';
  }
}
