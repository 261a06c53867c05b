/**
 * The word index cut into smaller chunks (src/integrations/pagefind-chunks.ts, plan in
 * src/lib/pagefind-chunks.ts), on a real Pagefind 1.6 index written by its Node API: every word
 * keeps its postings byte for byte, and for every word and every prefix of a word, the chunks
 * Pagefind's browser side would load give a search the same words as before.
 */
import { decode } from 'cborg';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { rechunkBundle } from '../../src/integrations/pagefind-chunks.ts';
import { chunksForTerm, planChunks, usableWords, type ChunkRange } from '../../src/lib/pagefind-chunks.ts';

const decoder = { decode: (body: Uint8Array) => decode(body, { useMaps: true }) };
const GROUP_CHARS = 4;

interface Bundle {
  meta: unknown[];
  ranges: ChunkRange[];
  /** Word → its entry (postings) as JSON. */
  words: Map<string, string>;
  /** Chunk hash → its words. */
  chunkWords: Map<string, string[]>;
}

function unpack(path: string): unknown {
  const plain = gunzipSync(readFileSync(path));
  expect(plain.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return decoder.decode(plain.subarray(12));
}

function readBundle(dir: string): Bundle {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
  const meta = unpack(join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`)) as unknown[];
  const ranges = (meta[2] as [string, string, string][]).map(([from, to, hash]) => ({ from, to, hash }));
  const words = new Map<string, string>();
  const chunkWords = new Map<string, string[]>();
  for (const { hash } of ranges) {
    if (chunkWords.has(hash)) continue;
    const [entries] = unpack(join(dir, 'index', `${hash}.pf_index`)) as [[string, ...unknown[]][]];
    chunkWords.set(hash, entries.map((word) => word[0]));
    for (const word of entries) words.set(word[0], JSON.stringify(word));
  }
  return { meta, ranges, words, chunkWords };
}

/** The words loaded by a search for `term` (Pagefind's choice of chunks). */
function loaded(bundle: Bundle, term: string): string[] {
  return chunksForTerm(bundle.ranges, term).flatMap((index) => bundle.chunkWords.get(bundle.ranges[index]!.hash)!);
}

// Families of words sharing prefixes (border, borders, bore, born…), short words, and filler, so
// that a small target cuts the one chunk Pagefind writes here into many.
const FAMILIES = ['border', 'borders', 'bordering', 'bore', 'born', 'borrow', 'boring', 'bosnia', 'govern', 'governor', 'government', 'governance', 'gov', 'go', 'us', 'use', 'usual', 'usa', 'helicopter', 'help', 'hello', 'he', 'many', 'manifest', 'manage', 'a', 'i'];
const FILLER = Array.from({ length: 400 }, (_, n) => `w${(n * 7919).toString(36)}`);
let original = '';
let cut = '';

beforeAll(async () => {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  expect(errors).toEqual([]);
  for (let page = 0; page < 60; page += 1) {
    const words = [...FAMILIES.filter((_, n) => (page + n) % 3 !== 0), ...FILLER.filter((_, n) => (page * 13 + n) % 7 === 0)];
    const added = await index!.addCustomRecord({ url: `/cables/${page}/`, content: words.join(' '), language: 'en', meta: { title: `Cable ${page}` } });
    expect(added.errors).toEqual([]);
  }
  original = join(mkdtempSync(join(tmpdir(), 'find-chunks-')), 'pagefind');
  expect((await index!.writeFiles({ outputPath: original })).errors).toEqual([]);
  cut = join(mkdtempSync(join(tmpdir(), 'find-chunks-')), 'pagefind');
  cpSync(original, cut, { recursive: true });
}, 60_000);

afterAll(async () => {
  await pagefind.close();
  for (const bundle of [original, cut]) if (bundle) rmSync(dirname(bundle), { recursive: true, force: true });
});

test('the index is cut into smaller chunks; every word keeps its postings; the meta names only files that exist', async () => {
  const totals = await rechunkBundle(cut, { targetBytes: 300, groupChars: GROUP_CHARS });
  const before = readBundle(original);
  const after = readBundle(cut);
  expect(totals.chunksAfter).toBeGreaterThan(totals.chunksBefore * 5);
  expect([...after.words.keys()].sort()).toEqual([...before.words.keys()].sort());
  for (const [word, entry] of before.words) expect(after.words.get(word), word).toBe(entry);
  // Pages, filters, sorts and meta fields as Pagefind wrote them.
  expect(JSON.stringify([after.meta[0], after.meta[1], ...after.meta.slice(3)])).toBe(JSON.stringify([before.meta[0], before.meta[1], ...before.meta.slice(3)]));
  // Only the chunks the meta names are on disk, and one meta file.
  expect(readdirSync(join(cut, 'index')).sort()).toEqual([...after.chunkWords.keys()].map((hash) => `${hash}.pf_index`).sort());
  expect(readdirSync(cut).filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1);
  expect(existsSync(join(cut, 'fragment'))).toBe(true);
});

test('for every word and every prefix of one, a search uses the same words as before', () => {
  const before = readBundle(original);
  const after = readBundle(cut);
  const terms = new Set<string>();
  for (const word of before.words.keys()) {
    for (let length = 1; length <= word.length; length += 1) terms.add(word.slice(0, length));
    terms.add(`${word}zz`);
  }
  let fallbacks = 0;
  for (const term of terms) {
    const was = usableWords(loaded(before, term), term);
    const now = usableWords(loaded(after, term), term);
    if (was.some((word) => word.startsWith(term))) expect(now, term).toEqual(was);
    else {
      // No word starts the term: Pagefind falls back on the longest loaded word the term starts
      // with; the same when that word has `GROUP_CHARS` letters or more (a shorter one may differ).
      fallbacks += 1;
      if ((was[0]?.length ?? 0) >= GROUP_CHARS) expect(now, term).toEqual(was);
    }
  }
  expect(terms.size).toBeGreaterThan(1000);
  expect(fallbacks).toBeGreaterThan(0);
});

test('the plan: cuts only between words differing in their first letters; ranges tile the old one', () => {
  const words = ['bor', 'border', 'borders', 'bore', 'born', 'bosnia', 'bot'].map((word) => ({ word, bytes: 100 }));
  const plan = planChunks([{ from: 'b', to: 'bot', hash: 'en_0', words }], { targetBytes: 150, groupChars: 4 });
  expect(plan.chunks.map(({ start, end }) => words.slice(start, end).map(({ word }) => word))).toEqual([
    ['bor', 'border', 'borders'],
    ['bore', 'born'],
    ['bosnia', 'bot'],
  ]);
  expect(plan.chunks.map(({ from, to }) => [from, to])).toEqual([
    ['b', 'bore'],
    ['bore', 'bos'],
    ['bos', 'bot'],
  ]);
  // Terms shorter than 4 letters load the chunk their range gives (the first) and, by aliases,
  // the others holding words they start: "b" and "bo" all three, "bor" the first two.
  expect(plan.aliases).toEqual([
    { term: 'b', chunk: 1 },
    { term: 'b', chunk: 2 },
    { term: 'bo', chunk: 1 },
    { term: 'bo', chunk: 2 },
    { term: 'bor', chunk: 1 },
  ]);
  // A group of 200 bytes or more is a chunk of its own; smaller ones are packed up to 400.
  const packed = planChunks([{ from: 'b', to: 'bot', hash: 'en_0', words }], { targetBytes: 400, aloneBytes: 200, groupChars: 4 });
  expect(packed.chunks.map(({ start, end }) => words.slice(start, end).map(({ word }) => word))).toEqual([['bor'], ['border', 'borders'], ['bore', 'born', 'bosnia', 'bot']]);
});
