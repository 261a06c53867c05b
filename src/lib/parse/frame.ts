/**
 * What surrounds the cable in a published copy: the news site's title line and footer (publisher
 * furniture, never cable text) and alx/cablegate's five metadata lines.
 */
import { monthNumber } from '../months.ts';
import { ALX_DATE, ALX_REFERENCE, SCOOP_FOOTER, SCOOP_TITLE } from '../patterns.ts';
import { CLASSIFICATIONS, type Cable } from '../types.ts';
import { collapse } from './text.ts';

/** The cable's part of the input's lines, and what the furniture around it says. */
export interface Frame {
  /** Index of the first line of the cable (after blank lines and the title line). */
  start: number;
  /** Index after the cable's last line (the footer's first line, or the end). */
  end: number;
  /** The subject as the news site's title line gives it. */
  scoopSubject: string | null;
  /** alx/cablegate's metadata lines, when the file starts with them. */
  alx: AlxFacts | null;
}

export interface AlxFacts {
  reference: string;
  subject: string | null;
  date: string | null;
  classification: Cable['classification'];
  origin: string | null;
}

/** Finds the cable inside the input's lines. */
export function readFrame(lines: string[]): Frame {
  const end = footerStart(lines);
  let start = 0;
  while (start < end && lines[start]!.trim() === '') start++;
  const title = start < end ? SCOOP_TITLE.exec(lines[start]!) : null;
  if (title) start++;
  return { start, end, scoopSubject: title ? collapse(title[1]!) : null, alx: readAlxLines(lines, start, end) };
}

/** The news site's footer line (`© Scoop Media`), or the end. */
function footerStart(lines: string[]): number {
  // Only a text with a © can have the footer: the common case costs one scan per line at most.
  if (!lines.some((line) => line.includes('©'))) return lines.length;
  const at = lines.findIndex((line) => SCOOP_FOOTER.test(line));
  return at < 0 ? lines.length : at;
}

/** alx/cablegate's lines: reference id, subject, date (`Thu Feb 19 …  2004`), classification, origin. */
function readAlxLines(lines: string[], start: number, end: number): AlxFacts | null {
  if (end - start < 5) return null;
  const reference = ALX_REFERENCE.exec(lines[start]!.trim());
  const date = ALX_DATE.exec(lines[start + 2]!.trim());
  if (!reference || !date) return null;
  const month = monthNumber(date[1]!);
  const classification = lines[start + 3]!.trim().toUpperCase();
  return {
    reference: reference[1]!,
    subject: collapse(lines[start + 1]!) || null,
    date: month ? `${date[3]}-${month}-${date[2]}` : null,
    classification: CLASSIFICATIONS.find((k) => k === classification) ?? null,
    origin: collapse(lines[start + 4]!) || null,
  };
}
