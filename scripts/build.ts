/**
 * `npm run build`: the site, whole or in shards (issue 12; docs/whole-release.md).
 *
 *   npm run build                          astro build of every cable into dist/, as always
 *   npm run build -- --shard 3/8 --facts   shard 3's first stage: annotate its cables, write its link facts
 *   npm run build -- --link 8              after every shard's facts: each shard's links (what its
 *                                          cables take from the corpus: scripts/shard/link.ts)
 *   npm run build -- --shard 3/8           its facts (if not yet written), then, with its links, its
 *                                          pages and Pagefind index (skipped when nothing it depends
 *                                          on changed)
 *   npm run build -- --shards 8            every stage of 8 shards one after another, then the merge
 *   npm run merge [-- --outDir dist]       assembles dist/ from the shards (scripts/merge.ts)
 *
 * Other arguments go to `astro build`. Shard work goes to `SHARD_WORK` (default `.shards/`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShardSpec, type ShardSpec } from '../src/lib/shards.ts';
import { linksPath, shardDist, shardWork, staleLinks } from '../src/loader/shard-mode.ts';
import { mergeShards } from './shard/merge.ts';
import { writeShardFacts } from './shard/facts.ts';
import { nodeOptionsWithHeap } from './shard/heap.ts';
import { writeShardLinks } from './shard/link.ts';
import { shardStamp } from './shard/stamp.ts';

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

function link(count: number): void {
  const started = performance.now();
  const result = writeShardLinks(shardWork(root), count);
  console.log(`link: ${result.cables} cables of ${count} shards, ${(result.bytes / 2 ** 20).toFixed(1)} MB of links in ${Math.round(performance.now() - started)} ms`);
}

/** Astro's heap in a shard job (MB) for the shard's own work: measured enough for 2,500-cable shards (docs/benchmarks.md). */
const SHARD_HEAP_MB = 1024;
/** Heap per MB of the shard's links on disk: the loader holds them parsed through the build (≈ 2 MB of heap per MB of JSON). */
const HEAP_PER_LINKS_MB = 5;

/**
 * NODE_OPTIONS for a shard's `astro build`: a heap limit, so V8 collects garbage before the tree
 * (astro + Pagefind) passes 3 GiB at 10,000 cables (2.88 → 2.43 GiB measured), sized by the links
 * it reads, unless the caller set one (`NODE_OPTIONS=--max-old-space-size=…`).
 */
function shardNodeOptions(work: string, shard: ShardSpec): string {
  return nodeOptionsWithHeap(Math.ceil(SHARD_HEAP_MB + (HEAP_PER_LINKS_MB * statSync(linksPath(work, shard)).size) / 2 ** 20));
}

/** The shard's pages and index, unless its stamp says nothing they depend on changed. */
function pages(shard: ShardSpec, passThrough: string[], force: boolean): number {
  const work = shardWork(root);
  const stale = staleLinks(work, shard);
  if (stale !== null) {
    console.error(`[shard ${shard.index}/${shard.count}] ${stale}: run \`npm run build -- --link ${shard.count}\` after every shard's facts`);
    return 3;
  }
  const outDir = shardDist(work, shard.index);
  const stampFile = `${outDir}.stamp`;
  const stamp = shardStamp(root, work, shard);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(outDir)) {
    console.log(`[shard ${shard.index}/${shard.count}] pages: unchanged, not rebuilt (${outDir})`);
    return 0;
  }
  rmSync(stampFile, { force: true });
  const status = astroBuild(['--outDir', outDir, ...withoutOutDir(passThrough)], {
    CABLE_SHARD: `${shard.index}/${shard.count}`,
    SHARD_WORK: work,
    NODE_OPTIONS: shardNodeOptions(work, shard),
  });
  if (status === 0) writeFileSync(stampFile, stamp);
  return status;
}

/** The arguments without `--outDir X` (a shard writes to its own folder). */
function withoutOutDir(args: string[]): string[] {
  return args.filter((arg, index) => !arg.startsWith('--outDir') && args[index - 1] !== '--outDir');
}

/** Our options, and the rest for astro (`--outDir`, `--verbose`…). */
interface Options {
  shard?: string;
  shards?: string;
  link?: string;
  facts: boolean;
  force: boolean;
}

function readArgs(argv: string[]): { values: Options; passThrough: string[] } {
  const values: Options = { facts: false, force: false };
  const passThrough: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [name, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (name === '--shard' || name === '--shards' || name === '--link') {
      const value = inline ?? argv[(index += 1)];
      if (value === undefined) throw new Error(`${name} needs a value`);
      values[name.slice(2) as 'shard' | 'shards' | 'link'] = value;
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
    // In a process of its own: this one then waits for every astro build, and would keep the link stage's memory meanwhile.
    const linked = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/build.ts'), '--link', String(count)], { stdio: 'inherit' });
    if (linked.status !== 0) return linked.status ?? 1;
    for (const shard of all) {
      const status = pages(shard, withoutOutDir(passThrough), force);
      if (status !== 0) return status;
    }
    return mergeShards(root, count, passThrough, astroBuild);
  }
  if (values.link !== undefined) {
    link(parseShardSpec(`1/${values.link}`).count);
    return 0;
  }
  if (values.shard !== undefined) {
    const shard = parseShardSpec(values.shard);
    await facts(shard);
    return values.facts ? 0 : pages(shard, passThrough, force);
  }
  return astroBuild(passThrough);
}

process.exitCode = await main();
