/**
 * Issue 9, "Did you mean helicopter?": the site's own vocabulary (the words of its cables, most
 * frequent first, built at build time: src/pages/search/words.json.ts) and the nearest word to a
 * misspelt one. Pure; runs in the build and in the search page's script.
 */

/** A word of the text: letters, with inner apostrophes (`don't`); numbers and codes are not spelt. */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Words shorter than this are neither listed nor corrected (`he`, `of`: too many near neighbours). */
export const MIN_WORD = 4;
/** How many words the vocabulary keeps, most frequent first: ~60 KB gzip at the most, loaded only for a search that finds little. */
export const VOCABULARY_SIZE = 15_000;

/** The lower-case words of a text, in order. */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase().replace(/’/g, "'"));
}

/** Counts words (of at least MIN_WORD letters) into `counts`. */
export function countWords(text: string, counts: Map<string, number>): void {
  for (const word of wordsOf(text)) if (word.length >= MIN_WORD) counts.set(word, (counts.get(word) ?? 0) + 1);
}

/** The vocabulary: the `size` most frequent words, most frequent first (ties alphabetical). */
export function vocabulary(counts: ReadonlyMap<string, number>, size = VOCABULARY_SIZE): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size)
    .map(([word]) => word);
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), or `limit + 1` once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** How far a word of this length may be from its correction: 1 edit up to 5 letters, else 2. */
function allowedEdits(length: number): number {
  return length <= 5 ? 1 : 2;
}

/**
 * The vocabulary's nearest word to `word`, or null when the word is in it, is too short, or has
 * no word near enough. Nearest: fewest edits, then the most frequent (earliest in the list).
 */
export function suggest(word: string, words: readonly string[], known: ReadonlySet<string> = new Set(words)): string | null {
  const lower = word.toLowerCase();
  if (lower.length < MIN_WORD || known.has(lower)) return null;
  const limit = allowedEdits(lower.length);
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of words) {
    if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}
