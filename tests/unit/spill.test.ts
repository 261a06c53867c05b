import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { Spill } from '../../src/site/spill.ts';

const parents: string[] = [];
afterEach(() => {
  for (const parent of parents.splice(0)) rmSync(parent, { recursive: true, force: true });
});
function spill<T, K>(buckets: number, sortKey: (record: T) => K): { spill: Spill<T, K>; parent: string } {
  const parent = mkdtempSync(join(tmpdir(), 'spill-test-'));
  parents.push(parent);
  return { spill: new Spill<T, K>(buckets, sortKey, parent), parent };
}

/** Every key's records, all read while the key is the one given (a test's lists are small). */
function all<T, K>(records: Spill<T, K>, compare: (a: K, b: K) => number): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const [key, list] of records.sortedGroups(compare)) groups.set(key, list.slice(0, list.length));
  return groups;
}
const inOrder = () => 0;

test('each key comes back once, with its records in the order they were added, past many flushes', () => {
  const { spill: records } = spill(7, (_: { cable: string; excerpt: string }) => 0);
  const keys = ['u-s', 'armando-guebuza', 'al-qaida', 'mozambique', 'frelimo'];
  // ≈ 200 KB per key: every bucket is flushed to disk several times before it is read.
  for (let n = 0; n < 2000; n += 1) for (const key of keys) records.add(key, { cable: `C${n}`, excerpt: `${key} ${'x'.repeat(90)}\nline two` });
  const groups = all(records, inOrder);
  expect([...groups.keys()].sort()).toEqual([...keys].sort());
  for (const key of keys) {
    const got = groups.get(key) ?? [];
    expect(got).toHaveLength(2000);
    expect(got.map((record) => record.cable)).toEqual(Array.from({ length: 2000 }, (_, n) => `C${n}`));
    expect(got[0]?.excerpt).toBe(`${key} ${'x'.repeat(90)}\nline two`);
  }
});

test('a key\'s records sorted (stable), read a page at a time, with multi-byte text', () => {
  const { spill: records } = spill(1, (record: { n: number; year: number; text: string }) => record.year);
  // ≈ 3 MB in one bucket, flushed many times; `é` and `—` make bytes differ from characters.
  for (let n = 0; n < 12000; n += 1) records.add(n % 3 === 0 ? 'u-s' : `name-${n % 7}`, { n, year: 2000 + (n % 10), text: `é—${'y'.repeat(200)}` });
  const read: (readonly [string, number, { n: number; text: string }[]])[] = [];
  for (const [key, list] of records.sortedGroups((a, b) => b - a)) {
    const pages = Array.from({ length: Math.ceil(list.length / 100) }, (_, page) => list.slice(page * 100, (page + 1) * 100));
    read.push([key, list.length, pages.flat()]);
  }
  const [first, ...rest] = read;
  expect(first?.[0]).toBe('u-s');
  expect(rest.map(([key]) => key)).toEqual(['name-1', 'name-2', 'name-4', 'name-5', 'name-0', 'name-3', 'name-6']);
  const expected = Array.from({ length: 12000 }, (_, n) => n)
    .filter((n) => n % 3 === 0)
    .sort((a, b) => (2000 + (b % 10)) - (2000 + (a % 10)) || a - b);
  expect(first?.[1]).toBe(4000);
  expect(first?.[2].map((record) => record.n)).toEqual(expected);
  expect(first?.[2].every((record) => record.text === `é—${'y'.repeat(200)}`)).toBe(true);
});

test('buckets no key fell in are skipped; remove() deletes the files', () => {
  const { spill: records, parent } = spill(64, (n: number) => n);
  records.add('only', 1);
  records.add('only', 2);
  expect([...all(records, (a, b) => b - a)]).toEqual([['only', [2, 1]]]);
  expect(readdirSync(parent)).toHaveLength(1);
  records.remove();
  expect(readdirSync(parent)).toEqual([]);
});
