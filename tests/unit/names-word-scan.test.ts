/**
 * The word scan (src/lib/names/word-scan.ts) finds exactly the words the expression it replaced
 * matched, on real excerpts and on the characters outside ASCII it asks Unicode about (or its
 * table, below U+0250); the capital test answers as `\p{Lu}` does.
 */
import { describe, expect, test } from 'vitest';
import { isCapitalised } from '../../src/lib/names/tokens.ts';
import { nextWord, type WordSpan } from '../../src/lib/names/word-scan.ts';

/** The word as the tokenizer once matched it: the definition the scan follows. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’&]|\.(?=[\p{L}]))*\.?/gu;

const scanned = (text: string): string[] => {
  const words: string[] = [];
  const found: WordSpan = { start: 0, end: 0, apostrophe: false };
  for (let at = 0; nextWord(text, at, found); at = found.end) words.push(text.slice(found.start, found.end));
  return words;
};
const matched = (text: string): string[] => [...text.matchAll(WORD)].map((match) => match[0]);

describe('the word scan', () => {
  test.each([
    ['real excerpts', 'Foreign Minister Marwan Muasher described the Iraq neighboring states meeting (04AMMAN1288)'],
    ['dots: initials, abbreviations, a stop before a digit', 'U.S. Amb. Ryan C. Crocker met St.Louis officials; No.5 of the U.N.-led talks ended.'],
    ['apostrophes and ampersands', "O'Brien's AT&T deal: the prince’s majlis, I'm sure it's Women's Affairs' 'quoted'"],
    ['letters outside ASCII', 'São Paulo, Bogotá, Łódź, Ελλάδα, Москва, القاهرة'],
    ['combining marks inside and at the start of a word', 'Bogota\u0301 \u0301x Ba\u0301n'],
    ['digits outside ASCII and number letters', 'page ١٢٣ of Ⅻ volumes, 3rd'],
    ['letters outside the basic plane, and a lone surrogate', '𝐀lpha 𝐁eta.𝐂 x\uD835 y \uDC00z'],
    ['punctuation only', ' -- ... ’ \' & . '],
  ])('%s', (_, text) => {
    expect(scanned(text)).toEqual(matched(text));
  });

  test('every character its table answers for (ASCII and Latin to U+024F) is classed as Unicode classes it', () => {
    const characters = Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code));
    // Each character alone, starting a word, inside one and after a dot inside one.
    const text = characters.map((character) => `${character} a${character}b c.${character} `).join('');
    expect(scanned(text)).toEqual(matched(text));
  });

  test('the capital test answers as \\p{Lu} for Latin and other scripts', () => {
    const words = [...Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code)), 'Ωmega', 'ωmega', 'Москва', 'москва', 'ǅemal', '𝐀lpha', ''];
    expect(words.filter(isCapitalised)).toEqual(words.filter((word) => /^\p{Lu}/u.test(word)));
  });

  test('it says whether the word holds an apostrophe', () => {
    const found: WordSpan = { start: 0, end: 0, apostrophe: false };
    const apostrophes = (text: string): boolean[] => {
      const flags: boolean[] = [];
      for (let at = 0; nextWord(text, at, found); at = found.end) flags.push(found.apostrophe);
      return flags;
    };
    expect(apostrophes("Correia's Insitec, the prince’s AT&T")).toEqual([true, false, false, true, false]);
  });
});
