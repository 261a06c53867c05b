/**
 * Headings WikiLeaks joined to the end of the paragraph before (one paragraph per line, or text
 * re-wrapped): `… TRIPS compliant. Treaty Ratification`.
 */
import type { DraftParagraph } from './drafts.ts';
import { isHeadingText } from './heading-text.ts';

/** The title-case words after the last sentence of a text line (`… End Summary. First Lady Preparing for 2011`). */
export function gluedHeadingTail(line: string): string | null {
  // The sentence end must not be an initial (`Daniel L. Shields`). A heading is short: only the
  // line's last 160 characters are searched, which keeps long lines linear.
  const end = line.length > 160 ? line.slice(-160) : line;
  const m = /(?:[a-z0-9]{2}[.!?]|[.!?]?[)"”’\]])\s+([A-Z"“][^.!?]*?(?:\.\.\.)?)$/u.exec(end);
  if (!m) return null;
  const tail = m[1]!;
  if (tail.split(/\s+/).length > 12 || !isHeadingText(tail.replace(/\.\.\.$/, ''), true)) return null;
  return tail;
}

/** Takes a glued heading off the last part of `paragraph`; returns it, or null when there is none. */
export function takeGluedTail(paragraph: DraftParagraph): string | null {
  const last = paragraph.parts[paragraph.parts.length - 1];
  const tail = last === undefined ? null : gluedHeadingTail(last);
  if (last === undefined || tail === null) return null;
  paragraph.parts[paragraph.parts.length - 1] = last.slice(0, last.length - tail.length).trimEnd();
  return tail;
}

/**
 * Takes a heading glued to the end of a paragraph off its last line, or its last two when the
 * text was re-wrapped; returns the heading or null.
 */
export function splitGluedTail(paragraph: DraftParagraph): string | null {
  const tail = takeGluedTail(paragraph);
  if (tail !== null) return tail;
  const parts = paragraph.parts;
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  if (last === undefined || before === undefined) return null;
  const joined = `${before} ${last}`;
  const wrappedTail = gluedHeadingTail(joined);
  // Across a line break only after a full stop (`… significant. Patents ) No Recovery` / `Expected Soon`),
  // never after a bracket (`(1 Month before Review)` / `May 7-16, 2012 4th Review Meeting`).
  if (wrappedTail === null || wrappedTail.length <= last.length) return null;
  const kept = joined.slice(0, joined.length - wrappedTail.length);
  if (!/[a-z0-9]{2}[.!?]["”’]?\s+$/u.test(kept)) return null;
  paragraph.parts = [...parts.slice(0, -2), kept.trimEnd()];
  return wrappedTail;
}
