import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { Spill } from '../../src/site/spill.ts';

const parents: string[] = [];
afterEach(() => {
  for (const parent of parents.splice(0)) rmSync(parent, { recursive: true, force: true });
});
function spill<T>(buckets: number): { spill: Spill<T>; parent: string } {
  const parent = mkdtempSync(join(tmpdir(), 'spill-test-'));
  parents.push(parent);
  return { spill: new Spill<T>(buckets, parent), parent };
}

test('each key comes back once, with its records in the order they were added, past many flushes', () => {
  const { spill: records } = spill<{ cable: string; excerpt: string }>(7);
  const keys = ['u-s', 'armando-guebuza', 'al-qaida', 'mozambique', 'frelimo'];
  // ≈ 200 KB per key: every bucket is flushed to disk several times before it is read.
  for (let n = 0; n < 2000; n += 1) for (const key of keys) records.add(key, { cable: `C${n}`, excerpt: `${key} ${'x'.repeat(90)}\nline two` });
  const groups = new Map(records.groups());
  expect([...groups.keys()].sort()).toEqual([...keys].sort());
  for (const key of keys) {
    const got = groups.get(key) ?? [];
    expect(got).toHaveLength(2000);
    expect(got.map((record) => record.cable)).toEqual(Array.from({ length: 2000 }, (_, n) => `C${n}`));
    expect(got[0]?.excerpt).toBe(`${key} ${'x'.repeat(90)}\nline two`);
  }
});

test('buckets no key fell in are skipped; remove() deletes the files', () => {
  const { spill: records, parent } = spill<number>(64);
  records.add('only', 1);
  records.add('only', 2);
  expect([...records.groups()]).toEqual([['only', [1, 2]]]);
  expect(readdirSync(parent)).toHaveLength(1);
  records.remove();
  expect(readdirSync(parent)).toEqual([]);
});
