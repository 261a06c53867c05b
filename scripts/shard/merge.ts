/**
 * The merge of a sharded build (issue 12): `astro build` in merge mode (the list pages from every
 * shard's facts, links and cached annotations: home, browse, names, glossary, search, redirects;
 * no reader page) into `<work>/merge` (`buildLists`: a build runs it beside the pages jobs), then,
 * once every shard's pages are built, `dist/` assembled from it and the shards' outputs
 * (scripts/shard/assemble.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { requireFacts, shardWork } from '../../src/loader/shard-mode.ts';
import { assembleSite, outDirOf, shardsFit } from './assemble.ts';
import { nodeOptionsWithHeap } from './heap.ts';
import { countOf } from './work.ts';

/**
 * The merge's astro heap (MB). Its live heap no longer holds every cable's names, terms and link
 * facts (spilled to disk, read one shard at a time): 400 MB was enough at 10,000 cables, and the
 * limit took the merge from 1.52 to 1.20 GiB there (docs/benchmarks.md, issue 12 at 50,000).
 */
const MERGE_HEAP_MB = 1024;

/** The shard count of the facts in the work folder, when they are of one count only. */
export function factsCount(work: string): number {
  const counts = new Set(
    existsSync(join(work, 'facts')) ? readdirSync(join(work, 'facts')).flatMap((name) => countOf(name) ?? []) : [],
  );
  if (counts.size !== 1) throw new Error(`merge: ${counts.size === 0 ? 'no shard facts' : `facts of ${[...counts].join(' and ')} shards`} in ${work}/facts: say how many with --shards N`);
  return Number([...counts][0]);
}

/** Runs `astro build` with arguments and environment; returns (or resolves to) its exit status. */
export type AstroRun = (args: string[], env: Record<string, string>) => number | Promise<number>;

/**
 * The list pages (`astro build` in merge mode) into `<work>/merge`, from every shard's facts and
 * links and the annotations the facts jobs cached: no shard's pages are read where those
 * annotations are there, so a build runs this beside the pages jobs (scripts/build.ts).
 */
export async function buildLists(root: string, count: number, args: string[], build: AstroRun): Promise<number> {
  const work = shardWork(root);
  requireFacts(work, count);
  return build(['--outDir', join(work, 'merge'), ...outDirOf(root, args).rest], { CABLE_MERGE: String(count), SHARD_WORK: work, NODE_OPTIONS: nodeOptionsWithHeap(MERGE_HEAP_MB) });
}

/**
 * `npm run merge`: once every shard's pages are built, the list pages (`buildLists`), then the
 * site assembled in `outDir` (`assembleSite`).
 */
export async function mergeShards(root: string, count: number, args: string[], build: AstroRun): Promise<number> {
  const work = shardWork(root);
  requireFacts(work, count);
  // Checked before the list pages are built, not only after: a shard not built fails at once.
  if (!shardsFit(work, count)) return 3;
  const status = await buildLists(root, count, args, build);
  return status !== 0 ? status : assembleSite(root, count, args);
}
