/**
 * Text hygiene shared by the decoder and the parser: line breaks as LF, and no control
 * characters, which must never reach the JSON, the HTML or the search index.
 */

/**
 * Every line break Unicode makes mandatory: CRLF, CR, NEL (U+0085), vertical tab, form feed,
 * line separator (U+2028) and paragraph separator (U+2029). All become LF.
 */
const LINE_BREAK = /\r\n?|[\u0085\u000b\u000c\u2028\u2029]/g;
/** Quick test before the replace: most files have none of these. */
const HAS_LINE_BREAK_OTHER_THAN_LF = /[\r\u0085\u000b\u000c\u2028\u2029]/;

/**
 * Control characters a cable never carries: C0 controls other than tab and LF, DEL, C1 controls,
 * and the noncharacters U+FFFE and U+FFFF (run after LINE_BREAK, so CR, VT, FF and NEL are gone).
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufffe\uffff]/g;
/** The same without LF: what counts as a control character when telling text from binary. */
const CONTROL_NOT_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;
/** CONTROL_NOT_LF for a test (a non-global regex keeps no state between calls). */
const HAS_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/;

/** Every Unicode line break becomes LF. */
export function lineBreaksAsLF(text: string): string {
  return HAS_LINE_BREAK_OTHER_THAN_LF.test(text) ? text.replace(LINE_BREAK, '\n') : text;
}

/** Kept for callers of the former name: line breaks as LF. */
export const normaliseNewlines = lineBreaksAsLF;

/** How many control characters (not tab, not LF) a text holds, of how many characters. */
export function scanControls(text: string): { count: number; length: number } {
  return { count: text.match(CONTROL_NOT_LF)?.length ?? 0, length: text.length };
}

/** A dropped control character: the line it was on (1-based) and its code point, `U+0000`. */
export interface DroppedControl {
  line: number;
  name: string;
}

/** Drops control characters (not tab, not LF) from a text with LF line breaks; says where. */
export function stripControls(text: string): { text: string; dropped: DroppedControl[] } {
  const dropped: DroppedControl[] = [];
  if (!HAS_CONTROL.test(text)) return { text, dropped };
  let line = 1;
  for (const match of text.matchAll(CONTROL)) {
    if (match[0] === '\n') {
      line += 1;
      continue;
    }
    dropped.push({ line, name: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
  }
  return { text: text.replace(CONTROL_NOT_LF, ''), dropped };
}

/** Line breaks as LF and control characters dropped, silently (for text the decoder did not see). */
export function cleanText(text: string): string {
  const lf = lineBreaksAsLF(text);
  return HAS_CONTROL.test(lf) ? lf.replace(CONTROL_NOT_LF, '') : lf;
}
