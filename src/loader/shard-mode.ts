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
import type { CaseCollision } from '../lib/id-aliases.ts';
import type { Facets } from '../lib/facets.ts';
import { parseShardSpec, planShards, type ShardSpec } from '../lib/shards.ts';
import { linkSite } from '../lib/site-cables.ts';
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

/** Throws naming the shards whose facts are not written yet. */
function requireFacts(work: string, count: number): void {
  const missing = missingFacts(work, count);
  if (missing.length > 0) throw new Error(`No link facts yet for shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} in ${work}/facts: run \`npm run build -- --shard k/${count} --facts\` for each first.`);
}

/** One shard's facts (paths relative to the project root). */
export function readShardFacts(work: string, shard: ShardSpec): ShardFacts {
  return JSON.parse(readFileSync(factsPath(work, shard), 'utf8')) as ShardFacts;
}

/** Every shard's facts (paths relative to the project root), or throws naming the missing shards. */
export function readAllFacts(work: string, count: number): ShardFacts[] {
  requireFacts(work, count);
  return Array.from({ length: count }, (_, index) => readShardFacts(work, { index: index + 1, count }));
}

/** Calls `each` with every shard's facts, one shard's in memory at a time (or throws naming the missing shards). */
export function forEachShardFacts(work: string, count: number, each: (facts: ShardFacts) => void): void {
  requireFacts(work, count);
  for (let index = 1; index <= count; index += 1) each(readShardFacts(work, { index, count }));
}

/** One cable of the corpus as every shard's facts give it: its site id, shard and listing columns. */
export interface CorpusCable {
  id: string;
  path: string;
  shard: number;
  listing: Listing;
}

/**
 * Every cable of every shard under its site id with its listing columns (what the merge lists,
 * and what the tags with a Pagefind filter of their own are counted over), reading
 * one shard's facts at a time and keeping none of the link facts (≈ 4.8 KB of JSON a cable, most
 * of them names: at 251,287 cables ≈ 1.2 GB, which a merge holding them all would need in memory).
 * The site ids are `linkSite`'s: they depend on the paths and each cable's own id only.
 */
export function corpusListing(work: string, count: number): { cables: CorpusCable[]; caseCollisions: CaseCollision[]; skipped: ShardFacts['skipped'] } {
  const kept: { path: string; id: string; shard: number; listing: Listing }[] = [];
  const skipped: ShardFacts['skipped'] = [];
  forEachShardFacts(work, count, ({ shard, cables, skipped: left }) => {
    for (const { path, facts, listing } of cables) kept.push({ path, id: facts.id, shard: shard.index, listing });
    skipped.push(...left);
  });
  const noLinks = (id: string) => ({ id, subject: null, date: null, annotations: { references: [] }, entities: [] });
  const { idOf, caseCollisions } = linkSite(kept.map(({ path, id }) => ({ path, facts: noLinks(id) })));
  return { cables: kept.map(({ path, id, shard, listing }) => ({ id: idOf.get(path) ?? id, path, shard, listing })), caseCollisions, skipped };
}

/** The files (absolute) of one shard, from every cable file of the cables folder. */
export function filesOfShard(files: readonly string[], dir: string, shard: ShardSpec): string[] {
  const plan = planShards(files.map((file) => relative(dir, file)), shard.count);
  const mine = new Set(plan[shard.index - 1] ?? []);
  return files.filter((file) => mine.has(relative(dir, file)));
}
