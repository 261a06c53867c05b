/**
 * The shard plan (src/lib/shards.ts): stable keys, equal runs, neighbouring years together; when
 * `npm run build` shards and into how many; a shard's links, what its stamp depends on, and which
 * shard outputs a merge takes.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeShardLinks } from '../../scripts/shard/link.ts';
import { shardStamp, stampFile, unmergeable, writeStampRecord } from '../../scripts/shard/stamp.ts';
import { keepOnlyCount } from '../../scripts/shard/work.ts';
import { annotateCable, linkFacts } from '../../src/lib/annotate.ts';
import { cableFacets } from '../../src/lib/facets.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { readCableSource } from '../../src/lib/read.ts';
import { CABLES_PER_SHARD, cablesPerShard, defaultMemoryGib, fileYear, jobMemory, listsMemory, MIN_SIDE_BY_SIDE_SHARD, parseShardSpec, planBuild, planLine, planShards } from '../../src/lib/shards.ts';
import { factsPath, linksPath, readShardLinks, shardDist, staleLinks, type ShardFacts } from '../../src/loader/shard-mode.ts';
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

describe('npm run build: one astro build or shards', () => {
  test('one build up to the shard size, then ⌈cables / size⌉ shards', () => {
    expect(planBuild(251)).toEqual({ kind: 'whole', cables: 251, perShard: CABLES_PER_SHARD, forced: false });
    expect(planBuild(CABLES_PER_SHARD).kind).toBe('whole');
    expect(planBuild(CABLES_PER_SHARD + 1)).toEqual({ kind: 'shards', cables: CABLES_PER_SHARD + 1, perShard: CABLES_PER_SHARD, count: 2, auto: true, jobs: 1, listsBeside: false });
    expect(planBuild(10_000)).toMatchObject({ kind: 'shards', count: 4 });
    expect(planBuild(251_287)).toMatchObject({ kind: 'shards', count: 101 });
    expect(planBuild(0).kind).toBe('whole');
    expect(planBuild(55, { perShard: 20 })).toMatchObject({ kind: 'shards', count: 3, auto: true });
  });

  test('--whole and --shards N decide whatever the size; not both', () => {
    expect(planBuild(10_000, { whole: true })).toMatchObject({ kind: 'whole', forced: true });
    expect(planBuild(100, { whole: true })).toMatchObject({ kind: 'whole', forced: false });
    expect(planBuild(100, { shards: 3 })).toMatchObject({ kind: 'shards', count: 3, auto: false });
    expect(planBuild(10_000, { shards: 8 })).toMatchObject({ kind: 'shards', count: 8, auto: false });
    expect(() => planBuild(10, { whole: true, shards: 2 })).toThrow(/--whole and --shards/);
  });

  test('SHARD_CABLES sets the size; anything but a whole number ≥ 1 is refused', () => {
    expect(cablesPerShard(undefined)).toBe(CABLES_PER_SHARD);
    expect(cablesPerShard('')).toBe(CABLES_PER_SHARD);
    expect(cablesPerShard('10')).toBe(10);
    for (const bad of ['0', '-3', '2.5', 'ten', '1e3']) expect(() => cablesPerShard(bad)).toThrow(/SHARD_CABLES/);
  });

  test('a line says why the build shards and how to ask for another; a whole build the size allows says nothing', () => {
    expect(planLine(planBuild(251), 'seeds')).toBeNull();
    const line = planLine(planBuild(10_000), '/corpus') ?? '';
    for (const part of ['10000 cables', '/corpus', `more than ${CABLES_PER_SHARD}`, 'SHARD_CABLES', '4 shards', '--whole', '--shards N']) expect(line).toContain(part);
    expect(planLine(planBuild(10_000, { whole: true }), 'c')).toMatch(/one astro build all the same \(--whole\)/);
    expect(planLine(planBuild(100, { shards: 3 }), 'c')).toMatch(/in 3 shards \(--shards 3\)/);
  });
});

describe('npm run build: jobs side by side', () => {
  const GIB = 2 ** 30;
  const twoCores = { cores: 2, memoryBytes: 3 * GIB };
  /** The cables of the largest shard of a plan. */
  const largest = (plan: ReturnType<typeof planBuild>): number => (plan.kind === 'shards' ? Math.ceil(plan.cables / plan.count) : plan.cables);

  test('2 cores and 3 GiB: 2 jobs, in shards small enough that both fit, a multiple of 2 of them', () => {
    const plan = planBuild(10_000, { resources: twoCores });
    expect(plan).toMatchObject({ kind: 'shards', auto: true, jobs: 2 });
    if (plan.kind !== 'shards') return;
    expect(plan.count % 2).toBe(0);
    expect(plan.count).toBeGreaterThan(4);
    expect(2 * jobMemory(largest(plan))).toBeLessThanOrEqual(3 * GIB);
    expect(largest(plan)).toBeGreaterThanOrEqual(MIN_SIDE_BY_SIDE_SHARD);
    // Not smaller than they need be: one shard fewer would not fit 2 side by side.
    expect(2 * jobMemory(Math.ceil(10_000 / (plan.count - 2)))).toBeGreaterThan(3 * GIB - 0.25 * GIB);
    expect(planLine(plan, 'c')).toContain(`building ${plan.count} shards of ≤ ${largest(plan)} cables, 2 jobs side by side`);
  });

  test('--jobs 1 is the plan of one job after another: shards of 2,500', () => {
    expect(planBuild(10_000, { jobs: 1, resources: twoCores })).toMatchObject({ count: 4, jobs: 1 });
    expect(planLine(planBuild(10_000, { jobs: 1, resources: twoCores }), 'c')).toContain('building 4 shards one after another');
  });

  test('one core, or too little memory for two shards of 1,000: one job at a time, in shards of 2,500', () => {
    expect(planBuild(10_000, { resources: { cores: 1, memoryBytes: 24 * GIB } })).toMatchObject({ count: 4, jobs: 1 });
    expect(planBuild(10_000, { resources: { cores: 2, memoryBytes: 2 * GIB } })).toMatchObject({ count: 4, jobs: 1 });
  });

  test('more cores and memory: more jobs, shards no larger than 2,500 and never more jobs than shards', () => {
    const plan = planBuild(10_000, { resources: { cores: 8, memoryBytes: 20 * GIB } });
    if (plan.kind !== 'shards') throw new Error('a sharded plan expected');
    expect(plan.jobs).toBeGreaterThan(2);
    expect(plan.jobs).toBeLessThanOrEqual(plan.count);
    expect(plan.jobs * jobMemory(largest(plan))).toBeLessThanOrEqual(20 * GIB);
    expect(planBuild(2_600, { resources: { cores: 8, memoryBytes: 20 * GIB } })).toMatchObject({ count: 2, jobs: 2 });
  });

  test('the default budget is issue 12’s peak at the corpus’s size: 3 GiB up to 10,000 cables, 4 GiB from 50,000', () => {
    expect(defaultMemoryGib(251)).toBe(3);
    expect(defaultMemoryGib(10_000)).toBe(3);
    expect(defaultMemoryGib(30_000)).toBe(3.5);
    expect(defaultMemoryGib(50_000)).toBe(4);
    expect(defaultMemoryGib(251_287)).toBe(4);
    // 10k keeps its plan of 10 shards of 1,000; 50k gets 32 of ≤ 1,563 rather than 48 of ≤ 1,042.
    expect(planBuild(10_000, { resources: { cores: 2, memoryBytes: defaultMemoryGib(10_000) * GIB } })).toMatchObject({ count: 10, jobs: 2 });
    expect(planBuild(50_000, { resources: { cores: 2, memoryBytes: defaultMemoryGib(50_000) * GIB } })).toMatchObject({ count: 32, jobs: 2 });
  });

  test('the list pages run beside the pages jobs when jobs run side by side and the memory holds them', () => {
    const fits = (plan: ReturnType<typeof planBuild>): boolean => plan.kind === 'shards' && plan.listsBeside;
    // 10k and 50k on 2 cores and 3 GiB: the list pages with one pages job at its largest, and this process.
    for (const cables of [10_000, 50_000]) {
      const plan = planBuild(cables, { resources: twoCores });
      expect(fits(plan)).toBe(true);
      expect(0.25 * GIB + listsMemory(cables) + jobMemory(largest(plan))).toBeLessThanOrEqual(3 * GIB);
    }
    // Their memory grows with the corpus: at 251,287 cables they no longer fit beside a pages job in 3 GiB.
    expect(fits(planBuild(251_287, { resources: twoCores }))).toBe(false);
    expect(fits(planBuild(251_287, { resources: { cores: 2, memoryBytes: 4 * GIB } }))).toBe(true);
    // One job at a time: after the pages, as before.
    expect(fits(planBuild(10_000, { jobs: 1, resources: twoCores }))).toBe(false);
    expect(fits(planBuild(9, { perShard: 3, jobs: 2, resources: twoCores }))).toBe(true);
  });

  test('SHARD_CABLES and --shards N keep their size and count; the jobs are what fits', () => {
    expect(planBuild(9, { perShard: 3, jobs: 2, resources: twoCores })).toMatchObject({ count: 3, jobs: 2 });
    expect(planBuild(9, { perShard: 3, resources: twoCores })).toMatchObject({ count: 3, jobs: 2 });
    expect(planBuild(10_000, { perShard: 2_500, resources: twoCores })).toMatchObject({ count: 4, jobs: 1 });
    expect(planBuild(10_000, { shards: 10, resources: twoCores })).toMatchObject({ count: 10, jobs: 2 });
    expect(planBuild(10_000, { shards: 4, resources: twoCores })).toMatchObject({ count: 4, jobs: 1 });
    expect(planBuild(100, { shards: 3, jobs: 8 })).toMatchObject({ count: 3, jobs: 3 });
  });
});

describe('the link stage and a shard’s stamp', () => {
  /** Two shards' facts written to a fresh work folder, the link stage run over them. */
  async function linkedWork(others: number): Promise<string> {
    const { cable, text, sidecar } = await readCableSource('seeds/cablegate/10MAPUTO80.txt');
    const annotated = annotateCable(cable, { text, sidecar, glossary: loadGlossary(), renderNote: renderNoteMarkdown });
    // Cables that cite nothing of shard 1 and name what it names the same way: only the tag count differs.
    const entry = (id: string, tags: string[]) => ({
      path: `${id}.txt`,
      contentHash: id,
      facts: { ...linkFacts(annotated), id },
      listing: { file: `${id}.txt`, referenceId: id, subject: null, date: null, origin: null, classification: null, facets: { ...cableFacets(annotated), tags } },
    });
    const work = mkdtempSync(join(tmpdir(), 'cable-reader-link-'));
    const facts: ShardFacts[] = [
      { shard: { index: 1, count: 2 }, cables: [entry('10ONE1', ['XTAG'])], skipped: [] },
      { shard: { index: 2, count: 2 }, cables: Array.from({ length: others }, (_, n) => entry(`10TWO${n + 1}`, [])), skipped: [] },
    ];
    for (const shardFacts of facts) {
      mkdirSync(dirname(factsPath(work, shardFacts.shard)), { recursive: true });
      writeFileSync(factsPath(work, shardFacts.shard), JSON.stringify(shardFacts));
    }
    writeShardLinks(work, 2);
    return work;
  }

  test('a shard’s links and stamp change when a tag of its cables gains or loses its own Pagefind filter through another shard’s cables', async () => {
    const one = { index: 1, count: 2 };
    // XTAG on 1 of 21 cables (under 5 %: the shared `tag` filter), then on 1 of 20 (5 %: its own).
    const [under, at, under2] = await Promise.all([linkedWork(20), linkedWork(19), linkedWork(21)]);
    try {
      expect(readShardLinks(under, one).ownFilterTags).toEqual([]);
      expect(readShardLinks(at, one).ownFilterTags).toEqual(['XTAG']);
      const shared = shardStamp(PROJECT_ROOT, under, one);
      expect(shardStamp(PROJECT_ROOT, at, one)).not.toBe(shared);
      // Other facts, the same links: the same stamp.
      expect(shardStamp(PROJECT_ROOT, under2, one)).toBe(shared);
    } finally {
      for (const work of [under, at, under2]) rmSync(work, { recursive: true, force: true });
    }
  });

  test('each shard’s links name its own cables’ slugs, under the names counted over every shard (Guebuza in shard 1, Armando Guebuza in shard 2)', () => {
    const person = (name: string, slug: string) => ({ slug, name, kind: 'person' as const, forms: [name] });
    const entry = (id: string, entities: ReturnType<typeof person>[]) => ({
      path: `${id}.txt`,
      contentHash: id,
      facts: { id, subject: null, date: null, annotations: { references: [] }, entities },
      listing: { file: `${id}.txt`, referenceId: id, subject: null, date: null, origin: null, classification: null, facets: { year: null, month: null, origin: null, classification: null, tags: [], partial: false, redacted: false } },
    });
    const work = mkdtempSync(join(tmpdir(), 'cable-reader-link-'));
    try {
      const facts: ShardFacts[] = [
        { shard: { index: 1, count: 2 }, cables: [entry('10ONE1', [person('Guebuza', 'guebuza')])], skipped: [] },
        { shard: { index: 2, count: 2 }, cables: [entry('10TWO1', [person('Armando Guebuza', 'armando-guebuza'), person('Obama', 'obama')])], skipped: [] },
      ];
      for (const shardFacts of facts) {
        mkdirSync(dirname(factsPath(work, shardFacts.shard)), { recursive: true });
        writeFileSync(factsPath(work, shardFacts.shard), JSON.stringify(shardFacts));
      }
      writeShardLinks(work, 2);
      const site = { name: 'Armando Guebuza', slug: 'armando-guebuza', kind: 'person', identified: true };
      expect(readShardLinks(work, { index: 1, count: 2 }).names).toEqual([['guebuza', site]]);
      expect(readShardLinks(work, { index: 2, count: 2 }).names).toEqual([['armando-guebuza', site], ['obama', { name: 'Obama', slug: 'obama', kind: 'person', identified: true }]]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('links computed from other facts than the work folder’s are stale', async () => {
    const work = await linkedWork(3);
    try {
      const one = { index: 1, count: 2 };
      expect(staleLinks(work, one)).toBeNull();
      const two = factsPath(work, { index: 2, count: 2 });
      writeFileSync(two, readFileSync(two, 'utf8').replace('10TWO3', '10TWO4'));
      expect(staleLinks(work, one)).toMatch(/shard 2's facts changed/);
      rmSync(linksPath(work, one));
      expect(staleLinks(work, one)).toMatch(/no links for shard 1\/2/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('a merge takes a shard’s pages only with the facts they were built for', async () => {
    const work = await linkedWork(3);
    try {
      const one = { index: 1, count: 2 };
      expect(unmergeable(work, one)).toMatch(/shard 1\/2 not built/);
      mkdirSync(shardDist(work, 1), { recursive: true });
      writeFileSync(stampFile(work, 1), 'a stamp of before the record');
      expect(unmergeable(work, one)).toMatch(/not built/);
      writeStampRecord(work, one, shardStamp(PROJECT_ROOT, work, one));
      expect(unmergeable(work, one)).toBeNull();
      // Shard 1's facts now of another corpus (or count, or an edit): its pages are not theirs.
      const facts = factsPath(work, one);
      writeFileSync(facts, readFileSync(facts, 'utf8').replace('10ONE1', '10ONE2'));
      expect(unmergeable(work, one)).toMatch(/built from other facts than 1-of-2\.json's/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('the work folder keeps only the shard count being built', async () => {
    const work = await linkedWork(3);
    try {
      for (const [folder, name] of [['facts', '1-of-3.json'], ['links', '3-of-3.json'], ['dist', '3'], ['dist', '3.stamp'], ['dist', '2'], ['dist', '2.stamp']] as const) {
        mkdirSync(join(work, folder), { recursive: true });
        writeFileSync(join(work, folder, name), '');
      }
      expect(keepOnlyCount(work, 2)).toBe(4);
      expect(readdirSync(join(work, 'facts')).sort()).toEqual(['1-of-2.json', '2-of-2.json']);
      expect(readdirSync(join(work, 'links')).sort()).toEqual(['1-of-2.json', '2-of-2.json']);
      expect(readdirSync(join(work, 'dist')).sort()).toEqual(['2', '2.stamp']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
