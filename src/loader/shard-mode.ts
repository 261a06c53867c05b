/**
 * How this build runs (issue 12; scripts/build.ts and scripts/merge.ts set it):
 * - whole (no variable): every cable, every page, one Pagefind index, as always;
 * - shard (`CABLE_SHARD=k/N`): the cables of shard k only (src/lib/shards.ts), their reader
 *   pages, JSON, text and their own Pagefind index, linked to the whole site through every
 *   shard's link facts (`<work>/facts/`, written by each shard's facts stage);
 * - merge (`CABLE_MERGE=N`): no cable is read or rendered; the list pages (home, browse, names,
 *   glossary, search) come from the facts and the shards' `/cables/<ID>.json` files.
 * `SHARD_WORK` is the work folder (default `.shards/` in the project).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { LinkFacts } from '../lib/annotate.ts';
import type { Facets } from '../lib/facets.ts';
import { parseShardSpec, planShards, type ShardSpec } from '../lib/shards.ts';
import { linkSite, type LinkedSite } from '../lib/site-cables.ts';
import type { Cable } from '../lib/types.ts';

export type ShardMode =
  | { kind: 'whole' }
  | { kind: 'shard'; spec: string; shard: ShardSpec; work: string }
  | { kind: 'merge'; count: number; work: string };

/** The work folder of shard jobs and the merge. */
export function shardWork(root: string): string {
  return resolve(root, process.env['SHARD_WORK'] || '.shards');
}

/** The mode the environment asks for. */
export function shardMode(root: string): ShardMode {
  const shard = process.env['CABLE_SHARD'];
  const merge = process.env['CABLE_MERGE'];
  if (shard) return { kind: 'shard', spec: shard, shard: parseShardSpec(shard), work: shardWork(root) };
  if (merge) return { kind: 'merge', count: parseShardSpec(`1/${merge}`).count, work: shardWork(root) };
  return { kind: 'whole' };
}

/** The listing columns of a cable (the content store's `listingSchema` without `page`). */
export type Listing = Pick<Cable, 'file' | 'referenceId' | 'subject' | 'date' | 'origin' | 'classification'> & { facets: Facets };

/** What a shard's facts stage writes: for each cable, what linking and the list pages need. */
export interface ShardFacts {
  shard: ShardSpec;
  cables: { path: string; contentHash: string; facts: LinkFacts; listing: Listing }[];
  skipped: { path: string; reason: string }[];
}

/** Where shard k of N keeps its facts. */
export function factsPath(work: string, { index, count }: ShardSpec): string {
  return join(work, 'facts', `${index}-of-${count}.json`);
}

/** Where shard k's build writes its site (its reader pages and index). */
export function shardDist(work: string, index: number): string {
  return join(work, 'dist', String(index));
}

/** The shards of `count` whose facts are not written yet. */
export function missingFacts(work: string, count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1).filter((index) => !existsSync(factsPath(work, { index, count })));
}

/** Every shard's facts (paths relative to the project root), or throws naming the missing shards. */
export function readAllFacts(work: string, count: number): ShardFacts[] {
  const missing = missingFacts(work, count);
  if (missing.length > 0) throw new Error(`No link facts yet for shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} in ${work}/facts: run \`npm run build -- --shard k/${count} --facts\` for each first.`);
  return Array.from({ length: count }, (_, index) => JSON.parse(readFileSync(factsPath(work, { index: index + 1, count }), 'utf8')) as ShardFacts);
}

/** One cable of the corpus as every shard's facts give it: its site id, shard and listing columns. */
export interface CorpusCable {
  id: string;
  path: string;
  shard: number;
  listing: Listing;
}

/**
 * Every cable of every shard under its site id (as the shard jobs give it: `linkSite` over all
 * facts), and the linked site: what the merge lists, and what a shard build decides from when a
 * decision must not depend on the shard (the tags with a Pagefind filter of their own).
 */
export function corpusCables(all: readonly ShardFacts[]): { cables: CorpusCable[]; site: LinkedSite } {
  const site = linkSite(all.flatMap((facts) => facts.cables.map(({ path, facts: cableFacts }) => ({ path, facts: cableFacts }))));
  const cables = all.flatMap(({ shard, cables: own }) =>
    own.map(({ path, listing }) => ({ id: site.idOf.get(path) ?? path, path, shard: shard.index, listing })),
  );
  return { cables, site };
}

/** The files (absolute) of one shard, from every cable file of the cables folder. */
export function filesOfShard(files: readonly string[], dir: string, shard: ShardSpec): string[] {
  const plan = planShards(files.map((file) => relative(dir, file)), shard.count);
  const mine = new Set(plan[shard.index - 1] ?? []);
  return files.filter((file) => mine.has(relative(dir, file)));
}
