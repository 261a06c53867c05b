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
import { build } from 'astro';
import { serveShards, type PagesShard } from './runner-protocol.ts';

async function buildShard(shard: PagesShard): Promise<number> {
  // What scripts/build.ts gives a pages job of its own; astro reads them as it builds.
  process.env['CABLE_SHARD'] = `${shard.index}/${shard.count}`;
  process.env['CABLE_ASTRO_CACHE'] = shard.cacheDir;
  await build({ root: process.cwd(), outDir: shard.outDir });
  return 0;
}

process.exitCode = await serveShards('pages', buildShard);
