/**
 * The pages stage of `npm run build` in runner processes (issue 12): each pages job side by side
 * is one process (scripts/shard/pages-runner.ts) that builds shards from one queue, largest first,
 * until none is left, rather than one `astro build` process per shard. A shard's build pays
 * Astro's, Vite's and rolldown's loading and compiling once per process (≈ 2 CPU s of a
 * 1,000-cable job; docs/benchmarks.md), and writes the same bytes.
 *
 * A runner's memory grows a little with each shard (each build's modules stay loaded, the heap
 * stays as large as it grew): after a shard that leaves it above RUNNER_RETIRE_BYTES it is sent
 * no more, and the job starts a fresh one for the rest.
 */
import { join } from 'node:path';
import type { ShardSpec } from '../../src/lib/shards.ts';
import type { Job } from './jobs.ts';
import { RUNNER_MARK, type RunnerDone, type RunnerShard } from './runner-protocol.ts';

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
export interface PagesBuild {
  shard: ShardSpec;
  outDir: string;
  cacheDir: string;
  /** Called once its site is built in `outDir` (moves it into place, stamps it). */
  built: () => void;
}

/**
 * What to do with a shard: a PagesBuild, or an exit status when there is nothing to build
 * (0: its pages are there and unchanged; else why it cannot be built).
 */
export type PagesPrepare = (shard: ShardSpec, log: (line: string) => void) => PagesBuild | number;

export class PagesQueue {
  readonly #waiting: ShardSpec[];
  readonly #prepare: PagesPrepare;
  /** A status other than 0 stops every runner job. */
  #failed = 0;

  /** `shards` in the order they are to be built. */
  constructor(shards: readonly ShardSpec[], prepare: PagesPrepare) {
    this.#waiting = [...shards];
    this.#prepare = prepare;
  }

  /** The next shard to build (those with nothing to build passed over), or null. */
  #next(log: (line: string) => void): PagesBuild | null {
    while (this.#failed === 0 && this.#waiting.length > 0) {
      const prepared = this.#prepare(this.#waiting.shift()!, log);
      if (typeof prepared !== 'number') return prepared;
      if (prepared !== 0) this.#failed = prepared;
    }
    return null;
  }

  /**
   * A job that builds shards from the queue in runner processes (`node` = this Node, `env` the
   * runners' environment: the work folder, the heap limit) until none is left; its status is
   * the first failure's.
   */
  job(name: string, root: string, env: Record<string, string>): Job {
    return {
      name,
      run: async (exec, log) => {
        for (let first = this.#next(log); first !== null; first = this.#next(log)) {
          let current: PagesBuild | null = first;
          const send = (build: PagesBuild, write: (line: string) => void): void => {
            const shard: RunnerShard = { index: build.shard.index, count: build.shard.count, outDir: build.outDir, cacheDir: build.cacheDir };
            write(JSON.stringify(shard));
          };
          let write: (line: string) => void = () => undefined;
          let end: () => void = () => undefined;
          const status = await exec(process.execPath, ['--expose-gc', join(root, 'scripts/shard/pages-runner.ts')], {
            env: { ...env, ...RUNNER_ENV },
            dialogue: {
              start: (sendLine, endInput) => {
                write = sendLine;
                end = endInput;
                send(first, write);
              },
              line: (line) => {
                if (!line.startsWith(RUNNER_MARK) || current === null) return;
                const done = JSON.parse(line.slice(RUNNER_MARK.length)) as RunnerDone;
                if (done.status !== 0) return;
                current.built();
                current = done.rss > RUNNER_RETIRE_BYTES ? null : this.#next(log);
                if (current === null) end();
                else send(current, write);
              },
            },
          });
          // A shard whose build did not end is built again by the next runner (or this job run again).
          if (current !== null) this.#waiting.unshift(current.shard);
          if (status !== 0) return status;
          if (current !== null) return 1;
        }
        return this.#failed;
      },
    };
  }
}
