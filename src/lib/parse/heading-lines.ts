/**
 * Headings found by their place among the body's lines: alone between blank lines before the next
 * paragraph, straight between two paragraph lines, or just above an underline.
 */
import { LEADING_RULE, PAGE_HEADER, RULE_LINE } from '../patterns.ts';
import { matchParagraphStart, type BodyView } from './body-lines.ts';
import type { DraftParagraph } from './drafts.ts';
import { isAnyHeading, isHeadingText, isShortHeading } from './heading-text.ts';

const isBlank = (view: BodyView, index: number): boolean => view.at(index)!.text.trim() === '';

/** A heading line with the next paragraph (¶ or marking) on the next line, or after one more heading line. */
export function isHeadingBetweenLines(view: BodyView, index: number, lastNumber: number): boolean {
  if (!isAnyHeading(view.at(index)!.text)) return false;
  for (let k = index + 1, headingsSeen = 1; k < view.length; k++) {
    const next = view.at(k)!.text;
    if (next.trim() === '' || PAGE_HEADER.test(next)) continue;
    const start = matchParagraphStart(next);
    if (start !== null) return start.number > lastNumber && start.number <= lastNumber + 3 && (start.pilcrow || start.marking !== null);
    if (headingsSeen > 1 || !isAnyHeading(next)) return false;
    headingsSeen++;
  }
  return false;
}

/**
 * Sentence case (`Domestic political perspective`, 10ASTANA251): only a short line alone between
 * blank lines with the next paragraph number right after; a second such heading may follow
 * (`Military/defense perspective` / `Ministry of defense`).
 */
function isSentenceCaseHeading(view: BodyView, index: number, lastNumber: number): boolean {
  const next = view.at(index + 1);
  if (!isShortHeading(view.at(index)!.text) || next === undefined || next.text.trim() !== '') return false;
  let k = index + 1;
  for (let headingsSeen = 1; ; headingsSeen++) {
    while (k < view.length && isBlank(view, k)) k++;
    if (k >= view.length) return false;
    const start = matchParagraphStart(view.at(k)!.text);
    if (start !== null) return start.number === lastNumber + 1 && (start.pilcrow || start.marking !== null);
    if (headingsSeen > 1 || !isShortHeading(view.at(k)!.text) || view.at(k + 1)?.text.trim() !== '') return false;
    k++;
  }
}

/** A capital or title-case line alone between blank lines, with a numbered paragraph next. */
export function isBareHeading(view: BodyView, index: number, lastNumber: number, paragraphCount: number): boolean {
  const text = view.at(index)!.text;
  if (!isHeadingText(text, true)) return isSentenceCaseHeading(view, index, lastNumber);
  // Straight on the next line may only come a rule or the next paragraph (`AS WELL AS ERRATIC DECISIONS` / `¶9. …`).
  const next = view.at(index + 1);
  if (next !== undefined && next.text.trim() !== '' && !RULE_LINE.test(next.text)) {
    const start = matchParagraphStart(next.text);
    if (start === null || start.number !== lastNumber + 1) return false;
  }
  let j = index + 1;
  // Blank lines and a page break may sit between the heading and its first paragraph.
  while (j < view.length && (isBlank(view, j) || PAGE_HEADER.test(view.at(j)!.text))) j++;
  if (j >= view.length) return false;
  const following = view.at(j)!.text;
  if (RULE_LINE.test(following) || LEADING_RULE.test(following)) return true;
  const start = matchParagraphStart(following);
  if (start !== null) return start.number === lastNumber + 1 || (start.number > lastNumber && start.number <= lastNumber + 3);
  // A cable without numbered paragraphs: a heading before unnumbered text.
  return lastNumber === 0 && paragraphCount > 0 && /^[A-Z\s]+:?$/.test(text.trim()) && text.trim().split(/\s+/).length <= 8;
}

/**
 * A heading wrapped over two lines, alone between blank lines, with the next paragraph (¶ or
 * marking) after it: `PARLIAMENTARY ELECTIONS IN EARLY SUMMER, CONCERNS ABOUT` / `OPPOSITION TACTICS`
 * (06SKOPJE118).
 */
export function isTwoLineHeading(view: BodyView, index: number, lastNumber: number): boolean {
  const first = view.at(index)!.text.trim();
  const second = view.at(index + 1)?.text.trim() ?? '';
  if (second === '' || !isHeadingText(first, true) || !isHeadingText(second, false) || !isHeadingText(`${first} ${second}`, true)) return false;
  let k = index + 2;
  if (view.at(k) !== undefined && !isBlank(view, k)) return false;
  while (k < view.length && isBlank(view, k)) k++;
  const start = k < view.length ? matchParagraphStart(view.at(k)!.text) : null;
  return start !== null && start.number === lastNumber + 1 && (start.pilcrow || start.marking !== null);
}

/** Is the rule at `index` the overline of a heading right below it (rule, short line, rule)? */
function isOverline(view: BodyView, index: number): boolean {
  const heading = view.at(index + 1);
  const after = view.at(index + 2);
  return heading !== undefined && after !== undefined && isHeadingText(heading.text, false) && RULE_LINE.test(after.text);
}

/** The last non-blank line's text before `index`, or null. */
export function previousNonBlankText(view: BodyView, index: number): string | null {
  for (let i = index - 1; i >= 0; i--) if (!isBlank(view, i)) return view.at(i)!.text.trim();
  return null;
}

/** A heading found before a rule: its text, first line, how many lines it spans, and how many
 * furniture lines (a page header) sit between it and the rule. */
export interface PendingHeading {
  text: string;
  line: number;
  lines: number;
  after: number;
}

/** The short line(s) just before the underline at `index` (after a blank line), if they read as a heading. */
export function pendingHeadingBefore(view: BodyView, index: number, current: DraftParagraph | null): PendingHeading | null {
  if (isOverline(view, index)) return null;
  let i = index - 1;
  while (i >= 0 && isBlank(view, i)) i--;
  // A page break between a heading and its rule (`Battle Lines in Peacetime` / `MOSCOW 00005645 …` / `---`).
  let after = 0;
  if (i >= 0 && PAGE_HEADER.test(view.at(i)!.text)) {
    after = 1;
    i--;
    while (i >= 0 && isBlank(view, i)) i--;
  }
  if (i < 0) return null;
  const candidate = view.at(i)!;
  if (!isHeadingText(candidate.text, false) || RULE_LINE.test(candidate.text)) return null;
  // A page break between them is held by the reader, never in the paragraph's parts.
  if (current !== null && current.parts[current.parts.length - 1] !== candidate.text.trim()) return null;
  const before = i - 1 >= 0 ? view.at(i - 1)!.text.trim() : '';
  if (before === '' || RULE_LINE.test(before)) return { text: candidate.text.trim(), line: candidate.line, lines: 1, after };
  if (after > 0) return null;
  return wrappedHeading(view, i, current) ?? headingAfterParagraphLine(candidate.text, candidate.line, before);
}

/** A heading wrapped over two lines, both capitals or title case, after a blank line. */
function wrappedHeading(view: BodyView, i: number, current: DraftParagraph | null): PendingHeading | null {
  const candidate = view.at(i)!;
  const first = view.at(i - 1)!;
  const beforeFirst = i - 2 >= 0 ? view.at(i - 2)!.text.trim() : '';
  const joined = `${first.text.trim()} ${candidate.text.trim()}`;
  if (
    (beforeFirst === '' || RULE_LINE.test(beforeFirst)) &&
    // The second line may start in lower case (`Infighting and Confusion Driving` / `the Nuclear Issue`).
    isHeadingText(first.text, true) && isHeadingText(candidate.text, false) && isHeadingText(joined, true) &&
    current !== null && current.parts[current.parts.length - 2] === first.text.trim()
  ) {
    return { text: joined, line: first.line, lines: 2, after: 0 };
  }
  return null;
}

/**
 * Right after text: one-paragraph-per-line input puts a heading straight under its paragraph.
 * Only after a whole paragraph line that ends a sentence (not `Participants:` / `United States` /
 * `---`, items of a list), and only a title-case line. `END SUMMARY.`, `End Comment)`, `(J&K).`,
 * a lone `.` line (06SEOUL2238), `END SUMMARY` without its stop (08LONDON797) and a redaction
 * line (07KUWAIT808) end a paragraph too.
 */
function headingAfterParagraphLine(text: string, line: number, before: string): PendingHeading | null {
  if (!/(?:[A-Za-z0-9)]{2}[.!?]["”’)]?|^\.|\bend\s+(?:comment|note|summary)\)?|[xX]{4,})$/iu.test(before)) return null;
  if (!isAnyHeading(text)) return null;
  return { text: text.trim(), line, lines: 1, after: 0 };
}
