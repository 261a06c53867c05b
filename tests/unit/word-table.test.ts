/**
 * The word → shards table (src/lib/word-table.ts, written by scripts/shard/word-table.ts) on real
 * Pagefind 1.6 indexes: the seed cables in two shards by year, indexed by Pagefind's Node API
 * (its stemmer, its tokens). Every word of every cable is looked up as a reader would type it:
 * the table must name the cable's shard, or say it cannot tell (null, never "absent"). And the
 * scope plan (src/client/search/scope.ts): newest first, enough for a first screen, step by step.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeWordTable } from '../../scripts/shard/word-table.ts';
import { planScope, type Manifest } from '../../src/client/search/scope.ts';
import { bucketsForWord, shardsForQuery, shardsForWord, type Bucket } from '../../src/lib/word-table.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

const SEEDS = join(PROJECT_ROOT, 'seeds/cablegate');
const out = mkdtempSync(join(tmpdir(), 'cable-reader-word-table-'));
/** Cables of 2008 and later in shard 1 (the newer), the others in shard 0. */
const NEWER = 8;
const cables = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8'), shard: Number(name.slice(0, 2)) >= NEWER ? 1 : 0 }));
let info = { buckets: 0, stems: 0 };
const buckets: Bucket[] = [];

beforeAll(async () => {
  for (const shard of [0, 1]) {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    for (const cable of cables.filter((one) => one.shard === shard)) {
      expect((await index!.addCustomRecord({ url: `/${cable.name}`, content: cable.text, language: 'en' })).errors).toEqual([]);
    }
    expect((await index!.writeFiles({ outputPath: join(out, `bundle-${shard}`) })).errors).toEqual([]);
  }
  await pagefind.close();
  info = await writeWordTable(out, [join(out, 'bundle-0'), join(out, 'bundle-1')]);
  for (let index = 0; index < info.buckets; index += 1) buckets.push(JSON.parse(readFileSync(join(out, 'pagefind/words', `${index}.json`), 'utf8')) as Bucket);
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** What the page does for one typed word: its buckets, then the lookup. */
const lookup = (word: string) => shardsForWord(bucketsForWord(word, info.buckets).map((index) => buckets[index]!), word);

test('every word of every cable: the table names its shard, or cannot tell; never absent', () => {
  expect(info.stems).toBeGreaterThan(5_000);
  expect(info.buckets).toBeGreaterThan(1);
  let unknown = 0;
  let checked = 0;
  const missed: string[] = [];
  const looked = new Map<string, ReturnType<typeof lookup>>();
  for (const cable of cables) {
    for (const word of new Set(cable.text.toLowerCase().match(/\p{L}{3,}/gu) ?? [])) {
      if (!looked.has(word)) looked.set(word, lookup(word));
      const shards = looked.get(word)!;
      checked += 1;
      if (shards === null) unknown += 1;
      else if (!shards.has(cable.shard)) missed.push(`${word} in ${cable.name}`);
    }
  }
  expect(missed).toEqual([]);
  expect(checked).toBeGreaterThan(50_000);
  // Words the letter rules cannot match to Pagefind's stem are left unknown (searched unnarrowed): few.
  expect(unknown / checked).toBeLessThan(0.02);
}, 60_000);

test('a word only older cables hold is not looked for in the newer shard; a query needs every word', () => {
  const older = cables.filter((cable) => cable.shard === 0).map((cable) => cable.text.toLowerCase()).join(' ');
  const newer = cables.filter((cable) => cable.shard === 1).map((cable) => cable.text.toLowerCase()).join(' ');
  const onlyOlder = (older.match(/\p{L}{9,}/gu) ?? []).find((word) => !newer.includes(word.slice(0, 7)));
  expect(onlyOlder).toBeDefined();
  expect([...lookup(onlyOlder!)!.keys()]).toEqual([0]);
  expect(lookup('zzzzqqqq')).toBeNull();
  expect([...shardsForQuery([lookup('embassy'), lookup(onlyOlder!)])!.keys()]).toEqual([0]);
  expect(shardsForQuery([null, null])).toBeNull();
});

const manifest: Manifest = {
  shards: ['2004', '2006', '2008', '2009', '2010', '2010'].map((year, index) => ({ path: `/pagefind-shards/${index + 1}/`, years: [year], cables: 100 })),
};

test('the first step: the newest shards holding the words until a first screen, at most four; then steps of four', () => {
  const holding = new Map([[0, 50], [2, 3], [3, 4], [4, 2], [5, 1]]);
  const first = planScope(manifest, holding, null, 'first');
  expect(first.shards).toEqual([5, 4, 3, 2]);
  expect(first.summary).toMatchObject({ searched: 4, holding: 5, years: ['2008', '2009', '2010'], nextYears: ['2004'], next: 5, partial: false });
  // Two shards of 2010: the newest alone searched part of the year, and says so.
  expect(planScope(manifest, new Map([[4, 20], [5, 40]]), null, 'first').summary).toMatchObject({ searched: 1, years: ['2010'], partial: true });
  expect(planScope(manifest, new Map([[0, 5], [5, 40]]), null, 'first').shards).toEqual([5]);
  expect(planScope(manifest, holding, null, 'all').summary).toMatchObject({ searched: 5, next: null });
  expect(planScope(manifest, holding, null, 2).shards).toEqual([5, 4]);
  // Unknown words: one shard, the newest, of all.
  expect(planScope(manifest, null, null, 'first')).toMatchObject({ shards: [5], summary: { holding: 6, narrowed: false } });
});

test('a year filter, `sort=date` or a filter-only search: every shard holding the words in those years, no step', () => {
  const holding = new Map([[0, 50], [2, 3], [4, 2]]);
  expect(planScope(manifest, holding, new Set(['2008', '2010']), 'first')).toEqual({ shards: [4, 2], summary: null });
  expect(planScope(manifest, holding, null, null)).toEqual({ shards: [4, 2, 0], summary: null });
  expect(planScope(manifest, null, null, null).shards).toEqual([5, 4, 3, 2, 1, 0]);
});
