/**
 * Issues 9 and 12, the follow-up search's bytes: Pagefind 1.6 cuts its word index into chunks of
 * ≈ 13–16 KB gzip, each holding many words besides the one searched, and has no setting for it.
 * This module plans a finer cut of an index Pagefind wrote, without changing what a search finds.
 * Pure: words and ranges in, chunks and ranges out (the files: src/integrations/pagefind-chunks.ts).
 *
 * How Pagefind's browser side picks chunks (pagefind_web `request_indexes`, 1.6): for each term of
 * the query (as typed, and each of its stems), every chunk whose `from ≤ term ≤ to` ("strict");
 * when no chunk holds the term so, every chunk whose bounds, cut to the term's length, bracket it
 * ("loose"). The search then takes, for each stem, every *loaded* word that starts with it (the
 * last word of a query is a prefix), or failing that the longest loaded word the stem starts with.
 * So what a search finds depends on which neighbours of its word are loaded with it.
 *
 * The plan keeps that the same. Each of Pagefind's chunks is cut into sub-chunks only between two
 * words that differ within their first `groupChars` characters, so the words sharing a term's first
 * `groupChars` characters within the old chunk stay in one sub-chunk; the sub-chunks' ranges tile
 * the old chunk's range, so a term loads the sub-chunk of the old chunk it loaded before that holds
 * its neighbours. A term shorter than `groupChars` characters can start words of several
 * sub-chunks: it gets extra meta entries (`from = to = term`, "aliases") naming the sub-chunks of
 * its old chunks that hold words it starts. tests/unit/pagefind-chunks.test.ts checks, for every
 * word and every prefix of a word, that the words a search can use are the same before and after.
 */

/** One entry of the meta's chunk list: Pagefind loads `hash` for a term between `from` and `to`. */
export interface ChunkRange {
  from: string;
  to: string;
  hash: string;
}

/** A word of the index with the size of its encoded entry (its postings), in bytes. */
export interface SizedWord {
  word: string;
  bytes: number;
}

/** A chunk Pagefind wrote: its range in the meta and its words, in index order. */
export interface OldChunk extends ChunkRange {
  words: SizedWord[];
}

/** A planned chunk: the old chunk it comes from and the slice of its words. */
export interface PlannedChunk {
  /** Index of the old chunk. */
  source: number;
  /** Words `start` (inclusive) to `end` (exclusive) of the old chunk. */
  start: number;
  end: number;
  from: string;
  to: string;
}

export interface ChunkPlan {
  chunks: PlannedChunk[];
  /** Extra ranges `[term, term]` naming a planned chunk (by index) a short term must load too. */
  aliases: { term: string; chunk: number }[];
}

export interface PlanOptions {
  /** A sub-chunk is closed once its words' entries reach this many bytes (before compression). */
  targetBytes: number;
  /** A group of words this large (or larger) is a chunk of its own (default: none is; isolating
   * groups of 4–8 KB measured worse at 10,000 cables: more chunks, a larger meta). */
  aloneBytes?: number;
  /** Words sharing this many first characters are never split (4). */
  groupChars?: number;
}

/** Code points of a string (Pagefind compares and cuts Rust `str`s: bytes, so code points). */
const chars = (text: string): string[] => Array.from(text);

/** Rust's `str` order: UTF-8 bytes, which is code-point order. JS `<` compares UTF-16 units, which
 * differs only where a surrogate meets a unit from U+E000 up. */
export function compareWords(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const left = a.charCodeAt(index);
    const right = b.charCodeAt(index);
    if (left === right) continue;
    if (left >= 0xd800 || right >= 0xd800) return Buffer.compare(Buffer.from(a.slice(index), 'utf8'), Buffer.from(b.slice(index), 'utf8'));
    return left - right;
  }
  return a.length - b.length;
}

/** The first `count` code points. */
function head(text: string, count: number): string {
  return chars(text).slice(0, count).join('');
}

/** Length in code points of the common prefix. */
function commonPrefix(a: string, b: string): number {
  const left = chars(a);
  const right = chars(b);
  let index = 0;
  while (index < left.length && index < right.length && left[index] === right[index]) index += 1;
  return index;
}

/**
 * The chunks Pagefind 1.6 loads for one term (pagefind_web's `request_indexes`, per term): strict
 * matches, or when there is none the loose ones. Indexes into `ranges`.
 */
export function chunksForTerm(ranges: readonly Pick<ChunkRange, 'from' | 'to'>[], term: string): number[] {
  const strict: number[] = [];
  ranges.forEach((range, index) => {
    if (compareWords(term, range.from) >= 0 && compareWords(term, range.to) <= 0) strict.push(index);
  });
  if (strict.length > 0) return strict;
  const length = chars(term).length;
  const loose: number[] = [];
  ranges.forEach((range, index) => {
    const fromCount = Math.min(length, chars(range.from).length);
    const toCount = Math.min(length, chars(range.to).length);
    if (compareWords(head(term, fromCount), head(range.from, fromCount)) >= 0 && compareWords(head(term, toCount), head(range.to, toCount)) <= 0) {
      loose.push(index);
    }
  });
  return loose;
}

/** Where the old chunk's words may be cut: before word `index` when it and the previous word differ early. */
function cutPoints(words: readonly SizedWord[], groupChars: number): boolean[] {
  return words.map((word, index) => index > 0 && commonPrefix(words[index - 1]!.word, word.word) < groupChars);
}

/**
 * Cuts one old chunk's words into runs, at cut points only: a group (the words between two cut
 * points) of `aloneBytes` or more is a chunk of its own; smaller groups are packed together until
 * they reach `targetBytes`.
 */
function cutChunk(words: readonly SizedWord[], targetBytes: number, aloneBytes: number, groupChars: number): [number, number][] {
  const cuttable = cutPoints(words, groupChars);
  const groups: [number, number, number][] = [];
  words.forEach((word, index) => {
    if (index === 0 || cuttable[index]) groups.push([index, index + 1, word.bytes]);
    else {
      const group = groups[groups.length - 1]!;
      group[1] = index + 1;
      group[2] += word.bytes;
    }
  });
  const runs: [number, number][] = [];
  let open: [number, number, number] | undefined;
  const close = () => {
    if (open) runs.push([open[0], open[1]]);
    open = undefined;
  };
  for (const [start, end, bytes] of groups) {
    if (bytes >= aloneBytes) {
      close();
      runs.push([start, end]);
      continue;
    }
    if (open) {
      open[1] = end;
      open[2] += bytes;
    } else open = [start, end, bytes];
    if (open[2] >= targetBytes) close();
  }
  close();
  return runs;
}

/**
 * Plans the finer chunks of an index. Sub-chunk ranges tile their old chunk's range: the first
 * starts at the old `from`, the last ends at the old `to` (or at its last word, when Pagefind cut
 * `to` shorter than that word), and two neighbours meet at the shortest prefix of the second's
 * first word that sorts after the first's last word.
 */
export function planChunks(old: readonly OldChunk[], options: PlanOptions): ChunkPlan {
  const groupChars = options.groupChars ?? 4;
  const chunks: PlannedChunk[] = [];
  const bySource: number[][] = [];
  old.forEach((chunk, source) => {
    const runs = cutChunk(chunk.words, options.targetBytes, options.aloneBytes ?? Number.POSITIVE_INFINITY, groupChars);
    bySource[source] = [];
    runs.forEach(([start, end], run) => {
      const first = chunk.words[start]!.word;
      const last = chunk.words[end - 1]!.word;
      const previous = run > 0 ? chunk.words[start - 1]!.word : undefined;
      const from = previous === undefined ? chunk.from : head(first, commonPrefix(previous, first) + 1);
      let to = chunk.to;
      if (run < runs.length - 1) {
        const next = chunk.words[end]!.word;
        to = head(next, commonPrefix(last, next) + 1);
      } else if (compareWords(last, to) > 0) to = last;
      bySource[source]!.push(chunks.length);
      chunks.push({ source, start, end, from, to });
    });
  });
  return { chunks, aliases: shortTermAliases(old, chunks, bySource, groupChars) };
}

/**
 * Short terms (fewer than `groupChars` characters) can start words of several sub-chunks of the
 * old chunks they loaded: for each such term, an alias to every one of those sub-chunks that the
 * ranges alone would not load.
 */
function shortTermAliases(old: readonly OldChunk[], chunks: readonly PlannedChunk[], bySource: number[][], groupChars: number): ChunkPlan['aliases'] {
  const shortTerms = new Set<string>();
  for (const chunk of old) {
    for (const { word } of chunk.words) {
      const letters = chars(word);
      for (let length = 1; length < groupChars && length <= letters.length; length += 1) shortTerms.add(letters.slice(0, length).join(''));
    }
  }
  const aliases: ChunkPlan['aliases'] = [];
  for (const term of [...shortTerms].sort(compareWords)) {
    const loaded = new Set(chunksForTerm(chunks, term));
    for (const source of chunksForTerm(old, term)) {
      for (const planned of bySource[source]!) {
        if (loaded.has(planned)) continue;
        const { start, end } = chunks[planned]!;
        if (old[source]!.words.slice(start, end).some(({ word }) => word.startsWith(term))) aliases.push({ term, chunk: planned });
      }
    }
  }
  return aliases;
}

/** The words a search for `term` can use from the loaded words: those it starts, else the longest that starts it. */
export function usableWords(loaded: Iterable<string>, term: string): string[] {
  const extensions: string[] = [];
  let longestPrefix: string | undefined;
  for (const word of loaded) {
    if (word.startsWith(term)) extensions.push(word);
    else if (term.startsWith(word) && Buffer.byteLength(word) > Buffer.byteLength(longestPrefix ?? '')) longestPrefix = word;
  }
  if (extensions.length > 0) return extensions.sort(compareWords);
  return longestPrefix === undefined ? [] : [longestPrefix];
}
