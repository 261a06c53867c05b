/**
 * The work folder as `npm run build` (whole runs of every stage) leaves it: the facts, links and
 * shard outputs of its own shard count only. Another count's files would otherwise stay beside
 * them (`npm run merge` without --shards could not tell which count to merge) and take the disk.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** `k-of-N.json` (facts and links). */
const OF_COUNT = /^\d+-of-(?<count>\d+)\.json$/;

/** The shard count N a facts or links file `k-of-N.json` is of, or null for another file. */
export function countOf(name: string): number | null {
  const count = OF_COUNT.exec(name)?.groups?.['count'];
  return count === undefined ? null : Number(count);
}
/** `k` and `k.stamp` (a shard's output and its record). */
const SHARD_OUTPUT = /^(?<index>\d+)(?:\.stamp)?$/;

/** Removes what belongs to another shard count than `count`; returns how many files and folders went. */
export function keepOnlyCount(work: string, count: number): number {
  let removed = 0;
  const remove = (folder: string, other: (name: string) => boolean): void => {
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder).filter(other)) {
      rmSync(join(folder, name), { recursive: true, force: true });
      removed += 1;
    }
  };
  const otherCount = (name: string): boolean => (countOf(name) ?? count) !== count;
  remove(join(work, 'facts'), otherCount);
  remove(join(work, 'links'), otherCount);
  const otherShard = (name: string): boolean => Number(SHARD_OUTPUT.exec(name)?.groups?.['index'] ?? 0) > count;
  remove(join(work, 'dist'), otherShard);
  remove(join(work, 'cache'), otherShard);
  return removed;
}
