/**
 * A runner process of a shard queue (scripts/shard/shard-queue.ts) played by an `exec` that
 * answers as scripts/shard/pages-runner.ts and facts-runner.ts do (runner-protocol.ts), for the
 * queues' unit tests; the real runners run in tests/build/jobs.test.ts.
 */
import type { Exec } from '../../scripts/shard/jobs.ts';
import { runnerMark, type RunnerShard } from '../../scripts/shard/runner-protocol.ts';

export interface FakeRunner {
  exec: Exec;
  /** The shards each process was sent, a list per process. */
  processes: number[][];
  /** Each process's arguments (Node's flags, the runner's script) and the lines it was sent. */
  calls: { args: string[]; env: Record<string, string>; lines: RunnerShard[] }[];
}

/** A runner of `kind` per exec call: each shard it is sent is answered with `answer(shard)` (status, rss). */
export function fakeRunner(kind: string, answer: (shard: RunnerShard) => { status: number; rss: number }): FakeRunner {
  const processes: number[][] = [];
  const calls: FakeRunner['calls'] = [];
  const exec: Exec = (_command, args, options) =>
    new Promise((resolve) => {
      const got: number[] = [];
      const lines: RunnerShard[] = [];
      processes.push(got);
      calls.push({ args, env: options?.env ?? {}, lines });
      let status = 0;
      options!.dialogue!.start(
        (line) => {
          const shard = JSON.parse(line) as RunnerShard;
          got.push(shard.index);
          lines.push(shard);
          const done = { index: shard.index, ...answer(shard) };
          if (done.status !== 0) status = done.status;
          // Answered later, as the process would, after this send returned.
          queueMicrotask(() => {
            options!.dialogue!.line(`${runnerMark(kind)}${JSON.stringify(done)}`);
            if (done.status !== 0) resolve(done.status);
          });
        },
        () => queueMicrotask(() => resolve(status)),
      );
    });
  return { exec, processes, calls };
}
