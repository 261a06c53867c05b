/**
 * The signature and the telegram trailer: a lone name on the last line (`GNEHM`), the name twice
 * (`MOLLER` / `Moller`), or a name glued after the last sentence; `NNNN`, `End Cable Text` and
 * archive lines after it stay with it.
 */
import { PARAGRAPH_START, RULE_LINE, TRAILER_LINE } from '../patterns.ts';
import type { ParseWarning } from '../types.ts';

/** Words that are never a signature even when alone on the last line. */
const NOT_A_SIGNATURE = new Set([
  'END', 'COMMENT', 'SUMMARY', 'NOTE', 'TEXT', 'SIPDIS', 'NOFORN', 'UNCLASSIFIED', 'CONFIDENTIAL',
  'SECRET', 'UNCLAS', 'BT', 'NNNN', 'USG', 'GOB', 'GOI', 'EXDIS', 'NODIS', 'SENSITIVE',
]);

/**
 * A name glued after the last sentence or web address: `… cleared this cable. PETTIT`, `… Dark
 * Side.” Stroum`, `… london/index. cfm TUTTLE`; also after `END COMMENT` without its full stop
 * (09ROME1187), after a row of asterisks (05TELAVIV1580), after `End of Part One` (09PRETORIA939),
 * with a first name of two letters (`LA LIME`, 09PRETORIA954).
 */
const GLUED_NAME = /(?:[.!?"”)]|\bcfm|\.html?|\/|\bEND COMMENT|\*{3,}|\b(?:End of Part|END OF PART) [A-Za-z]+)\s+([A-Z][A-Z'’-]{1,}(?:\s[A-Z][A-Z'’-]{2,})?|[A-Z][a-z][A-Za-z'’-]+)$/u;
/** A name in capitals: `GNEHM`, `LA LIME`, `CROCKER, R.`. */
const NAME_IN_CAPITALS = /^[A-Z][A-Z'’.-]+(?:[ ,]+[A-Z][A-Z'’.-]*)*$/u;
/** A name in title case: `Stapleton`, `Thompson-Jones`. */
const NAME_IN_TITLE_CASE = /^[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,2}$/u;
/** What may end the line before a title-case name: a sentence end, a web address, a redaction. */
const ENDS_BEFORE_NAME = /(?:[.!?"”)]|\bcfm|\.html?|\/|[xX]{4,})$/u;

/** Where the body ends and who signed. */
export interface SignatureFacts {
  /** Index after the body's last line (before the signature line and the trailer). */
  bodyEnd: number;
  /** The signature, trailer lines included, when it stands on its own line(s). */
  signature: string | null;
  /** A name glued to the end of the last body line: the reader takes it off the last paragraph. */
  gluedSignature: string | null;
}

/** Reads the signature between `bodyStart` and `end`; the trailer is reported in `warnings`. */
export function readSignature(lines: string[], bodyStart: number, end: number, warnings: ParseWarning[]): SignatureFacts {
  const textEnd = skipBlankBack(lines, end, bodyStart);
  const trailer = readTrailer(lines, bodyStart, textEnd);
  const found = readName(lines, bodyStart, trailer.bodyEnd);
  if (trailer.lines.length === 0) return found;
  if (found.signature === null) {
    // No signature above the trailer: it stays where it is, in the text.
    return { bodyEnd: textEnd, signature: null, gluedSignature: null };
  }
  warnings.push({ line: trailer.firstLine, message: `telegram trailer after the signature kept with it: "${trailer.lines.join(' ')}"` });
  return { ...found, signature: `${found.signature} ${trailer.lines.join(' ')}` };
}

function skipBlankBack(lines: string[], end: number, floor: number): number {
  let at = end;
  while (at > floor && lines[at - 1]!.trim() === '') at--;
  return at;
}

/** Telegram and archive trailer lines at the end, in the input's order. */
function readTrailer(lines: string[], bodyStart: number, end: number): { lines: string[]; firstLine: number; bodyEnd: number } {
  const trailer: string[] = [];
  let bodyEnd = end;
  let firstLine = 0;
  while (bodyEnd > bodyStart && TRAILER_LINE.test(lines[bodyEnd - 1]!)) {
    trailer.unshift(lines[bodyEnd - 1]!.trim());
    firstLine = bodyEnd;
    bodyEnd = skipBlankBack(lines, bodyEnd - 1, bodyStart);
  }
  return { lines: trailer, firstLine, bodyEnd };
}

/** The name on the last line(s) before `bodyEnd`, or glued to it. */
function readName(lines: string[], bodyStart: number, bodyEnd: number): SignatureFacts {
  const none: SignatureFacts = { bodyEnd, signature: null, gluedSignature: null };
  if (bodyEnd <= bodyStart) return none;
  // `CIANCHETTE .` (08SANJOSE882): a stray full stop after the name.
  const last = lines[bodyEnd - 1]!.trim().replace(/\s+\.$/, '');
  const previous = previousNonBlank(lines, bodyEnd - 1, bodyStart);
  if (isSignatureLine(last, previous)) return { bodyEnd: bodyEnd - 1, signature: last, gluedSignature: null };
  const beforePrevious = previous === null ? null : previousNonBlank(lines, bodyEnd - 2, bodyStart);
  // The name twice, in capitals and then as written (`MOLLER` / `Moller`, 09CONAKRY797).
  if (previous !== null && previous !== '' && previous.toUpperCase() === last.toUpperCase() && isSignatureLine(previous, beforePrevious)) {
    return { bodyEnd: bodyEnd - 2, signature: `${previous} ${last}`, gluedSignature: null };
  }
  const glued = GLUED_NAME.exec(last.slice(-80));
  if (glued && !PARAGRAPH_START.test(glued[1]!) && !glued[1]!.split(/\s/).some((w) => NOT_A_SIGNATURE.has(w.toUpperCase()))) {
    return { ...none, gluedSignature: glued[1]! };
  }
  return none;
}

/** The line before `index`: its text, '' when a blank line or a rule separates them, null when there is none. */
function previousNonBlank(lines: string[], index: number, floor: number): string | null {
  for (let i = index - 1; i >= floor; i--) {
    if (lines[i]!.trim() !== '') return i === index - 1 && !RULE_LINE.test(lines[i]!) ? lines[i]!.trim() : '';
  }
  return null;
}

/** A lone name on the last line. `previous` is the line before (see `previousNonBlank`). */
function isSignatureLine(line: string, previous: string | null): boolean {
  if (previous === null || line.length > 40 || PARAGRAPH_START.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 3 || words.some((w) => NOT_A_SIGNATURE.has(w.toUpperCase().replace(/\W/g, '')))) return false;
  if (NAME_IN_CAPITALS.test(line)) return true;
  if (!NAME_IN_TITLE_CASE.test(line)) return false;
  // A title-case name only after the end of a sentence, a web address or a redaction (never
  // after a wrapped line such as `… the Government of` / `Colombia`).
  return previous === '' || ENDS_BEFORE_NAME.test(previous) || /https?:\/\/|www\./.test(previous);
}
