/**
 * Shards of a large build (issue 12): which cable files a shard job builds. The key is stable per
 * file and needs no parsing: the year its Cablegate reference id starts with (`04AMMAN1288.txt` →
 * 2004; a file without one sorts first), then a hash of its path inside the cables folder. Files
 * sorted by key are cut into `count` runs of equal size, so each shard holds a few neighbouring
 * years (a year filter touches few shards) and a changed cable stays in its shard.
 */
import { createHash } from 'node:crypto';
import { idYear } from './cablegate-id.ts';

/** One shard of `count`, numbered from 1 (`--shard 3/8`). */
export interface ShardSpec {
  index: number;
  count: number;
}

/** `3/8` → shard 3 of 8. */
const SHARD_SPEC = /^(?<index>\d+)\/(?<count>\d+)$/;

/** Reads `k/N` (1 ≤ k ≤ N), or throws with what is wrong. */
export function parseShardSpec(text: string): ShardSpec {
  const groups = SHARD_SPEC.exec(text.trim())?.groups;
  const index = Number(groups?.['index']);
  const count = Number(groups?.['count']);
  if (!groups || index < 1 || count < 1 || index > count) throw new Error(`not a shard: "${text}" (write k/N with 1 ≤ k ≤ N, e.g. 3/8)`);
  return { index, count };
}

/** The year a file's name gives (`04AMMAN1288.txt` → 2004), or null. */
export function fileYear(relativePath: string): number | null {
  return idYear(relativePath.split(/[\\/]/).at(-1) ?? '');
}

/** The sort key of a file (paths relative to the cables folder, with `/`). */
function shardKey(relativePath: string): string {
  const year = fileYear(relativePath);
  return `${year === null ? '0000' : String(year)}:${createHash('sha256').update(relativePath).digest('hex').slice(0, 16)}`;
}

/**
 * The files of each shard, in `count` runs of equal size (±1) over the files sorted by key;
 * each run keeps the input's order. `files` are paths relative to the cables folder.
 */
export function planShards(files: readonly string[], count: number): string[][] {
  const keyed = files.map((file) => ({ file, key: shardKey(file.replaceAll('\\', '/')) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // Each file's shard, then one pass over the input (not one per shard: every shard job plans all).
  const shardOf = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    const to = Math.floor(((index + 1) * keyed.length) / count);
    for (let at = Math.floor((index * keyed.length) / count); at < to; at += 1) shardOf.set(keyed[at]!.file, index);
  }
  const shards: string[][] = Array.from({ length: count }, () => []);
  for (const file of files) shards[shardOf.get(file)!]!.push(file);
  return shards;
}

/**
 * Where a merge build keeps the corpus's listing for its list pages (src/loader/shard-mode.ts,
 * `mergedCorpus`, fills it; src/site/browse-data.ts reads it): on `globalThis`, because the loader
 * and the config run from one copy of the modules and the pages from Astro's prerender bundle,
 * another copy in the same process. A merge keeps no `cables` collection (docs/whole-release.md).
 */
export const MERGED_CORPUS = Symbol.for('cable-reader.merged-corpus');

/**
 * The most cables `npm run build` builds in one `astro build`, and so the size of the shards it
 * cuts a larger corpus into (docs/whole-release.md, "One command at any size"): one build's
 * Pagefind grows with its pages (6.64 GiB for the tree at 10,000 cables); at this size one build
 * peaked at 2.35 GiB and a shard job at 2.76 GiB, under issue 12's 3 GiB.
 */
export const CABLES_PER_SHARD = 2500;

/** What `npm run build` does with a corpus of `cables` files; `jobs`: how many shard jobs run side by side. */
export type BuildPlan =
  | { kind: 'whole'; cables: number; perShard: number; forced: boolean }
  | { kind: 'shards'; cables: number; perShard: number; count: number; auto: boolean; jobs: number; listsBeside: boolean };

/** What the machine gives the build: `os.availableParallelism()` and the bytes it may take. */
export interface Resources {
  cores: number;
  memoryBytes: number;
}

export interface PlanOptions {
  /** `--whole`: one `astro build`, whatever the size. */
  whole?: boolean;
  /** `--shards N`: that many shards, whatever the size. */
  shards?: number | undefined;
  /** Cables per shard (`SHARD_CABLES`): the most for one build, and the shard size. Without it, CABLES_PER_SHARD, and smaller shards when jobs run side by side. */
  perShard?: number | undefined;
  /** `--jobs N`: that many jobs side by side (1: one after another). Without it, as many as the cores and memory allow. */
  jobs?: number | undefined;
  /** The machine; without it, one job at a time. */
  resources?: Resources | undefined;
}

const GIB = 2 ** 30;

/**
 * A pages job's peak (its astro process, then Pagefind beside it), by its shard's cables:
 * JOB_BASE_GIB + JOB_PER_CABLE_GIB a cable, the largest job of a shard (its facts job takes
 * ≈ 0.9 GiB at 2,500 cables). Measured (docs/benchmarks.md, "Issue 12: shard jobs side by side"):
 * at 1,255 cables astro 0.71–0.79 GiB and the job with its `tsx` 1.71–1.77; at 2,500, 2.48–2.76
 * with its `tsx` (Pagefind ≈ 0.5 MB a cable); two jobs side by side with `npm run build` itself,
 * 2.78–2.88 GiB at most in shards of 1,000 and 3.007 GiB in shards of 1,087, which this line
 * holds (2 × 1.32 + 0.25 = 2.89 and 2 × 1.397 + 0.25 = 3.04).
 */
const JOB_BASE_GIB = 0.44;
const JOB_PER_CABLE_GIB = 0.00088;

/** The estimated peak of one shard job of `cables` cables (bytes). */
export function jobMemory(cables: number): number {
  return (JOB_BASE_GIB + JOB_PER_CABLE_GIB * cables) * GIB;
}

/**
 * The list pages' job's peak (the merge's astro build: src/loader/merge-loader.ts), by the
 * corpus's cables: measured 0.93–1.00 GiB at 10,000 and 1.04–1.06 GiB at 50,000 (docs/benchmarks.md,
 * "Issue 12: a merge without a `cables` collection"), its heap ≈ 1.2 KB a cable.
 */
const LISTS_BASE_GIB = 0.97;
const LISTS_PER_CABLE_GIB = 0.000002;

/** The estimated peak of the list pages' job for a corpus of `cables` (bytes). */
export function listsMemory(cables: number): number {
  return (LISTS_BASE_GIB + LISTS_PER_CABLE_GIB * cables) * GIB;
}

/**
 * Whether the list pages' job runs beside the pages jobs, in one of their places (it needs the
 * link stage's links, not their pages): when jobs run side by side and it fits the memory with
 * the other jobs at their largest. Its one core is then busy while a pages job keeps the other,
 * rather than alone at the end (scripts/build.ts).
 */
function listsFit(cables: number, jobs: number, shardCables: number, memory: number): boolean {
  return jobs > 1 && BUILD_PROCESS_BYTES + listsMemory(cables) + (jobs - 1) * jobMemory(shardCables) <= memory;
}

/**
 * The default budget of the jobs side by side (`--memory`, GiB) for a corpus of `cables`: issue
 * 12's peak for the whole process tree, 3 GiB at 10,000 cables and 4 GiB at 50,000, on the line
 * between them (3 below, 4 above). More memory plans fewer, larger shards, each of which starts
 * astro, Pagefind and a facts job once: at 50,000 cables 32 shards of ≤ 1,563 rather than 48 of
 * ≤ 1,042, 1,193.2 against 1,304.2 CPU s and 11.4 against 12.3 min, peak 3.45 GiB (stop 22,
 * docs/benchmarks.md "Issues 7 and 12: this stop's main measured whole").
 */
export function defaultMemoryGib(cables: number): number {
  return Math.min(4, Math.max(3, 3 + (cables - 10_000) / 40_000));
}

/** What `npm run build` itself holds while its jobs run (tsx, the plan, the jobs' output). */
const BUILD_PROCESS_BYTES = 0.25 * GIB;

/**
 * Shards side by side are not made smaller than this: each shard starts astro and Pagefind again
 * (≈ 5 CPU s) and its facts job's Node (≈ 0.7 CPU s of module loading), and a search loads each
 * shard's meta apart.
 */
export const MIN_SIDE_BY_SIDE_SHARD = 1000;

/** Jobs side by side that fit `memoryBytes` with shards of `cables` (at least 1). */
export function jobsThatFit(cables: number, memoryBytes: number): number {
  return Math.max(1, Math.floor((memoryBytes - BUILD_PROCESS_BYTES) / jobMemory(cables)));
}

/** The largest shard (≤ `limit` cables) of which `jobs` jobs fit `memoryBytes`; 0 when not even MIN_SIDE_BY_SIDE_SHARD does. */
function shardFor(jobs: number, memoryBytes: number, limit: number): number {
  const perJob = (memoryBytes - BUILD_PROCESS_BYTES) / jobs / GIB;
  const cables = Math.min(limit, Math.floor((perJob - JOB_BASE_GIB) / JOB_PER_CABLE_GIB));
  return cables >= MIN_SIDE_BY_SIDE_SHARD ? cables : 0;
}

/**
 * How many jobs side by side, with shards of how many cables (≤ `limit`): `--jobs N` as given, in
 * shards that fit the memory (not below MIN_SIDE_BY_SIDE_SHARD); else the most jobs, up to the
 * cores, whose shards fit; one at a time in shards of `limit` when none do.
 */
function sideBySide(limit: number, jobs: number | undefined, cores: number, memory: number): { side: number; size: number } {
  if (jobs !== undefined) return { side: jobs, size: jobs === 1 ? limit : shardFor(jobs, memory, limit) || Math.min(limit, MIN_SIDE_BY_SIDE_SHARD) };
  for (let side = cores; side > 1; side -= 1) {
    const size = shardFor(side, memory, limit);
    if (size > 0) return { side, size };
  }
  return { side: 1, size: limit };
}

/**
 * `count` shards made a multiple of the jobs side by side, so that no last shard runs alone while a
 * core waits (10 shards of 1,000 rather than 9 of 1,112 for 2 jobs: five rounds either way, each
 * shorter), unless that makes shards of fewer than MIN_SIDE_BY_SIDE_SHARD of the `cables` (0: the
 * size is given, the count stays).
 */
function evenRounds(count: number, jobs: number, cables: number): number {
  const even = Math.ceil(count / jobs) * jobs;
  return jobs > 1 && cables / even >= MIN_SIDE_BY_SIDE_SHARD ? even : count;
}

/**
 * One build up to `perShard` cables, else shards; `--whole` and `--shards N` decide instead. Shards
 * are of CABLES_PER_SHARD (or `SHARD_CABLES`) when one job runs at a time; when the cores allow
 * more, as many side by side as the memory holds with shards made smaller to fit (not below
 * MIN_SIDE_BY_SIDE_SHARD), or, with `SHARD_CABLES` or `--shards N`, of the size they give.
 */
export function planBuild(cables: number, { whole = false, shards, perShard, jobs, resources }: PlanOptions = {}): BuildPlan {
  if (whole && shards !== undefined) throw new Error('--whole and --shards ask for two different builds: give one of them');
  const limit = perShard ?? CABLES_PER_SHARD;
  if (shards === undefined && (whole || cables <= limit)) return { kind: 'whole', cables, perShard: limit, forced: whole && cables > limit };
  const cores = jobs ?? resources?.cores ?? 1;
  const memory = resources?.memoryBytes ?? Infinity;
  if (shards !== undefined) {
    const fit = Math.min(jobs ?? Math.min(cores, jobsThatFit(Math.ceil(cables / shards), memory)), shards);
    return { kind: 'shards', cables, perShard: limit, count: shards, auto: false, jobs: fit, listsBeside: listsFit(cables, fit, Math.ceil(cables / shards), memory) };
  }
  const { side, size } = perShard === undefined ? sideBySide(limit, jobs, cores, memory) : { side: jobs ?? Math.min(cores, jobsThatFit(perShard, memory)), size: perShard };
  const count = evenRounds(Math.ceil(cables / size), side, perShard === undefined ? cables : 0);
  const fit = Math.max(1, Math.min(side, count));
  return { kind: 'shards', cables, perShard: limit, count, auto: true, jobs: fit, listsBeside: listsFit(cables, fit, Math.ceil(cables / count), memory) };
}

/** A whole number of cables ≥ 1 (`SHARD_CABLES=10`). */
const CABLE_COUNT = /^[1-9]\d*$/;

/** `SHARD_CABLES` read (for tests and experiments: the shard size and threshold), or the default. */
export function cablesPerShard(value: string | undefined): number {
  if (value === undefined || value === '') return CABLES_PER_SHARD;
  if (!CABLE_COUNT.test(value.trim())) throw new Error(`SHARD_CABLES=${value}: give a whole number of cables ≥ 1`);
  return Number(value);
}

/** How the jobs run: `one after another` or `2 jobs side by side`. */
const jobsText = (jobs: number): string => (jobs === 1 ? 'one after another' : `${jobs} jobs side by side`);

/**
 * The line `npm run build` prints when the plan is not the one astro build it always was: why,
 * and how to ask for another. Null for a whole build the size allows.
 */
export function planLine(plan: BuildPlan, where: string): string | null {
  if (plan.kind === 'whole') {
    const limit = `${plan.perShard} cables (SHARD_CABLES) for one astro build, whose memory grows with the cables`;
    return plan.forced ? `build: ${plan.cables} cables in ${where}, more than ${limit}: one astro build all the same (--whole)` : null;
  }
  if (!plan.auto) return `build: ${plan.cables} cables in ${where} in ${plan.count} shards (--shards ${plan.count}), ${jobsText(plan.jobs)}`;
  return (
    `build: ${plan.cables} cables in ${where}, more than ${plan.perShard} cables (SHARD_CABLES) for one astro build, whose memory grows with the cables: ` +
    `building ${plan.count} shards ${plan.jobs === 1 ? '' : `of ≤ ${Math.ceil(plan.cables / plan.count)} cables, `}${jobsText(plan.jobs)} ` +
    `(--jobs N another number of jobs, --whole forces one astro build, --shards N another count; docs/whole-release.md)`
  );
}
