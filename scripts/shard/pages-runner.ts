/**
 * A pages process that builds several shards in turn (issue 12; scripts/shard/pages-queue.ts
 * feeds it): one `astro build` (Astro's own `build()`, as its CLI runs it) per shard named on its
 * stdin, each in the environment a pages job of its own gets. Astro, Vite and rolldown are loaded
 * and compiled once per process rather than once per shard (≈ 2 of a 1,000-cable job's ≈ 14 CPU s;
 * docs/benchmarks.md, "Issue 12: one astro process for several shards"); every shard's output is
 * the bytes its own process writes.
 *
 * What it reads and writes: scripts/shard/runner-protocol.ts. The process ends when its stdin
 * does, or after a build that failed (exit status 1).
 */
import { createInterface } from 'node:readline';
import { build } from 'astro';
import { RUNNER_MARK, type RunnerDone, type RunnerShard } from './runner-protocol.ts';

async function buildShard(shard: RunnerShard): Promise<number> {
  // What scripts/build.ts gives a pages job of its own; astro reads them as it builds.
  process.env['CABLE_SHARD'] = `${shard.index}/${shard.count}`;
  process.env['CABLE_ASTRO_CACHE'] = shard.cacheDir;
  try {
    await build({ root: process.cwd(), outDir: shard.outDir });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

async function main(): Promise<number> {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const shard = JSON.parse(line) as RunnerShard;
    const status = await buildShard(shard);
    // The last build's garbage collected now (the queue starts the runner with --expose-gc), not
    // while the next grows: the process then holds ≈ 0.7 GiB rather than ≈ 0.9 between shards.
    globalThis.gc?.();
    const done: RunnerDone = { index: shard.index, status, rss: process.memoryUsage.rss() };
    process.stdout.write(`${RUNNER_MARK}${JSON.stringify(done)}\n`);
    if (status !== 0) return status;
  }
  return 0;
}

process.exitCode = await main();
