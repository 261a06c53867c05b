/** Small text helpers of the parser. */

/** Whitespace runs become one space. */
export function collapse(text: string): string {
  // Most whitespace is already a single space: only runs and other blanks are replaced.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

export { slugify } from '../slug.ts';

/** Do `text`'s words begin with `prefix`'s words (ignoring case and punctuation)? */
export function startsWithWords(text: string, prefix: string): boolean {
  const a = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const b = prefix.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return b.length <= a.length && b.every((w, i) => a[i] === w);
}
