/**
 * How this build runs (issue 12; scripts/build.ts and scripts/merge.ts set it):
 * - whole (no variable): every cable, every page, one Pagefind index, as always;
 * - shard (`CABLE_SHARD=k/N`): the cables of shard k only (src/lib/shards.ts), their reader
 *   pages, JSON, text and their own Pagefind index, linked to the whole site through the shard's
 *   links (`<work>/links/k-of-N.json`: what its cables take from the corpus, written by the link
 *   stage, scripts/shard/link.ts, from every shard's link facts in `<work>/facts/`);
 * - merge (`CABLE_MERGE=N`): no cable is read or rendered; the list pages (home, browse, names,
 *   glossary, search) come from the facts and the shards' `/cables/<ID>.json` files.
 * `SHARD_WORK` is the work folder (default `.shards/` in the project).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { LinkFacts } from '../lib/annotate.ts';
import type { CaseCollision } from '../lib/id-aliases.ts';
import type { Facets } from '../lib/facets.ts';
import type { SiteName } from '../lib/names/site.ts';
import { MERGED_CORPUS, parseShardSpec, planShards, type ShardSpec } from '../lib/shards.ts';
import { linkedCable, linkSite, type DuplicateId, type LinkedSite } from '../lib/site-cables.ts';
import { parsePageFile } from '../lib/page-file.ts';
import type { AnnotatedCable, Cable, CitedBy } from '../lib/types.ts';
import { annotatedPathOf, readAnnotated } from './annotate-cache.ts';

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
export function requireFacts(work: string, count: number): void {
  const missing = missingFacts(work, count);
  if (missing.length > 0) throw new Error(`No link facts yet for shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} in ${work}/facts: run \`npm run build -- --shard k/${count} --facts\` for each first.`);
}

/** One shard's facts (paths relative to the project root). */
export function readShardFacts(work: string, shard: ShardSpec): ShardFacts {
  return JSON.parse(readFileSync(factsPath(work, shard), 'utf8')) as ShardFacts;
}

/** Calls `each` with every shard's facts, one shard's in memory at a time (or throws naming the missing shards). */
export function forEachShardFacts(work: string, count: number, each: (facts: ShardFacts) => void): void {
  requireFacts(work, count);
  for (let index = 1; index <= count; index += 1) each(readShardFacts(work, { index, count }));
}

/** The digest of a facts file's bytes (the link stage records which facts it read). */
export function digestOfFacts(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Digests this process took, by path, with the file's identity then (`npm run build` checks every shard's facts before each pages job: 32 × 240 MB at 50,000 cables). */
const takenDigests = new Map<string, { file: string; digest: string }>();

/** The digest of shard k's facts file as written (taken again only when the file is another or has changed). */
export function factsDigest(work: string, shard: ShardSpec): string {
  const path = factsPath(work, shard);
  const { ino, size, mtimeMs } = statSync(path);
  const file = `${ino}:${size}:${mtimeMs}`;
  const taken = takenDigests.get(path);
  if (taken?.file === file) return taken.digest;
  const digest = digestOfFacts(readFileSync(path));
  takenDigests.set(path, { file, digest });
  return digest;
}

/**
 * What one shard's pages take from the whole corpus (the link stage writes it, scripts/shard/link.ts):
 * with it a pages job reads no other shard's facts. Paths are relative to the project root;
 * every list is sorted, so equal links give equal bytes (the shard's stamp hashes them).
 */
export interface ShardLinks {
  shard: ShardSpec;
  /** The digest of every shard's facts the links were computed from (`factsDigest`), in shard order. */
  facts: string[];
  /** The shard's cables: file, content hash (as its facts give them) and site id. */
  cables: { path: string; contentHash: string; id: string }[];
  /** The ids its cables' references name that are cables of the site. */
  inSite: string[];
  /** Its cables' site ids → the site's cables that cite them (`siteLinks`'s citedBy). */
  citedBy: [string, CitedBy[]][];
  /** Its cables' entity slugs → their site names. */
  names: [string, SiteName][];
  /** Its cables' tags that have a Pagefind filter of their own, counted over the corpus. */
  ownFilterTags: string[];
  /** The duplicate ids and ids that differ only by case its cables are in (the build warns of them). */
  duplicates: DuplicateId[];
  caseCollisions: CaseCollision[];
}

/** Where shard k of N finds its links. */
export function linksPath(work: string, { index, count }: ShardSpec): string {
  return join(work, 'links', `${index}-of-${count}.json`);
}

/**
 * Why shard k's links cannot be used (missing, or computed from other facts than those in the
 * work folder now: a facts job ran since), or null when they can. Facts not in the folder (a CI
 * job downloads its own shard's only) are not compared.
 */
export function staleLinks(work: string, shard: ShardSpec): string | null {
  const path = linksPath(work, shard);
  if (!existsSync(path)) return `no links for shard ${shard.index}/${shard.count} (${path})`;
  const { facts } = JSON.parse(readFileSync(path, 'utf8')) as ShardLinks;
  for (let index = 1; index <= shard.count; index += 1) {
    const other = { index, count: shard.count };
    if (existsSync(factsPath(work, other)) && facts[index - 1] !== factsDigest(work, other)) return `shard ${index}'s facts changed since the links were computed`;
  }
  return null;
}

/** Shard k's links, or throws saying how to make them. */
export function readShardLinks(work: string, shard: ShardSpec): ShardLinks {
  const path = linksPath(work, shard);
  if (!existsSync(path)) throw new Error(`No links for shard ${shard.index}/${shard.count} in ${path}: run \`npm run build -- --link ${shard.count}\` after every shard's facts.`);
  return JSON.parse(readFileSync(path, 'utf8')) as ShardLinks;
}

/** The links a shard's cables are linked through (`linkedCable`), from its links file. */
function siteLinksOf(links: ShardLinks): LinkedSite['links'] {
  return { ids: new Set(links.inSite), citedBy: new Map(links.citedBy), names: new Map(links.names) };
}

/**
 * The site as the shard's cables see it (what `linkSite` over the whole corpus gives them), from
 * its links; paths made absolute under `root`, as the loader keeps them.
 */
export function linkedShard(links: ShardLinks, root: string): LinkedSite {
  const at = (path: string): string => resolve(root, path);
  return {
    idOf: new Map(links.cables.map(({ path, id }) => [at(path), id])),
    duplicates: links.duplicates.map((duplicate) => ({ ...duplicate, path: at(duplicate.path), other: at(duplicate.other) })),
    caseCollisions: links.caseCollisions.map(({ alias, cables }) => ({ alias, cables: cables.map(({ id, path }) => ({ id, path: at(path) })) })),
    links: siteLinksOf(links),
  };
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

/** A cable as a merge's list pages take it: its site id, listing columns and page file (its shard's `/cables/<ID>.json`). */
export type MergedCable = { id: string } & Listing & { page: string };

/** What a merge reads of every shard's facts, once per process (`mergedCorpus`). */
export interface MergedCorpus {
  cables: MergedCable[];
  caseCollisions: CaseCollision[];
  skipped: ShardFacts['skipped'];
  /**
   * Every cable as its page file holds it, in the order of `cables` (the merge's loader sets it:
   * `linkedMergedCables`), for the names and glossary pages, which read what the listing lacks.
   */
  linkedCables?: () => Iterable<AnnotatedCable>;
}

/**
 * The corpus's listing for a merge build, read from every shard's facts once per process (the
 * sitemap's config, the loader and the list pages ask) and kept at MERGED_CORPUS, in the order the
 * shards give it: the order a `cables` collection filled from it would list.
 */
export function mergedCorpus(mode: Extract<ShardMode, { kind: 'merge' }>): MergedCorpus {
  const held = globalThis as { [MERGED_CORPUS]?: MergedCorpus };
  if (held[MERGED_CORPUS]) return held[MERGED_CORPUS];
  const { cables, caseCollisions, skipped } = corpusListing(mode.work, mode.count);
  const merged = cables.map(({ id, shard, listing }) => ({ id, ...listing, page: join(shardDist(mode.work, shard), 'cables', `${id}.json`) }));
  held[MERGED_CORPUS] = { cables: merged, caseCollisions, skipped };
  return held[MERGED_CORPUS];
}

/**
 * Every cable of every shard as its page file holds it (`/cables/<ID>.json`), in the merge's
 * listing order (each shard's links list its cables in its facts' order), one shard's links in
 * memory at a time. Made as the pages job makes it: the annotated cable the facts job cached,
 * linked through the shard's links. So the list pages need no shard's pages: a build runs them
 * beside the pages jobs (scripts/build.ts). Where the annotations are not there (a CI merge job
 * downloads the shards' pages, not their annotations), the page file the shard's build wrote.
 */
export function* linkedMergedCables(mode: Extract<ShardMode, { kind: 'merge' }>, annotatedDir: string): Generator<AnnotatedCable> {
  for (let index = 1; index <= mode.count; index += 1) {
    const links = readShardLinks(mode.work, { index, count: mode.count });
    const siteLinks = siteLinksOf(links);
    for (const { path, contentHash, id } of links.cables) {
      const annotated = annotatedPathOf(annotatedDir, path, contentHash);
      yield existsSync(annotated)
        ? linkedCable(readAnnotated(annotated) as AnnotatedCable, id, siteLinks)
        : parsePageFile(readFileSync(join(shardDist(mode.work, index), 'cables', `${id}.json`), 'utf8')).cable;
    }
  }
}

/** The files (absolute) of one shard, from every cable file of the cables folder. */
export function filesOfShard(files: readonly string[], dir: string, shard: ShardSpec): string[] {
  const plan = planShards(files.map((file) => relative(dir, file)), shard.count);
  const mine = new Set(plan[shard.index - 1] ?? []);
  return files.filter((file) => mine.has(relative(dir, file)));
}
