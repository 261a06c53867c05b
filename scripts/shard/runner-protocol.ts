/**
 * What a shard queue (scripts/shard/shard-queue.ts) and its runner processes (scripts/shard/
 * pages-runner.ts, facts-runner.ts) say to each other, one JSON object a line: the queue sends a
 * RunnerShard on the runner's stdin; the runner answers each with its kind's mark and a
 * RunnerDone on its stdout (its other lines are the work's own: astro's, the facts line).
 */
import { createInterface } from 'node:readline';

/** The line that tells the queue a shard's work ended: `@@pages-runner {…}`, `@@facts-runner {…}`. */
export const runnerMark = (kind: string): string => `@@${kind}-runner `;

/** One shard to do (a kind of runner may add fields: PagesShard). */
export interface RunnerShard {
  index: number;
  count: number;
}

/** A shard of the pages stage: where its site is built. */
export interface PagesShard extends RunnerShard {
  /** Where astro writes the site (scripts/shard/cache.ts shardBuildDir). */
  outDir: string;
  /** The shard's astro cache folder (CABLE_ASTRO_CACHE: astro.config.mjs reads it). */
  cacheDir: string;
}

/** A shard's work ended: its exit status, and the runner's resident memory then (bytes). */
export interface RunnerDone {
  index: number;
  status: number;
  rss: number;
}

/**
 * The runner's side: does each shard named on stdin with `work` (its exit status), one after
 * another, and answers each; resolves to the process's exit status when stdin ends, or after the
 * first shard that failed.
 */
export async function serveShards<S extends RunnerShard>(kind: string, work: (shard: S) => Promise<number>): Promise<number> {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const shard = JSON.parse(line) as S;
    let status: number;
    try {
      status = await work(shard);
    } catch (error) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      status = 1;
    }
    // The last shard's garbage collected now (the queue starts a runner with --expose-gc), not
    // while the next grows: a pages runner then holds ≈ 0.7 GiB rather than ≈ 0.9 between shards.
    globalThis.gc?.();
    const done: RunnerDone = { index: shard.index, status, rss: process.memoryUsage.rss() };
    process.stdout.write(`${runnerMark(kind)}${JSON.stringify(done)}\n`);
    if (status !== 0) return status;
  }
  return 0;
}
