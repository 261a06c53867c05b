/**
 * The merge of a sharded build (issue 12): `astro build` in merge mode (the list pages from every
 * shard's facts, links and cached annotations: home, browse, names, glossary, search, redirects;
 * no reader page) into `<work>/merge` (`buildLists`: a build runs it beside the pages jobs), then,
 * once every shard's pages are built, `dist/` assembled from it and the shards' outputs (hard links, so nothing
 * is copied): each shard's `cables/` and its Pagefind index as `/pagefind-shards/<k>/`, and
 * `/pagefind/shards.json` naming the shards and the years each holds, which the search page
 * merges (src/scripts/search/shards.ts). `/pagefind/` itself is a stub index of one record: the
 * primary bundle Pagefind's `mergeIndex` needs (its script, wasm and highlighter).
 */
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { forEachShardFacts, requireFacts, shardDist, shardWork, type ShardFacts } from '../../src/loader/shard-mode.ts';
import { nodeOptionsWithHeap } from './heap.ts';
import { unmergeable } from './stamp.ts';
import { countOf } from './work.ts';
import { writeWordTable } from './word-table.ts';

/**
 * The merge's astro heap (MB). Its live heap no longer holds every cable's names, terms and link
 * facts (spilled to disk, read one shard at a time): 400 MB was enough at 10,000 cables, and the
 * limit took the merge from 1.52 to 1.20 GiB there (docs/benchmarks.md, issue 12 at 50,000).
 */
const MERGE_HEAP_MB = 1024;

/** One shard as the search page sees it. */
export interface ShardEntry {
  /** Its Pagefind bundle, from the site root. */
  path: string;
  /** The years its cables are dated (`year` filter values), sorted; `undated` when some have no date. */
  years: string[];
  cables: number;
  /** Its fragments' folder (src/lib/pagefind-names.ts): a search result's id starts with it. */
  prefix?: string;
}

/** The URL folder of shard k's index. */
export const shardIndexPath = (index: number): string => `/pagefind-shards/${index}/`;

/** Hard-links every file of `from` into `to` (copies where links cannot cross file systems). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      linkTree(source, target);
      continue;
    }
    try {
      linkSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw new Error(`merge: cannot place ${source} at ${target}: ${(error as Error).message}`);
      copyFileSync(source, target);
    }
  }
}

/** The shard count of the facts in the work folder, when they are of one count only. */
export function factsCount(work: string): number {
  const counts = new Set(
    existsSync(join(work, 'facts')) ? readdirSync(join(work, 'facts')).flatMap((name) => countOf(name) ?? []) : [],
  );
  if (counts.size !== 1) throw new Error(`merge: ${counts.size === 0 ? 'no shard facts' : `facts of ${[...counts].join(' and ')} shards`} in ${work}/facts: say how many with --shards N`);
  return Number([...counts][0]);
}

export function shardEntry({ shard, cables }: ShardFacts): ShardEntry {
  return {
    path: shardIndexPath(shard.index),
    years: [...new Set(cables.map(({ listing }) => listing.facets.year ?? 'undated'))].sort(),
    cables: cables.length,
  };
}

/**
 * Writes `/pagefind/shards.json` for the shard bundles at `/pagefind-shards/<k>/` of `outDir`:
 * each shard with its fragments' prefix, and the word → shards table (word-table.ts) read from
 * their indexes. Also run on a merged site alone (bench/steps/shards.ts simulates a larger one).
 */
export async function writeShardManifest(outDir: string, shards: ShardEntry[]): Promise<Awaited<ReturnType<typeof writeWordTable>>> {
  const bundles = shards.map((shard) => join(outDir, shard.path));
  for (const [index, shard] of shards.entries()) {
    const folders = readdirSync(join(bundles[index]!, 'fragment'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    if (folders.length === 1) shard.prefix = folders[0]!.name;
  }
  const words = await writeWordTable(outDir, bundles);
  // A new file renamed into place: a hard-linked copy of a site (the bench's) keeps its own.
  const manifest = join(outDir, 'pagefind', 'shards.json');
  writeFileSync(`${manifest}.tmp`, JSON.stringify({ shards, words: { path: words.path, buckets: words.buckets } }));
  renameSync(`${manifest}.tmp`, manifest);
  return words;
}

/** `--outDir X` of the arguments (default `dist`, from `root`), and the rest for astro. */
function outDirOf(root: string, args: string[]): { outDir: string; rest: string[] } {
  const outAt = args.findIndex((arg) => arg === '--outDir' || arg.startsWith('--outDir='));
  const outArg = outAt < 0 ? 'dist' : args[outAt]?.includes('=') ? args[outAt]?.split('=')[1] : args[outAt + 1];
  const rest = outAt < 0 ? args : args.filter((_, index) => index !== outAt && (args[outAt]?.includes('=') || index !== outAt + 1));
  return { outDir: resolve(root, outArg ?? 'dist'), rest };
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

/** Whether the shards' pages can be merged with the facts there now; if not (not built, or built from others), says why. */
function shardsFit(work: string, count: number): boolean {
  const unfit = Array.from({ length: count }, (_, index) => unmergeable(work, { index: index + 1, count }) ?? []).flat();
  if (unfit.length > 0) console.error(`merge: ${unfit.join('; ')}: run \`npm run build -- --shard k/${count}\` for each first`);
  return unfit.length === 0;
}

/**
 * The site in `outDir` (`--outDir`, default `dist`) from the list pages `buildLists` wrote and
 * every shard's pages and index, once every shard's pages are built; `log` prints its lines.
 */
export async function assembleSite(root: string, count: number, args: string[], log: (line: string) => void = console.log): Promise<number> {
  const work = shardWork(root);
  if (!shardsFit(work, count)) return 3;
  const { outDir } = outDirOf(root, args);
  const mergeDir = join(work, 'merge');
  if (!existsSync(mergeDir)) throw new Error(`merge: no list pages in ${mergeDir}: run \`npm run merge\``);
  const started = performance.now();
  // What shards.json says of each shard, one shard's facts in memory at a time, once astro is
  // done: this process waits for astro's, and would hold the facts' heap meanwhile.
  const shards: ShardEntry[] = [];
  forEachShardFacts(work, count, (facts) => shards.push(shardEntry(facts)));
  rmSync(outDir, { recursive: true, force: true });
  try {
    renameSync(mergeDir, outDir);
  } catch {
    cpSync(mergeDir, outDir, { recursive: true });
    rmSync(mergeDir, { recursive: true, force: true });
  }
  for (let index = 1; index <= count; index += 1) {
    const dist = shardDist(work, index);
    linkTree(join(dist, 'cables'), join(outDir, 'cables'));
    linkTree(join(dist, 'pagefind'), join(outDir, 'pagefind-shards', String(index)));
  }
  const words = await writeShardManifest(outDir, shards);
  const cables = shards.reduce((sum, shard) => sum + shard.cables, 0);
  log(`merge: ${cables} cables of ${count} shards assembled in ${outDir} (${Math.round(performance.now() - started)} ms)`);
  log(`merge: word table of ${words.stems} stems in ${words.buckets} buckets, ${(words.bytes / 1e6).toFixed(2)} MB of JSON`);
  return 0;
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
