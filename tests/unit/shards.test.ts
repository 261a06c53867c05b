/** The shard plan (src/lib/shards.ts): stable keys, equal runs, neighbouring years together. */
import { describe, expect, test } from 'vitest';
import { fileYear, parseShardSpec, planShards } from '../../src/lib/shards.ts';

describe('shards', () => {
  test('k/N is read, anything else refused', () => {
    expect(parseShardSpec('3/8')).toEqual({ index: 3, count: 8 });
    for (const bad of ['0/8', '9/8', '3', 'a/b', '3/0']) expect(() => parseShardSpec(bad)).toThrow(/not a shard/);
  });

  test('the year comes from the reference id of the file name', () => {
    expect(fileYear('cablegate/04AMMAN1288.txt')).toBe(2004);
    expect(fileYear('72TEHRAN1164.txt')).toBe(1972);
    expect(fileYear('000_20ae7434d121b7bb.txt')).toBeNull();
  });

  test('runs of equal size, by year, every file once; a file keeps its shard when others change content', () => {
    const files = Array.from({ length: 40 }, (_, index) => `${String(4 + (index % 6)).padStart(2, '0')}POST${index}.txt`);
    const plan = planShards(files, 4);
    expect(plan.map((shard) => shard.length)).toEqual([10, 10, 10, 10]);
    expect(plan.flat().sort()).toEqual([...files].sort());
    const lastYear = (shard: string[]) => Math.max(...shard.map((file) => fileYear(file) ?? 0));
    const firstYear = (shard: string[]) => Math.min(...shard.map((file) => fileYear(file) ?? 0));
    for (let index = 1; index < plan.length; index += 1) expect(firstYear(plan[index]!)).toBeGreaterThanOrEqual(lastYear(plan[index - 1]!));
    // The plan depends on the names only: the same names, listed in another order, give the same shards.
    expect(planShards([...files].reverse(), 4).map((shard) => [...shard].sort())).toEqual(plan.map((shard) => [...shard].sort()));
  });
});
