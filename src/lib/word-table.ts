/**
 * Issue 12, search bytes on a sharded site: the word → shards table. Each shard's Pagefind index
 * holds stems (`helicopt`); the merge (scripts/shard/word-table.ts) writes, for every stem of every
 * shard, which shards hold it and in how many pages, cut into buckets by the stem's first
 * BUCKET_CHARS characters, so a search loads one bucket (a few KB) and merges only shards that hold
 * its words, newest first (src/client/search/scope.ts). Pure: no files, no DOM.
 *
 * The page does not have Pagefind's stemmer, so it matches a typed word to stems by their letters
 * (`stemMatches`): a stem the word starts with (`helicopt` for `helicopters`), a stem that starts
 * with the word (the last word of a query is a prefix), and the spellings Porter's English
 * stemmer gives besides (`y` → `i`: `crying` → `cri`; a final `e` added: `using` → `use`;
 * `-bility` → `-bl`; a short word's stem of one or two letters: `upping` → `up`). A word none of
 * these finds is left unknown, never taken as absent: its search is not narrowed by the table.
 * tests/unit/word-table.test.ts checks every word of the seed cables against Pagefind's own stems.
 */

import { fnv1a } from './hash.ts';

/** Characters of a stem that choose its bucket: a typed word shorter than this is never looked up. */
export const BUCKET_CHARS = 3;

/** One bucket: a stem → its shards and pages, flat: `[shard, pages, shard, pages…]`, shards 0-based in shards.json's order. */
export type Bucket = Record<string, number[]>;

/** The table's line in shards.json: how many buckets, and where (`<path><n>.json`). */
export interface WordTableInfo {
  path: string;
  buckets: number;
}

/** Words this long or shorter may have a stem of one or two letters (`being` → `be`, `upping` → `up`). */
const SHORT_WORD = 6;
/** Words this long or shorter may stem to two letters and an `e` (`using` → `use`: two letters and at most `-ingly`). */
const TWO_AND_E = 7;

/** Porter's English exceptions whose stem is not found by the letter rules below. */
const EXCEPTIONS: Record<string, string> = { dying: 'die', lying: 'lie', tying: 'tie', skies: 'sky' };

/** Punctuation Pagefind drops from a typed word (pagefind.js: dashes, brackets, quotes, other punctuation). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
/** Combining marks, dropped after NFD as Pagefind's normalizeDiacritics does. */
const MARKS = /\p{M}/gu;

/** A typed word as Pagefind searches it: lower case, no punctuation, no diacritics. */
export function normalizeWord(word: string): string {
  return word.toLocaleLowerCase().replace(PUNCTUATION, '').normalize('NFD').replace(MARKS, '');
}

/** The first `count` code points. */
const head = (text: string, count: number): string => Array.from(text).slice(0, count).join('');


/** The bucket of a stem (or of a typed word: its first BUCKET_CHARS characters choose it too). */
export function bucketOf(word: string, buckets: number): number {
  return fnv1a(head(word, BUCKET_CHARS)) % buckets;
}

/** The spellings a word's stem may start with, besides the word itself (see the module comment). */
function spellings(word: string): string[] {
  const letters = Array.from(word);
  const forms = [word, word.replaceAll('y', 'i'), word.replace(/y([^y]*)$/, 'i$1'), word.replace(/bilit.*$/, 'bl')];
  if (letters.length <= TWO_AND_E) forms.push(`${letters.slice(0, 2).join('')}e`);
  if (EXCEPTIONS[word]) forms.push(EXCEPTIONS[word]);
  if (letters.length <= SHORT_WORD) forms.push(letters.slice(0, 1).join(''), letters.slice(0, 2).join(''));
  return forms;
}

/** The buckets a typed word's stems can be in. */
export function bucketsForWord(typed: string, buckets: number): number[] {
  return [...new Set(spellings(normalizeWord(typed)).map((spelling) => bucketOf(spelling, buckets)))];
}

/**
 * Whether Pagefind could answer the typed (normalised) word `word` with a stem (see the module
 * comment): the stem starts with the word, or starts one of its spellings, or ends in `e` and
 * starts one without that `e`.
 */
export function stemMatcher(word: string): (stem: string) => boolean {
  const forms = spellings(word);
  const short = Array.from(word).length <= SHORT_WORD;
  // Every spelling starts with one of these: most stems of a bucket are rejected by their first unit.
  const firsts = new Set(forms.map((form) => form.charAt(0)));
  const starts = (prefix: string) => prefix.length > 0 && forms.some((form) => form.startsWith(prefix));
  return (stem) => {
    if (!firsts.has(stem.charAt(0))) return false;
    if (stem.startsWith(word)) return true;
    if (!short && Array.from(stem).length < BUCKET_CHARS) return false;
    return starts(stem) || (stem.endsWith('e') && starts(stem.slice(0, -1)));
  };
}

/**
 * The shards holding a typed word, with an estimate of its pages in each (the most pages of one
 * matching stem: a lower bound), or null when the table cannot tell (a word shorter than
 * BUCKET_CHARS, or one no stem matches: see the module comment).
 */
export function shardsForWord(buckets: readonly Bucket[], typed: string): Map<number, number> | null {
  const word = normalizeWord(typed);
  if (Array.from(word).length < BUCKET_CHARS) return null;
  const found = new Map<number, number>();
  const matches = stemMatcher(word);
  for (const bucket of buckets) {
    for (const stem in bucket) {
      if (!matches(stem)) continue;
      const postings = bucket[stem]!;
      for (let at = 0; at + 1 < postings.length; at += 2) {
        const shard = postings[at]!;
        found.set(shard, Math.max(found.get(shard) ?? 0, postings[at + 1]!));
      }
    }
  }
  return found.size > 0 ? found : null;
}

/**
 * The shards holding every word of a query (Pagefind finds pages holding all its words, so a
 * shard missing one cannot answer), each with the fewest pages of any word; null when no word
 * could be looked up.
 */
export function shardsForQuery(perWord: readonly (Map<number, number> | null)[]): Map<number, number> | null {
  let result: Map<number, number> | null = null;
  for (const shards of perWord) {
    if (shards === null) continue;
    if (result === null) {
      result = new Map(shards);
      continue;
    }
    for (const [shard, pages] of result) {
      const other = shards.get(shard);
      if (other === undefined) result.delete(shard);
      else result.set(shard, Math.min(pages, other));
    }
  }
  return result;
}

/** Table builder: every shard's stems with their page counts, in shard order. */
export class WordTableBuilder {
  private readonly stems = new Map<string, number[]>();

  add(shard: number, stem: string, pages: number): void {
    const postings = this.stems.get(stem);
    if (postings) postings.push(shard, pages);
    else this.stems.set(stem, [shard, pages]);
  }

  get size(): number {
    return this.stems.size;
  }

  /** The buckets, about `targetBytes` of JSON each (at least one bucket). */
  buckets(targetBytes: number): Bucket[] {
    let bytes = 0;
    for (const [stem, postings] of this.stems) bytes += stem.length + 6 + postings.join(',').length;
    const count = Math.max(1, Math.ceil(bytes / targetBytes));
    const buckets: Bucket[] = Array.from({ length: count }, () => ({}));
    for (const stem of [...this.stems.keys()].sort()) buckets[bucketOf(stem, count)]![stem] = this.stems.get(stem)!;
    return buckets;
  }
}
