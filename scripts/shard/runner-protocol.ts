/**
 * What scripts/shard/pages-queue.ts and the pages runner (scripts/shard/pages-runner.ts) say to
 * each other, one JSON object a line: the queue sends a RunnerShard on the runner's stdin; the
 * runner answers each with RUNNER_MARK and a RunnerDone on its stdout (its other lines are astro's).
 */

/** The line that tells the queue a shard's build ended. */
export const RUNNER_MARK = '@@pages-runner ';

/** One shard to build. */
export interface RunnerShard {
  index: number;
  count: number;
  /** Where astro writes the site (scripts/shard/cache.ts shardBuildDir). */
  outDir: string;
  /** The shard's astro cache folder (CABLE_ASTRO_CACHE: astro.config.mjs reads it). */
  cacheDir: string;
}

/** A shard's build ended: its exit status, and the runner's resident memory then (bytes). */
export interface RunnerDone {
  index: number;
  status: number;
  rss: number;
}
