/**
 * Where the words of a paragraph are, found by one scan of its characters. A word is what
 * `/[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’&]|\.(?=\p{L}))*\.?/gu` matches: a letter or digit, then
 * letters, marks, digits, inner apostrophes and `&` (`O'Brien`, `AT&T`), dots before a letter
 * (`U.S`), and one dot at the end (`U.S.`, `St.`). A table answers for ASCII (almost every
 * character of a cable) and accented Latin; other characters ask Unicode. The expression matched
 * every word too, but its match objects cost twice this scan (tests/unit/names-word-scan.test.ts
 * holds the two equal).
 */

/** What a character may be in a word (bits): it may start one, it may go on one. */
const STARTS = 1;
const GOES_ON = 2;
/** A letter, which a dot inside a word must be followed by. */
const LETTER = 4;
/** An apostrophe (`'`, `’`): the tokenizer looks for contractions and possessives only in words holding one. */
const APOSTROPHE = 8;
/** The character is a surrogate pair: two code units. */
const WIDE = 16;

/** One character outside ASCII, by Unicode: a letter, a digit, a mark, or `’`. */
const UNICODE_LETTER = /^\p{L}$/u;
const UNICODE_DIGIT = /^\p{N}$/u;
const UNICODE_MARK = /^\p{M}$/u;

function unicodeClass(text: string, at: number): number {
  const point = text.codePointAt(at)!;
  const character = String.fromCodePoint(point);
  const wide = point > 0xffff ? WIDE : 0;
  if (UNICODE_LETTER.test(character)) return STARTS | GOES_ON | LETTER | wide;
  if (UNICODE_DIGIT.test(character)) return STARTS | GOES_ON | wide;
  if (UNICODE_MARK.test(character)) return GOES_ON | wide;
  return (point === 0x2019 ? GOES_ON | APOSTROPHE : 0) | wide;
}

/** Below this code a table answers: ASCII, and Latin with its accents (`é`, `Â`, `ł`). */
const TABLE_END = 0x250;
const CLASSES = new Uint8Array(TABLE_END);
for (let code = 0; code < 128; code++) {
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const digit = code >= 48 && code <= 57;
  if (letter) CLASSES[code] = STARTS | GOES_ON | LETTER;
  else if (digit) CLASSES[code] = STARTS | GOES_ON;
}
CLASSES[39] = GOES_ON | APOSTROPHE; // '
CLASSES[38] = GOES_ON; // &
for (let code = 128; code < TABLE_END; code++) CLASSES[code] = unicodeClass(String.fromCharCode(code), 0);

/**
 * The class bits of the character at `at`. An accented letter takes the table's path, as `e`
 * does: a path a hot function has not taken yet throws its optimised code away when first taken
 * (one `Â` in one cable cost the tokenizer a recompilation; docs/entities.md, "Speed").
 */
function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code < TABLE_END ? CLASSES[code]! : unicodeClass(text, at);
}

const FULL_STOP = 46;

/** A word found: where it starts and ends, and whether it holds an apostrophe. */
export interface WordSpan {
  start: number;
  end: number;
  apostrophe: boolean;
}

/**
 * The next word at or after `from`, written into `found` (one object reused: a paragraph has
 * hundreds of words); false when there is none.
 */
export function nextWord(text: string, from: number, found: WordSpan): boolean {
  const length = text.length;
  let at = from;
  let type = 0;
  while (at < length) {
    type = classAt(text, at);
    if (type & STARTS) break;
    at += type & WIDE ? 2 : 1;
  }
  if (at >= length) return false;
  const start = at;
  let apostrophe = false;
  at += type & WIDE ? 2 : 1;
  while (at < length) {
    type = classAt(text, at);
    if (type & GOES_ON) {
      apostrophe ||= (type & APOSTROPHE) !== 0;
      at += type & WIDE ? 2 : 1;
    } else if (text.charCodeAt(at) === FULL_STOP && at + 1 < length && classAt(text, at + 1) & LETTER) at++;
    else break;
  }
  if (at < length && text.charCodeAt(at) === FULL_STOP) at++;
  found.start = start;
  found.end = at;
  found.apostrophe = apostrophe;
  return true;
}
