/**
 * `npm run build`: the site, whole or in shards (issue 12; docs/whole-release.md).
 *
 *   npm run build                          astro build of every cable into dist/, as always
 *   npm run build -- --shard 3/8 --facts   shard 3's first stage: annotate its cables, write its link facts
 *   npm run build -- --shard 3/8           its facts (if not yet written), then, once every shard's facts
 *                                          are there, its pages and Pagefind index (skipped when nothing
 *                                          it depends on changed)
 *   npm run build -- --shards 8            every stage of 8 shards one after another, then the merge
 *   npm run merge [-- --outDir dist]       assembles dist/ from the shards (scripts/merge.ts)
 *
 * Other arguments go to `astro build`. Shard work goes to `SHARD_WORK` (default `.shards/`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShardSpec, type ShardSpec } from '../src/lib/shards.ts';
import { factsPath, missingFacts, shardDist, shardWork } from '../src/loader/shard-mode.ts';
import { mergeShards } from './shard/merge.ts';
import { writeShardFacts } from './shard/facts.ts';
import { nodeOptionsWithHeap } from './shard/heap.ts';

const root = process.cwd();

/** Runs `astro build` with these arguments and extra environment; returns its exit status. */
export function astroBuild(args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

async function facts(shard: ShardSpec): Promise<void> {
  const started = performance.now();
  const result = await writeShardFacts(root, shardWork(root), shard);
  console.log(
    `[shard ${shard.index}/${shard.count}] facts: ${result.cables} cables (${result.annotated} annotated now, ${result.skipped} left out) ` +
      `in ${Math.round(performance.now() - started)} ms → ${result.path}`,
  );
}

/** Astro's heap in a shard job (MB) for the shard's own work: measured enough for 2,500-cable shards (docs/benchmarks.md). */
const SHARD_HEAP_MB = 1024;
/**
 * Heap per MB of every shard's facts on disk: the `cables` loader holds them all (≈ 2 MB of heap
 * per MB of JSON) while `corpusTags` reads them one shard at a time; at 50,000 cables (233 MB of
 * facts) a 1 GiB heap ran out while reading them, 1 GiB + 5 × 233 MB built shard 1 at 4.09 GiB.
 */
const HEAP_PER_FACTS_MB = 5;

/**
 * NODE_OPTIONS for a shard's `astro build`: a heap limit, so V8 collects garbage before the tree
 * (astro + Pagefind) passes 3 GiB at 10,000 cables (2.88 → 2.43 GiB measured), sized by the facts
 * it reads, unless the caller set one (`NODE_OPTIONS=--max-old-space-size=…`).
 */
function shardNodeOptions(work: string, count: number): string {
  let factsBytes = 0;
  for (let index = 1; index <= count; index += 1) factsBytes += statSync(factsPath(work, { index, count })).size;
  return nodeOptionsWithHeap(Math.ceil(SHARD_HEAP_MB + (HEAP_PER_FACTS_MB * factsBytes) / 2 ** 20));
}

/**
 * The shard's stamp (scripts/shard/stamp.ts), computed in a process of its own
 * (scripts/shard/stamp-job.ts): it reads every shard's facts, and this process, which then waits
 * for astro, would keep that memory through the build (≈ 1 GiB at 50,000 cables).
 */
function stampOf(shard: ShardSpec): string {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/shard/stamp-job.ts'), `${shard.index}/${shard.count}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0 || !/^[0-9a-f]{64}$/.test(result.stdout)) throw new Error(`[shard ${shard.index}/${shard.count}] stamp failed (exit ${result.status})`);
  return result.stdout;
}

/** The shard's pages and index, unless its stamp says nothing they depend on changed. */
function pages(shard: ShardSpec, passThrough: string[], force: boolean): number {
  const work = shardWork(root);
  const missing = missingFacts(work, shard.count);
  if (missing.length > 0) {
    console.error(`[shard ${shard.index}/${shard.count}] facts of shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing: build them first (--facts)`);
    return 3;
  }
  const outDir = shardDist(work, shard.index);
  const stampFile = `${outDir}.stamp`;
  const stamp = stampOf(shard);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(outDir)) {
    console.log(`[shard ${shard.index}/${shard.count}] pages: unchanged, not rebuilt (${outDir})`);
    return 0;
  }
  rmSync(stampFile, { force: true });
  const status = astroBuild(['--outDir', outDir, ...withoutOutDir(passThrough)], {
    CABLE_SHARD: `${shard.index}/${shard.count}`,
    SHARD_WORK: work,
    NODE_OPTIONS: shardNodeOptions(work, shard.count),
  });
  if (status === 0) writeFileSync(stampFile, stamp);
  return status;
}

/** The arguments without `--outDir X` (a shard writes to its own folder). */
function withoutOutDir(args: string[]): string[] {
  return args.filter((arg, index) => !arg.startsWith('--outDir') && args[index - 1] !== '--outDir');
}

/** Our options, and the rest for astro (`--outDir`, `--verbose`…). */
function readArgs(argv: string[]): { values: { shard?: string; shards?: string; facts: boolean; force: boolean }; passThrough: string[] } {
  const values: { shard?: string; shards?: string; facts: boolean; force: boolean } = { facts: false, force: false };
  const passThrough: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [name, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (name === '--shard' || name === '--shards') {
      const value = inline ?? argv[(index += 1)];
      if (value === undefined) throw new Error(`${name} needs a value`);
      values[name === '--shard' ? 'shard' : 'shards'] = value;
    } else if (arg === '--facts') values.facts = true;
    else if (arg === '--force') values.force = true;
    else passThrough.push(arg);
  }
  return { values, passThrough };
}

async function main(): Promise<number> {
  const { values, passThrough } = readArgs(process.argv.slice(2));
  const { force } = values;
  if (values.shards !== undefined) {
    const { count } = parseShardSpec(`1/${values.shards}`);
    const all = Array.from({ length: count }, (_, index) => ({ index: index + 1, count }));
    for (const shard of all) await facts(shard);
    for (const shard of all) {
      const status = pages(shard, withoutOutDir(passThrough), force);
      if (status !== 0) return status;
    }
    return mergeShards(root, count, passThrough, astroBuild);
  }
  if (values.shard !== undefined) {
    const shard = parseShardSpec(values.shard);
    await facts(shard);
    return values.facts ? 0 : pages(shard, passThrough, force);
  }
  return astroBuild(passThrough);
}

process.exitCode = await main();
