/**
 * The pages stage of `npm run build` in runner processes (issue 12; scripts/shard/shard-queue.ts):
 * each pages job side by side is one process (scripts/shard/pages-runner.ts) that builds shards
 * from one queue, largest first, until none is left, rather than one `astro build` process per
 * shard. A shard's build pays Astro's, Vite's and rolldown's loading and compiling once per
 * process (≈ 2 CPU s of a 1,000-cable job; docs/benchmarks.md), and writes the same bytes.
 *
 * A runner's memory grows a little with each shard (each build's modules stay loaded, the heap
 * stays as large as it grew): after a shard that leaves it above RUNNER_RETIRE_BYTES it is sent
 * no more, and the job starts a fresh one for the rest.
 */
import type { ShardSpec } from '../../src/lib/shards.ts';
import { ShardQueue, type Prepare, type QueuedShard, type RunnerKind } from './shard-queue.ts';

/**
 * A runner gets no more shards once its resident memory after one is above this: measured at
 * 0.69 GiB after its first 1,000-cable shard and 0.75 after the second (RUNNER_ENV, a collection
 * between them; 0.70, 0.82, 0.88 without); Pagefind's process (≈ 0.5 MB a cable) comes on top
 * while it runs, and two runners side by side at 0.95 took the 10k tree to 3.49 GiB
 * (docs/benchmarks.md).
 */
export const RUNNER_RETIRE_BYTES = 0.8 * 2 ** 30;

/**
 * glibc's malloc in two arenas rather than one per thread that allocates (V8's helpers, libuv's,
 * rolldown's): what one build freed is reused by the next, not kept apart (a runner after two
 * 1,000-cable shards 0.75 rather than 0.82 GiB, with the collection between them).
 */
const RUNNER_ENV = { MALLOC_ARENA_MAX: '2' };

/** A shard the queue may build: where, and what to do once it is built. */
export interface PagesBuild extends QueuedShard {
  outDir: string;
  cacheDir: string;
}

/** What to do with a shard: a PagesBuild, or an exit status when there is nothing to build. */
export type PagesPrepare = Prepare<PagesBuild>;

const PAGES_RUNNER: RunnerKind<PagesBuild> = {
  kind: 'pages',
  nodeFlags: [],
  env: RUNNER_ENV,
  retireBytes: RUNNER_RETIRE_BYTES,
  message: ({ shard, outDir, cacheDir }) => ({ index: shard.index, count: shard.count, outDir, cacheDir }),
};

/** The pages jobs' queue: `job(name, root, env)` is one runner job (`env`: the work folder, the heap limit). */
export class PagesQueue extends ShardQueue<PagesBuild> {
  constructor(shards: readonly ShardSpec[], prepare: PagesPrepare) {
    super(shards, prepare, PAGES_RUNNER);
  }
}
