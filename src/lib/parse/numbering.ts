/** Whether a paragraph number at a line's start opens the next paragraph: sequence first, then the line's context. */
import type { ParseWarning } from '../types.ts';
import type { ParagraphStart } from './body-lines.ts';

/** What the reader knows of the lines before, for judging a number. */
export interface NumberingContext {
  /** The last accepted paragraph number (0 before the first). */
  lastNumber: number;
  /** The line before was blank (or a rule). */
  previousBlank: boolean;
  /** A heading came just before. */
  previousWasHeading: boolean;
  /** The text of the last text line ('' after furniture). */
  previousText: string;
  /** The last accepted number was written `N)`. */
  bracketStyle: boolean;
}

/**
 * Does the paragraph number fit here? Warnings say why an unexpected number was accepted
 * (a gap, a repeat, the author's misnumbering, a partial extract starting late).
 */
export function acceptNumber(start: ParagraphStart, context: NumberingContext, line: number, warnings: ParseWarning[]): boolean {
  const { lastNumber: last, previousBlank } = context;
  const n = start.number;
  const strong = start.pilcrow || start.marking !== null;
  if (!plausibleStart(start, context, strong)) return false;
  const sentenceBefore = previousBlank || context.previousWasHeading || context.previousText === '' || /[.:;!?"”’)\]]$/u.test(context.previousText);
  // The next number in sequence, starting a sentence, is a paragraph even when the previous one
  // ended oddly (a redaction, a dash); a wrapped number rarely fits the sequence that exactly.
  if (n === last + 1 && last > 0) return true;
  if (!strong && !sentenceBefore) return false;
  if (n === last + 1) return true;
  // A partial extract may start anywhere: a first number with ¶ and marking is trusted.
  if (last === 0 && n >= 1 && (n <= 3 ? strong || previousBlank : start.marking !== null && previousBlank) && n < 100) {
    warnings.push({ line, message: `paragraph numbering starts at ${n}` });
    return true;
  }
  // `¶8. (U)` after a garbled line (09USEUBRUSSELS948): a marking and one number skipped are enough.
  if (n > last + 1 && n <= last + 3 && (strong || previousBlank) && (sentenceBefore || (start.marking !== null && n === last + 2))) {
    const missing = last + 1 === n - 1 ? `paragraph ${last + 1} missing` : `paragraphs ${last + 1}-${n - 1} missing`;
    warnings.push({ line, message: `${missing} between ${last} and ${n}` });
    return true;
  }
  if (n === last && start.marking !== null && previousBlank) {
    warnings.push({ line, message: `paragraph ${n} repeated` });
    return true;
  }
  // The author's own misnumbering (06LAPAZ3400 goes 14, 12): ¶, marking and a blank line before
  // make it a paragraph all the same.
  if (n < last && n > 0 && start.marking !== null && previousBlank) {
    warnings.push({ line, message: `paragraph ${n} out of sequence after ${last}` });
    return true;
  }
  return false;
}

/** The shape of the start alone: `N)` lists and lower-case text after a bare number are no paragraphs. */
function plausibleStart(start: ParagraphStart, context: NumberingContext, strong: boolean): boolean {
  // `4) Iran` is a list item in a cable whose paragraphs are `N.`: `N)` paragraphs need a marking
  // or a cable that numbers them that way from the start.
  if (start.bracket && start.marking === null && !(context.previousBlank && (context.lastNumber === 0 || context.bracketStyle))) return false;
  const capitalStart = start.rest === '' || /^(?:["“'‘(A-Z0-9]|[xX]{4})/u.test(start.rest.trimStart());
  return strong || capitalStart;
}
