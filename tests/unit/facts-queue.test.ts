/**
 * The facts stage's queue (scripts/shard/facts-queue.ts): runner processes of
 * scripts/shard/facts-runner.ts, with a facts job's V8 flags, write the shards' facts in shard
 * order, one process several shards while its memory stays low, a fresh one after a process grown
 * past FACTS_RETIRE_BYTES, and a shard that failed stops the stage with its status. The runner is
 * played by tests/helpers/fake-runner.ts; the real one runs in tests/build/jobs.test.ts.
 */
import { expect, test } from 'vitest';
import { FactsQueue, FACTS_RETIRE_BYTES } from '../../scripts/shard/facts-queue.ts';
import { FACTS_NODE_FLAGS } from '../../scripts/shard/node-flags.ts';
import type { ShardSpec } from '../../src/lib/shards.ts';
import { fakeRunner } from '../helpers/fake-runner.ts';

const shards = (count: number): ShardSpec[] => Array.from({ length: count }, (_, index) => ({ index: index + 1, count }));
const log = (): void => undefined;

test("two runner jobs share one queue in shard order, each process started with a facts job's flags", async () => {
  const queue = new FactsQueue(shards(5));
  const { exec, processes, calls } = fakeRunner('facts', () => ({ status: 0, rss: 0.4 * 2 ** 30 }));
  const threads = { CABLE_ANNOTATE_THREADS: '1' };
  const statuses = await Promise.all([queue.job('facts #1', '/project', threads).run(exec, log), queue.job('facts #2', '/project', threads).run(exec, log)]);
  expect(statuses).toEqual([0, 0]);
  // Two processes, not five; between them every shard once, each taking the next as it ends.
  expect(processes).toHaveLength(2);
  expect(processes.flat().sort()).toEqual([1, 2, 3, 4, 5]);
  expect(processes.map((got) => got[0])).toEqual([1, 2]);
  for (const call of calls) {
    expect(call.args).toEqual([...FACTS_NODE_FLAGS, '--expose-gc', '/project/scripts/shard/facts-runner.ts']);
    expect(call.env).toEqual(threads);
  }
  expect(calls[0]!.lines[0]).toEqual({ index: 1, count: 5 });
});

test('a facts runner grown past FACTS_RETIRE_BYTES is sent no more: a fresh one takes the rest', async () => {
  const { exec, processes } = fakeRunner('facts', (shard) => ({ status: 0, rss: shard.index === 3 ? FACTS_RETIRE_BYTES + 1 : FACTS_RETIRE_BYTES - 1 }));
  const status = await new FactsQueue(shards(5)).job('facts #1', '/project', {}).run(exec, log);
  expect(status).toBe(0);
  expect(processes).toEqual([[1, 2, 3], [4, 5]]);
});

test("a shard whose facts failed stops the stage with its status: no runner is sent another", async () => {
  const queue = new FactsQueue(shards(4));
  const { exec, processes } = fakeRunner('facts', (shard) => ({ status: shard.index === 2 ? 1 : 0, rss: 0 }));
  const status = await queue.job('facts #1', '/project', {}).run(exec, log);
  expect(status).toBe(1);
  expect(processes).toEqual([[1, 2]]);
  // The shard that failed goes back to the queue, so another job's run starts with it: none is skipped.
  const again = fakeRunner('facts', () => ({ status: 0, rss: 0 }));
  expect(await queue.job('facts #2', '/project', {}).run(again.exec, log)).toBe(0);
  expect(again.processes).toEqual([[2, 3, 4]]);
});
