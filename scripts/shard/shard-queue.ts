/**
 * A stage of `npm run build` in runner processes (issue 12): each job side by side is one process
 * (a runner: scripts/shard/<kind>-runner.ts) that does shards from one queue, in the queue's
 * order, until none is left, rather than one process per shard, so what a process loads and
 * compiles before its first shard is paid once per runner. The pages stage (pages-queue.ts) and
 * the facts stage (facts-queue.ts) run this way; each shard's output is the bytes a process of its
 * own writes.
 *
 * A runner's memory may grow a little with each shard: after a shard that leaves it above its
 * kind's `retireBytes` it is sent no more, and the job starts a fresh one for the rest.
 */
import { join } from 'node:path';
import type { ShardSpec } from '../../src/lib/shards.ts';
import type { Job } from './jobs.ts';
import { runnerMark, type RunnerDone, type RunnerShard } from './runner-protocol.ts';

/** A shard the queue hands a runner, and what to do once the runner has done it. */
export interface QueuedShard {
  shard: ShardSpec;
  /** Called once the runner has done the shard (a site moved into place and stamped…). */
  built: () => void;
}

/**
 * What to do with a shard: a QueuedShard, or an exit status when there is nothing to do
 * (0: its output is there and unchanged; else why it cannot be done).
 */
export type Prepare<Q extends QueuedShard> = (shard: ShardSpec, log: (line: string) => void) => Q | number;

/** A kind of runner process. */
export interface RunnerKind<Q extends QueuedShard> {
  /** `pages`, `facts`: its script is scripts/shard/<kind>-runner.ts, its answers runnerMark(kind). */
  kind: string;
  /** Node's flags for the runner (V8's), before its script. */
  nodeFlags: readonly string[];
  /** Environment of every runner of the kind, over the job's. */
  env: Record<string, string>;
  /** A runner gets no more shards once its resident memory after one is above this. */
  retireBytes: number;
  /** The line the runner is sent for a shard. */
  message: (queued: Q) => RunnerShard;
}

export class ShardQueue<Q extends QueuedShard> {
  readonly #waiting: ShardSpec[];
  readonly #prepare: Prepare<Q>;
  readonly #runner: RunnerKind<Q>;
  /** A status other than 0 stops every runner job. */
  #failed = 0;

  /** `shards` in the order they are to be done. */
  constructor(shards: readonly ShardSpec[], prepare: Prepare<Q>, runner: RunnerKind<Q>) {
    this.#waiting = [...shards];
    this.#prepare = prepare;
    this.#runner = runner;
  }

  /** The next shard to do (those with nothing to do passed over), or null. */
  #next(log: (line: string) => void): Q | null {
    while (this.#failed === 0 && this.#waiting.length > 0) {
      const prepared = this.#prepare(this.#waiting.shift()!, log);
      if (typeof prepared !== 'number') return prepared;
      if (prepared !== 0) this.#failed = prepared;
    }
    return null;
  }

  /**
   * A job that does shards from the queue in runner processes (run by this Node; `env` the
   * runners' environment: the work folder, the heap limit, the annotate threads) until none is
   * left; its status is the first failure's.
   */
  job(name: string, root: string, env: Record<string, string>): Job {
    const { kind, nodeFlags, retireBytes, message } = this.#runner;
    const mark = runnerMark(kind);
    return {
      name,
      run: async (exec, log) => {
        for (let first = this.#next(log); first !== null; first = this.#next(log)) {
          let current: Q | null = first;
          let write: (line: string) => void = () => undefined;
          let end: () => void = () => undefined;
          const send = (queued: Q): void => write(JSON.stringify(message(queued)));
          const status = await exec(process.execPath, [...nodeFlags, '--expose-gc', join(root, `scripts/shard/${kind}-runner.ts`)], {
            env: { ...env, ...this.#runner.env },
            dialogue: {
              start: (sendLine, endInput) => {
                write = sendLine;
                end = endInput;
                send(first);
              },
              line: (line) => {
                if (!line.startsWith(mark) || current === null) return;
                const done = JSON.parse(line.slice(mark.length)) as RunnerDone;
                if (done.status !== 0) return;
                current.built();
                current = done.rss > retireBytes ? null : this.#next(log);
                if (current === null) end();
                else send(current);
              },
            },
          });
          // A shard whose work did not end is done again by the next runner (or this job run again).
          if (current !== null) this.#waiting.unshift(current.shard);
          if (status !== 0) return status;
          if (current !== null) return 1;
        }
        return this.#failed;
      },
    };
  }
}
