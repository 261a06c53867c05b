/** Small text helpers of the parser. */
import sindresorhusSlugify from '@sindresorhus/slugify';

/** Whitespace runs become one space. */
export function collapse(text: string): string {
  // Most whitespace is already a single space: only runs and other blanks are replaced.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** Slugs already made: the same headings (`Background`, `Next Steps`) recur across cables. */
const slugCache = new Map<string, string>();

/** `@sindresorhus/slugify`, remembered (it builds its patterns on every call). */
export function slugify(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    if (slugCache.size >= 20_000) slugCache.clear();
    slug = sindresorhusSlugify(text);
    slugCache.set(text, slug);
  }
  return slug;
}

/** Do `text`'s words begin with `prefix`'s words (ignoring case and punctuation)? */
export function startsWithWords(text: string, prefix: string): boolean {
  const a = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const b = prefix.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return b.length <= a.length && b.every((w, i) => a[i] === w);
}
