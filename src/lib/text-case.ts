/**
 * The case rules: the one all-capitals rule (old telegrams and most subject lines are written in
 * capitals) and the one title-case measure (headings, and lists of names, capitalise their words).
 */

/** Share of lower-case letters below which a text counts as written in capitals. */
const LOWER_CASE_SHARE = 0.1;

/**
 * Whether `text` is written in capitals: under 10 % of its ASCII letters are lower case (a text
 * without letters counts as capitals). Non-ASCII letters are not counted: cables are telegrams.
 */
export function isAllCaps(text: string): boolean {
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) {
      // Settled once the lower case is the share of every letter the text could still hold: most
      // paragraphs are mixed case, and this stops in their first lines (the names pass asks each).
      if (++lower > LOWER_CASE_SHARE * (lower + upper + text.length - i - 1)) return false;
    } else if (code >= 65 && code <= 90) upper++;
  }
  return lower < LOWER_CASE_SHARE * (lower + upper);
}

/** Small words a title-case heading may leave in lower case: they do not count either way. */
const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'or', 'as',
  'vs', 'vs.', 'its', 'is', 'but', 'into', 'over', 'after', 'about', 'not', 'up', 'out', 'than',
  'are', 'be', 'via', 'per', 'off', 'still', 'more', 'no', 'new', 'on:', 'amid', 'under', 'between',
]);

/**
 * The share of words, small words aside, that start with a capital (leading punctuation skipped):
 * high for headings and lists of names. Null when no word counts.
 */
export function capitalisedShare(words: readonly string[]): number | null {
  let significant = 0;
  let capitalised = 0;
  for (const word of words) {
    const letters = word.replace(/^[^\p{L}]+/u, '');
    if (letters === '' || SMALL_WORDS.has(letters.toLowerCase())) continue;
    significant++;
    if (/^\p{Lu}/u.test(letters)) capitalised++;
  }
  return significant === 0 ? null : capitalised / significant;
}
