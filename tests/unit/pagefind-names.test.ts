/**
 * Short names for fragments and word chunks (src/integrations/pagefind-names.ts, src/lib/pagefind-names.ts)
 * on a real Pagefind 1.6 index written by its Node API and cut into smaller chunks as a build cuts
 * it: every file is the same bytes under its new name, the meta differs only in names, and the
 * names' folder follows the bundle's content (the same bundle, the same names; one cable changed,
 * other names).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { rechunkBundle } from '../../src/integrations/pagefind-chunks.ts';
import { chunkPath, fragmentPath, readEntry, readMeta, type Meta } from '../../src/integrations/pagefind-files.ts';
import { shortenNames } from '../../src/integrations/pagefind-names.ts';
import { bundlePrefix, PREFIX_CHARS, shortNames } from '../../src/lib/pagefind-names.ts';

const WORDS = ['border', 'borders', 'bore', 'govern', 'government', 'helicopter', 'help', 'many', 'manage', 'us', 'use'];
const FILLER = Array.from({ length: 300 }, (_, n) => `w${(n * 7919).toString(36)}`);
const folders: string[] = [];

/** Writes a bundle of 40 pages (page `changed` with one more word), cut into small chunks as a build cuts it. */
async function writeBundle(changed = -1): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  expect(errors).toEqual([]);
  for (let page = 0; page < 40; page += 1) {
    const words = [...WORDS.filter((_, n) => (page + n) % 3 !== 0), ...FILLER.filter((_, n) => (page * 13 + n) % 7 === 0), ...(page === changed ? ['changed'] : [])];
    const added = await index!.addCustomRecord({ url: `/cables/${page}/`, content: words.join(' '), language: 'en', meta: { title: `Cable ${page}` } });
    expect(added.errors).toEqual([]);
  }
  const folder = mkdtempSync(join(tmpdir(), 'find-names-'));
  folders.push(folder);
  const bundle = join(folder, 'pagefind');
  expect((await index!.writeFiles({ outputPath: bundle })).errors).toEqual([]);
  await rechunkBundle(bundle, { targetBytes: 300 });
  return bundle;
}

async function metaOf(bundle: string): Promise<Meta> {
  return (await readMeta(bundle, (await readEntry(bundle)).languages['en']!.hash)).meta;
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(dir, join(under, entry.name)) : [join(under, entry.name)]));
}

let before = '';
let after = '';

beforeAll(async () => {
  before = await writeBundle();
  after = join(dirname(before), 'renamed');
  cpSync(before, after, { recursive: true });
  await shortenNames(after);
}, 60_000);

afterAll(async () => {
  await pagefind.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

test('every fragment and chunk is the same bytes under its short name; the meta differs only in names', async () => {
  const was = await metaOf(before);
  const now = await metaOf(after);
  expect(now[1]).toHaveLength(40);
  const prefix = now[1][0]![0].split('/')[0]!;
  expect(prefix).toMatch(new RegExp(`^[0-9a-z]{${PREFIX_CHARS}}$`));
  // Pages in the same order (postings name pages by their place), each with its word count.
  expect(now[1].map(([name, ...fields]) => [name, ...fields])).toEqual(was[1].map(([, ...fields], page) => [`${prefix}/${page}`, ...fields]));
  was[1].forEach(([name], page) => expect(readFileSync(fragmentPath(after, now[1][page]![0])).equals(readFileSync(fragmentPath(before, name))), name).toBe(true));
  // Chunk ranges as they were, one short name per old name (aliases share their chunk's).
  expect(now[2].map(([from, to]) => [from, to])).toEqual(was[2].map(([from, to]) => [from, to]));
  const renamed = new Map<string, string>();
  was[2].forEach(([, , name], index) => {
    const short = now[2][index]![2];
    expect(renamed.get(name) ?? short, name).toBe(short);
    renamed.set(name, short);
    expect(readFileSync(chunkPath(after, short)).equals(readFileSync(chunkPath(before, name))), name).toBe(true);
  });
  expect(new Set(renamed.values()).size).toBe(renamed.size);
  expect([...renamed.values()].every((short) => short.startsWith(`${prefix}/`))).toBe(true);
  // Filters, sorts and meta fields as they were.
  expect(now.slice(3)).toEqual(was.slice(3));
  // On disk: the new names only, under the prefix's folders, and the other files as they were.
  const onDisk = filesUnder(after);
  expect(onDisk.filter((file) => file.startsWith('fragment/')).sort()).toEqual(now[1].map(([name]) => `fragment/${name}.pf_fragment`).sort());
  expect(onDisk.filter((file) => file.startsWith('index/')).sort()).toEqual([...renamed.values()].map((name) => `index/${name}.pf_index`).sort());
  const others = (files: string[]) => files.filter((file) => !/^(fragment|index)\/|\.pf_meta$|^pagefind-entry\.json$/.test(file)).sort();
  expect(others(onDisk)).toEqual(others(filesUnder(before)));
  expect(onDisk.filter((file) => file.endsWith('.pf_meta'))).toHaveLength(1);
});

test('the names follow the content: the same bundle gets the same names, a changed cable other ones', async () => {
  const prefixOf = async (bundle: string) => (await metaOf(bundle))[1][0]![0].split('/')[0];
  const again = join(dirname(before), 'again');
  cpSync(before, again, { recursive: true });
  await shortenNames(again);
  expect(await prefixOf(again)).toBe(await prefixOf(after));
  expect(readdirSync(again).filter((file) => file.endsWith('.pf_meta'))).toEqual(readdirSync(after).filter((file) => file.endsWith('.pf_meta')));
  // One page's text changed: every name moves to another folder, so no URL shows other bytes.
  const changed = await writeBundle(7);
  await shortenNames(changed);
  expect(await prefixOf(changed)).not.toBe(await prefixOf(after));
});

test('the plan: decimal page names, base-36 chunk names in first-named order, an 8-character prefix', () => {
  const names = shortNames('abc', 3, ['en_1', 'en_2', 'en_1', ...Array.from({ length: 40 }, (_, n) => `x${n}`)]);
  expect(names.pages).toEqual(['abc/0', 'abc/1', 'abc/2']);
  expect([...names.chunks.entries()].slice(0, 3)).toEqual([
    ['en_1', 'abc/0'],
    ['en_2', 'abc/1'],
    ['x0', 'abc/2'],
  ]);
  expect(names.chunks.get('x39')).toBe('abc/15');
  expect(bundlePrefix('0'.repeat(40))).toBe('00000000');
  expect(bundlePrefix('f'.repeat(40))).toMatch(/^[0-9a-z]{8}$/);
  expect(bundlePrefix('123456789abcd' + '0'.repeat(27))).not.toBe(bundlePrefix('123456789abce' + '0'.repeat(27)));
});
