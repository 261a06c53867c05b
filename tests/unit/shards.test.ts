/** The shard plan (src/lib/shards.ts): stable keys, equal runs, neighbouring years together; what a shard's stamp depends on. */
import { describe, expect, test } from 'vitest';
import { shardStamp } from '../../scripts/shard/stamp.ts';
import { annotateCable, linkFacts } from '../../src/lib/annotate.ts';
import { cableFacets } from '../../src/lib/facets.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { readCableSource } from '../../src/lib/read.ts';
import { fileYear, parseShardSpec, planShards } from '../../src/lib/shards.ts';
import type { ShardFacts } from '../../src/loader/shard-mode.ts';
import { renderNoteMarkdown } from '../../src/render/note-markdown.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

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

describe('a shard’s stamp', () => {
  test('changes when a tag of its cables gains or loses its own Pagefind filter through another shard’s cables', async () => {
    const { cable, text, sidecar } = await readCableSource('seeds/cablegate/10MAPUTO80.txt');
    const annotated = annotateCable(cable, { text, sidecar, glossary: loadGlossary(), renderNote: renderNoteMarkdown });
    // Cables that cite nothing of shard 1 and name what it names the same way: only the tag count differs.
    const entry = (id: string, tags: string[]) => ({
      path: `${id}.txt`,
      contentHash: id,
      facts: { ...linkFacts(annotated), id },
      listing: { file: `${id}.txt`, referenceId: id, subject: null, date: null, origin: null, classification: null, facets: { ...cableFacets(annotated), tags } },
    });
    const facts = (others: number): ShardFacts[] => [
      { shard: { index: 1, count: 2 }, cables: [entry('10ONE1', ['XTAG'])], skipped: [] },
      { shard: { index: 2, count: 2 }, cables: Array.from({ length: others }, (_, n) => entry(`10TWO${n + 1}`, [])), skipped: [] },
    ];
    // XTAG on 1 of 21 cables (under 5 %: the shared `tag` filter), then on 1 of 20 (5 %: its own).
    const shared = shardStamp(PROJECT_ROOT, facts(20), 1);
    expect(shardStamp(PROJECT_ROOT, facts(19), 1)).not.toBe(shared);
    expect(shardStamp(PROJECT_ROOT, facts(21), 1)).toBe(shared);
  });
});
