/**
 * The pages stage's queue (scripts/shard/pages-queue.ts): runner processes take the shards in the
 * queue's order, one process builds several while its memory stays low and a fresh one follows a
 * process grown past RUNNER_RETIRE_BYTES, shards with nothing to build are passed over, and a shard
 * whose build failed is not counted built. The runner is played by an `exec` that answers as
 * scripts/shard/pages-runner.ts does (tests/helpers/fake-runner.ts; the real runner runs in
 * tests/build/jobs.test.ts).
 */
import { expect, test } from 'vitest';
import { PagesQueue, RUNNER_RETIRE_BYTES, type PagesPrepare } from '../../scripts/shard/pages-queue.ts';
import type { ShardSpec } from '../../src/lib/shards.ts';
import { fakeRunner as fakeRunnerOf } from '../helpers/fake-runner.ts';

const shards = (count: number): ShardSpec[] => Array.from({ length: count }, (_, index) => ({ index: index + 1, count }));

/** Prepares every shard to build, recording which were built. */
function recording(skip: number[] = []): { prepare: PagesPrepare; built: number[] } {
  const built: number[] = [];
  const prepare: PagesPrepare = (shard) =>
    skip.includes(shard.index) ? 0 : { shard, outDir: `/out/${shard.index}`, cacheDir: `/cache/${shard.index}`, built: () => built.push(shard.index) };
  return { prepare, built };
}

const log = (): void => undefined;
const fakeRunner = (answer: Parameters<typeof fakeRunnerOf>[1]) => fakeRunnerOf('pages', answer);

test('one runner process builds every shard, in the queue order, while its memory stays low', async () => {
  const { prepare, built } = recording();
  const order = [shards(4)[2]!, shards(4)[0]!, shards(4)[3]!, shards(4)[1]!];
  const { exec, processes, calls } = fakeRunner(() => ({ status: 0, rss: 2 ** 29 }));
  const status = await new PagesQueue(order, prepare).job('pages #1', '/project', { SHARD_WORK: '/work' }).run(exec, log);
  expect(status).toBe(0);
  expect(processes).toEqual([[3, 1, 4, 2]]);
  expect(built).toEqual([3, 1, 4, 2]);
  // The pages runner, sent where each shard's site and astro cache go, in the job's environment.
  expect(calls[0]!.args.at(-1)).toBe('/project/scripts/shard/pages-runner.ts');
  expect(calls[0]!.lines[0]).toEqual({ index: 3, count: 4, outDir: '/out/3', cacheDir: '/cache/3' });
  expect(calls[0]!.env).toEqual({ SHARD_WORK: '/work', MALLOC_ARENA_MAX: '2' });
});

test('a process grown past RUNNER_RETIRE_BYTES is sent no more: a fresh one takes the rest', async () => {
  const { prepare, built } = recording();
  const { exec, processes } = fakeRunner((shard) => ({ status: 0, rss: shard.index === 2 ? RUNNER_RETIRE_BYTES + 1 : RUNNER_RETIRE_BYTES - 1 }));
  const status = await new PagesQueue(shards(4), prepare).job('pages #1', '/project', {}).run(exec, log);
  expect(status).toBe(0);
  expect(processes).toEqual([[1, 2], [3, 4]]);
  expect(built).toEqual([1, 2, 3, 4]);
});

test('shards with nothing to build are passed over; two jobs share one queue', async () => {
  const { prepare, built } = recording([2, 3]);
  const queue = new PagesQueue(shards(5), prepare);
  const { exec, processes } = fakeRunner(() => ({ status: 0, rss: 0 }));
  const statuses = await Promise.all([queue.job('pages #1', '/project', {}).run(exec, log), queue.job('pages #2', '/project', {}).run(exec, log)]);
  expect(statuses).toEqual([0, 0]);
  expect(processes.flat().sort()).toEqual([1, 4, 5]);
  expect(built.sort()).toEqual([1, 4, 5]);
});

test("a failed shard's build is not counted built, and its status is the job's", async () => {
  const { prepare, built } = recording();
  const { exec, processes } = fakeRunner((shard) => ({ status: shard.index === 2 ? 1 : 0, rss: 0 }));
  const status = await new PagesQueue(shards(3), prepare).job('pages #1', '/project', {}).run(exec, log);
  expect(status).toBe(1);
  expect(processes).toEqual([[1, 2]]);
  expect(built).toEqual([1]);
});

test("a shard that cannot be built (stale links: 3) stops the queue with its status", async () => {
  const built: number[] = [];
  const prepare: PagesPrepare = (shard) => (shard.index === 2 ? 3 : { shard, outDir: '/o', cacheDir: '/c', built: () => built.push(shard.index) });
  const { exec } = fakeRunner(() => ({ status: 0, rss: 0 }));
  const status = await new PagesQueue(shards(3), prepare).job('pages #1', '/project', {}).run(exec, log);
  expect(status).toBe(3);
  expect(built).toEqual([1]);
});
