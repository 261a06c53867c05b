/**
 * Shards of a large build (issue 12): which cable files a shard job builds. The key is stable per
 * file and needs no parsing: the year its Cablegate reference id starts with (`04AMMAN1288.txt` →
 * 2004; a file without one sorts first), then a hash of its path inside the cables folder. Files
 * sorted by key are cut into `count` runs of equal size, so each shard holds a few neighbouring
 * years (a year filter touches few shards) and a changed cable stays in its shard.
 */
import { createHash } from 'node:crypto';

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

/** The two-digit year a Cablegate file name starts with (`04AMMAN1288.txt`). */
const ID_YEAR = /^(?<yy>\d{2})[A-Z]/;

/** The year a file's name gives (reference ids of 1966–2010: `66…` is 1966, `04…` 2004), or null. */
export function fileYear(relativePath: string): number | null {
  const name = relativePath.split(/[\\/]/).at(-1) ?? '';
  const yy = ID_YEAR.exec(name)?.groups?.['yy'];
  if (yy === undefined) return null;
  const year = Number(yy);
  return year >= 50 ? 1900 + year : 2000 + year;
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
  const shards: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    const from = Math.floor((index * keyed.length) / count);
    const to = Math.floor(((index + 1) * keyed.length) / count);
    const inShard = new Set(keyed.slice(from, to).map(({ file }) => file));
    shards.push(files.filter((file) => inShard.has(file)));
  }
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

/** What `npm run build` does with a corpus of `cables` files. */
export type BuildPlan =
  | { kind: 'whole'; cables: number; perShard: number; forced: boolean }
  | { kind: 'shards'; cables: number; perShard: number; count: number; auto: boolean };

export interface PlanOptions {
  /** `--whole`: one `astro build`, whatever the size. */
  whole?: boolean;
  /** `--shards N`: that many shards, whatever the size. */
  shards?: number | undefined;
  /** Cables per shard (`SHARD_CABLES`), CABLES_PER_SHARD by default. */
  perShard?: number;
}

/** One build up to `perShard` cables, else ⌈cables / perShard⌉ shards; `--whole` and `--shards N` decide instead. */
export function planBuild(cables: number, { whole = false, shards, perShard = CABLES_PER_SHARD }: PlanOptions = {}): BuildPlan {
  if (whole && shards !== undefined) throw new Error('--whole and --shards ask for two different builds: give one of them');
  if (shards !== undefined) return { kind: 'shards', cables, perShard, count: shards, auto: false };
  if (whole || cables <= perShard) return { kind: 'whole', cables, perShard, forced: whole && cables > perShard };
  return { kind: 'shards', cables, perShard, count: Math.ceil(cables / perShard), auto: true };
}

/** A whole number of cables ≥ 1 (`SHARD_CABLES=10`). */
const CABLE_COUNT = /^[1-9]\d*$/;

/** `SHARD_CABLES` read (for tests and experiments: the shard size and threshold), or the default. */
export function cablesPerShard(value: string | undefined): number {
  if (value === undefined || value === '') return CABLES_PER_SHARD;
  if (!CABLE_COUNT.test(value.trim())) throw new Error(`SHARD_CABLES=${value}: give a whole number of cables ≥ 1`);
  return Number(value);
}

/**
 * The line `npm run build` prints when the plan is not the one astro build it always was: why,
 * and how to ask for another. Null for a whole build the size allows.
 */
export function planLine(plan: BuildPlan, where: string): string | null {
  const limit = `${plan.perShard} cables (SHARD_CABLES) for one astro build, whose memory grows with the cables`;
  if (plan.kind === 'whole') {
    return plan.forced ? `build: ${plan.cables} cables in ${where}, more than ${limit}: one astro build all the same (--whole)` : null;
  }
  if (!plan.auto) return `build: ${plan.cables} cables in ${where} in ${plan.count} shards (--shards ${plan.count})`;
  return (
    `build: ${plan.cables} cables in ${where}, more than ${limit}: building ${plan.count} shards one after another ` +
    `(--whole forces one astro build, --shards N another count; docs/whole-release.md)`
  );
}
