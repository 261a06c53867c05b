/**
 * The site of a sharded build assembled (issue 12): the list pages `buildLists` wrote into
 * `<work>/merge` (scripts/shard/merge.ts) and every shard's outputs, hard-linked (nothing is
 * copied): each shard's `cables/`, its Pagefind index as `/pagefind-shards/<k>/`, and
 * `/pagefind/shards.json` naming the shards and the years each holds, with the word → shards
 * table (word-table.ts), which the search page merges (src/client/search/shards.ts).
 * `/pagefind/` itself is a stub index of one record: the primary bundle Pagefind's `mergeIndex`
 * needs (its script, wasm and highlighter).
 *
 * `SiteAssembly` does it piece by piece as the jobs end: `npm run build` hands it the list pages
 * when their job ends and each shard when its pages job ends, so that its work (≈ 18 CPU s at
 * 50,000 cables: the links, each shard's facts and index words read) runs beside the other jobs
 * rather than on one core after the last of them. It builds the site in `<work>/site`, moved to
 * `outDir` once whole.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readShardFacts, shardDist, shardWork, type ShardFacts } from '../../src/loader/shard-mode.ts';
import { moveSite } from './cache.ts';
import { unmergeable } from './stamp.ts';
import { readShardWords, writeWords, writeWordTable, type ShardWords } from './word-table.ts';

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

export function shardEntry({ shard, cables }: ShardFacts): ShardEntry {
  return {
    path: shardIndexPath(shard.index),
    years: [...new Set(cables.map(({ listing }) => listing.facets.year ?? 'undated'))].sort(),
    cables: cables.length,
  };
}

type WordsWritten = ReturnType<typeof writeWords>;

/**
 * Writes `/pagefind/shards.json` for the shard bundles at `/pagefind-shards/<k>/` of `outDir`:
 * each shard with its fragments' prefix, and the word → shards table of their stems (`words`, in
 * the shards' order; read from their indexes when not given). Also run on a merged site alone
 * (bench/simulate-shards.ts simulates a larger one).
 */
export async function writeShardManifest(outDir: string, shards: ShardEntry[], words?: readonly ShardWords[]): Promise<WordsWritten> {
  const bundles = shards.map((shard) => join(outDir, shard.path));
  for (const [index, shard] of shards.entries()) {
    const folders = readdirSync(join(bundles[index]!, 'fragment'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    if (folders.length === 1) shard.prefix = folders[0]!.name;
  }
  const table = words ? writeWords(outDir, words) : await writeWordTable(outDir, bundles);
  // A new file renamed into place: a hard-linked copy of a site (the bench's) keeps its own.
  const manifest = join(outDir, 'pagefind', 'shards.json');
  writeFileSync(`${manifest}.tmp`, JSON.stringify({ shards, words: { path: table.path, buckets: table.buckets } }));
  renameSync(`${manifest}.tmp`, manifest);
  return table;
}

/** `--outDir X` of the arguments (default `dist`, from `root`), and the rest for astro. */
export function outDirOf(root: string, args: string[]): { outDir: string; rest: string[] } {
  const outAt = args.findIndex((arg) => arg === '--outDir' || arg.startsWith('--outDir='));
  const outArg = outAt < 0 ? 'dist' : args[outAt]?.includes('=') ? args[outAt]?.split('=')[1] : args[outAt + 1];
  const rest = outAt < 0 ? args : args.filter((_, index) => index !== outAt && (args[outAt]?.includes('=') || index !== outAt + 1));
  return { outDir: resolve(root, outArg ?? 'dist'), rest };
}

/** Whether the shards' pages can be merged with the facts there now; if not (not built, or built from others), says why. */
export function shardsFit(work: string, count: number): boolean {
  const unfit = Array.from({ length: count }, (_, index) => unmergeable(work, { index: index + 1, count }) ?? []).flat();
  if (unfit.length > 0) console.error(`merge: ${unfit.join('; ')}: run \`npm run build -- --shard k/${count}\` for each first`);
  return unfit.length === 0;
}

/**
 * The site assembled as its parts are built, in `<work>/site`. Each part's work waits in one
 * queue and starts on the next turn of the event loop, once the job runner has started the next
 * job: this process then works beside that job. A failed step fails `finish`.
 */
export class SiteAssembly {
  private readonly count: number;
  private readonly work: string;
  private readonly site: string;
  private listsIn = false;
  /** Shards built before the list pages were in: linked once they are. */
  private readonly waiting: number[] = [];
  private readonly entries: ShardEntry[] = [];
  private readonly words: ShardWords[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(root: string, count: number) {
    this.count = count;
    this.work = shardWork(root);
    this.site = join(this.work, 'site');
    rmSync(this.site, { recursive: true, force: true });
  }

  private then(step: () => void | Promise<void>): void {
    this.queue = this.queue.then(() => new Promise<void>((next) => setImmediate(next))).then(step);
    // Handled here so a failure waits for `finish`, which awaits the queue and throws it.
    this.queue.catch(() => undefined);
  }

  /** The list pages are in `<work>/merge`: they become the site's folder, and the shards built before are linked in. */
  listsBuilt(): void {
    this.then(() => {
      const lists = join(this.work, 'merge');
      if (!existsSync(lists)) throw new Error(`merge: no list pages in ${lists}: run \`npm run merge\``);
      moveSite(lists, this.site);
      this.listsIn = true;
      for (const index of this.waiting.splice(0)) this.link(index);
    });
  }

  /** Shard k's pages are built: its facts' years and its index's words read, its files linked in (once the list pages are). */
  shardBuilt(index: number): void {
    this.then(async () => {
      const shard = { index, count: this.count };
      const unfit = unmergeable(this.work, shard);
      if (unfit !== null) throw new Error(`merge: ${unfit}`);
      this.entries[index - 1] = shardEntry(readShardFacts(this.work, shard));
      this.words[index - 1] = await readShardWords(join(shardDist(this.work, index), 'pagefind'));
      if (this.listsIn) this.link(index);
      else this.waiting.push(index);
    });
  }

  private link(index: number): void {
    const dist = shardDist(this.work, index);
    linkTree(join(dist, 'cables'), join(this.site, 'cables'));
    linkTree(join(dist, 'pagefind'), join(this.site, shardIndexPath(index)));
  }

  /** Once the list pages and every shard are in: shards.json and the word table written, the site moved to `outDir`. */
  async finish(outDir: string, log: (line: string) => void): Promise<void> {
    await this.queue;
    const started = performance.now();
    const missing = Array.from({ length: this.count }, (_, index) => index + 1).filter((index) => this.entries[index - 1] === undefined);
    if (!this.listsIn || missing.length > 0) throw new Error(`merge: ${this.listsIn ? '' : 'no list pages; '}shards not in: ${missing.join(', ') || 'none'}`);
    const words = await writeShardManifest(this.site, this.entries, this.words);
    moveSite(this.site, outDir);
    const cables = this.entries.reduce((sum, shard) => sum + shard.cables, 0);
    log(`merge: ${cables} cables of ${this.count} shards assembled in ${outDir} (${Math.round(performance.now() - started)} ms after the last part)`);
    log(`merge: word table of ${words.stems} stems in ${words.buckets} buckets, ${(words.bytes / 1e6).toFixed(2)} MB of JSON`);
  }
}

/**
 * The site in `outDir` (`--outDir`, default `dist`) from the list pages `buildLists` wrote and
 * every shard's pages and index, once every shard's pages are built (`npm run merge`); `log`
 * prints its lines.
 */
export async function assembleSite(root: string, count: number, args: string[], log: (line: string) => void = console.log): Promise<number> {
  if (!shardsFit(shardWork(root), count)) return 3;
  const assembly = new SiteAssembly(root, count);
  assembly.listsBuilt();
  for (let index = 1; index <= count; index += 1) assembly.shardBuilt(index);
  await assembly.finish(outDirOf(root, args).outDir, log);
  return 0;
}
