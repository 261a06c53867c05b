/**
 * The facts stage of `npm run build` in runner processes (issue 12; scripts/shard/shard-queue.ts):
 * each facts job side by side is one process (scripts/shard/facts-runner.ts) that writes shards'
 * facts from one queue, in shard order, rather than one process per shard. What a facts process
 * pays before its shard's work is then paid once per runner: loading the modules (≈ 0.5 CPU s),
 * the names' word lists and gazetteers, and V8's warm-up of the name finder: ≈ 1.0–1.4 CPU s a
 * process saved (two 1,000-cable shards 8.19 CPU s in one process, 9.21 in two; the 10k build's
 * facts stage 54.5 → 44.2 CPU s; docs/benchmarks.md, "Issue 12: the facts jobs as runner
 * processes"). Each shard's facts and annotations are the bytes its own process writes.
 */
import type { ShardSpec } from '../../src/lib/shards.ts';
import { FACTS_NODE_FLAGS } from './node-flags.ts';
import { ShardQueue, type QueuedShard, type RunnerKind } from './shard-queue.ts';

/**
 * A facts runner gets no more shards once its resident memory after one is above this: its heap
 * after a shard is what the modules and word lists hold (≈ 0.06 GiB), and its resident memory
 * grows by ≈ 0.01 GiB a shard (0.32 GiB after a first 1,000-cable shard, 0.37 after the fifth),
 * so a runner retires only if that stops being true; far below a job's share of the budget
 * (src/lib/shards.ts jobMemory: 1.32 GiB at 1,000 cables).
 */
export const FACTS_RETIRE_BYTES = 0.6 * 2 ** 30;

const FACTS_RUNNER: RunnerKind<QueuedShard> = {
  kind: 'facts',
  nodeFlags: FACTS_NODE_FLAGS,
  env: {},
  retireBytes: FACTS_RETIRE_BYTES,
  message: ({ shard }) => ({ index: shard.index, count: shard.count }),
};

/** The facts jobs' queue: every shard's facts are written (its annotations cached make it quick). */
export class FactsQueue extends ShardQueue<QueuedShard> {
  constructor(shards: readonly ShardSpec[]) {
    super(shards, (shard) => ({ shard, built: () => undefined }), FACTS_RUNNER);
  }
}
