/**
 * `npm run build`: the site, whole or in shards (issue 12; docs/whole-release.md).
 *
 *   npm run build                          every cable into dist/: one astro build up to 2,500 cables
 *                                          (CABLES_PER_SHARD), else every stage of the shards, with a
 *                                          line saying so: as many jobs side by side as the cores and
 *                                          memory allow (planBuild), in shards that fit
 *   npm run build -- --jobs 1              the same one job after another, in shards of ≤ 2,500
 *   npm run build -- --memory 6            the budget for the jobs side by side, GiB (default 3 up to
 *                                          10,000 cables, 4 from 50,000: defaultMemoryGib)
 *   npm run build -- --whole               one astro build, whatever the size
 *   npm run build -- --shards 8            every stage of 8 shards, then the merge
 *   npm run build -- --shard 3/8 --facts   shard 3's first stage: annotate its cables, write its link facts
 *   npm run build -- --link 8              after every shard's facts: each shard's links (what its
 *                                          cables take from the corpus: scripts/shard/link.ts)
 *   npm run build -- --shard 3/8           its facts (if not yet written), then, with its links, its
 *                                          pages and Pagefind index (skipped when nothing it depends
 *                                          on changed)
 *   npm run merge [-- --outDir dist]       assembles dist/ from the shards (scripts/merge.ts)
 *
 * Other arguments go to `astro build`. Shard work goes to `SHARD_WORK` (default `.shards/`);
 * `SHARD_CABLES` sets the cables per shard (and so the size above which the build shards), for
 * tests and experiments.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { findCableFiles } from '../src/lib/read.ts';
import { cablesPerShard, defaultMemoryGib, parseShardSpec, planBuild, planLine, type BuildPlan, type ShardSpec } from '../src/lib/shards.ts';
import { cablesDir } from '../src/loader/cables.ts';
import { factsPath, linksPath, shardDist, shardWork, staleLinks } from '../src/loader/shard-mode.ts';
import { outDirOf, SiteAssembly } from './shard/assemble.ts';
import { buildLists, mergeShards } from './shard/merge.ts';
import { runShardFacts } from './shard/facts.ts';
import { FactsQueue } from './shard/facts-queue.ts';
import { moveSite, shardAstroCache, shardBuildDir } from './shard/cache.ts';
import { nodeOptionsWithHeap } from './shard/heap.ts';
import { runJobs, type Exec, type Job } from './shard/jobs.ts';
import { PagesQueue, type PagesPrepare } from './shard/pages-queue.ts';
import { writeShardLinks } from './shard/link.ts';
import { readStampRecord, shardStamp, stampFile, writeStampRecord } from './shard/stamp.ts';
import { keepOnlyCount } from './shard/work.ts';

const root = process.cwd();
/** The project's astro command, which every build and shard job runs. */
const ASTRO = join(root, 'node_modules/.bin/astro');

/** Runs `astro build` with these arguments and extra environment; returns its exit status. */
export function astroBuild(args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(ASTRO, ['build', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** Runs a process with this one's output (a stage run by hand: `--shard k/N`); resolves to its exit status. */
const inheritExec: Exec = (command, args, options = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });

function link(count: number): void {
  const started = performance.now();
  const result = writeShardLinks(shardWork(root), count);
  console.log(`link: ${result.cables} cables of ${count} shards, ${(result.bytes / 2 ** 20).toFixed(1)} MB of links in ${Math.round(performance.now() - started)} ms`);
}

/** Astro's heap in a shard job (MB) for the shard's own work: measured enough for 2,500-cable shards (docs/benchmarks.md). */
const SHARD_HEAP_MB = 1024;
/** Heap per MB of the shard's links on disk: the loader holds them parsed through the build (≈ 2 MB of heap per MB of JSON). */
const HEAP_PER_LINKS_MB = 5;

/**
 * Astro's heap limit (MB) in a shard's pages job, so V8 collects garbage before the tree (astro +
 * Pagefind) passes 3 GiB at 10,000 cables (2.88 → 2.43 GiB measured), sized by the links it reads.
 */
function shardHeapMb(work: string, shard: ShardSpec): number {
  return Math.ceil(SHARD_HEAP_MB + (HEAP_PER_LINKS_MB * statSync(linksPath(work, shard)).size) / 2 ** 20);
}

/**
 * What a shard's pages need, unless its stamp says nothing they depend on changed (0, logged) or
 * its links are stale (3): its astro build gets a cache folder and an output folder of its own
 * (scripts/shard/cache.ts), so that shards can build side by side; once built, the site is moved
 * into place and stamped.
 */
const preparePages = (force: boolean): PagesPrepare => (shard, log) => {
  const work = shardWork(root);
  const stale = staleLinks(work, shard);
  if (stale !== null) {
    log(`[shard ${shard.index}/${shard.count}] ${stale}: run \`npm run build -- --link ${shard.count}\` after every shard's facts`);
    return 3;
  }
  const outDir = shardDist(work, shard.index);
  const stamp = shardStamp(root, work, shard);
  if (!force && readStampRecord(work, shard.index)?.stamp === stamp && existsSync(outDir)) {
    // The same pages, for the facts now there (a file left out elsewhere in them changes them, not the pages).
    writeStampRecord(work, shard, stamp);
    log(`[shard ${shard.index}/${shard.count}] pages: unchanged, not rebuilt (${outDir})`);
    return 0;
  }
  rmSync(stampFile(work, shard.index), { force: true });
  const buildDir = shardBuildDir(root, outDir, shard.index);
  const built = (): void => {
    moveSite(buildDir, outDir);
    writeStampRecord(work, shard, stamp);
  };
  return { shard, outDir: buildDir, cacheDir: shardAstroCache(root, work, cablesDir(root), shard.index), built };
};

/** One shard's pages and index in an `astro build` of its own (a shard built by hand: `--shard k/N`). */
async function pages(shard: ShardSpec, passThrough: string[], force: boolean, exec: Exec, log: (line: string) => void): Promise<number> {
  const prepared = preparePages(force)(shard, log);
  if (typeof prepared === 'number') return prepared;
  const work = shardWork(root);
  const status = await exec(ASTRO, ['build', '--outDir', prepared.outDir, ...withoutOutDir(passThrough)], {
    env: {
      CABLE_SHARD: `${shard.index}/${shard.count}`,
      SHARD_WORK: work,
      CABLE_ASTRO_CACHE: prepared.cacheDir,
      NODE_OPTIONS: nodeOptionsWithHeap(shardHeapMb(work, shard)),
    },
  });
  if (status === 0) prepared.built();
  return status;
}

/** The arguments without `--outDir X` (a shard writes to its own folder). */
function withoutOutDir(args: string[]): string[] {
  return args.filter((arg, index) => !arg.startsWith('--outDir') && args[index - 1] !== '--outDir');
}

/**
 * This script again (the link stage), in a process of its own (its memory is given back when the
 * stage ends), run by this Node with its own type stripping rather than tsx (tsconfig's
 * erasableSyntaxOnly), as the runners are: tsx's loader hooks cost a facts job ≈ 0.6 of its 1.2
 * CPU s before the first cable (docs/benchmarks.md, "Issue 12: a shard job's fixed CPU").
 */
function stage(exec: Exec, args: string[], env: Record<string, string> = {}): Promise<number> {
  return exec(process.execPath, [join(root, 'scripts/build.ts'), ...args], { env });
}

/**
 * The link stage's heap (MB): its live heap is what linking keeps of every cable and each
 * distinct name; without a limit V8 lets garbage grow with it (3.55 GiB at 251,287 simulated
 * cables with every copy's names distinct, 2.66 GiB with this limit; docs/whole-release.md).
 */
const LINK_HEAP_MB = 2560;

/**
 * The shards, the largest facts first: the longest pages jobs start first, so that the last
 * rounds are the shortest and the cores seldom wait for one job alone (a shard's pages job takes
 * about as long as its cables are long, and later years' cables are longer).
 */
function largestFirst(work: string, shards: ShardSpec[]): ShardSpec[] {
  const size = (shard: ShardSpec): number => statSync(factsPath(work, shard), { throwIfNoEntry: false })?.size ?? 0;
  return shards.map((shard) => ({ shard, size: size(shard) })).sort((a, b) => b.size - a.size || a.shard.index - b.shard.index).map(({ shard }) => shard);
}

/**
 * Every stage of the plan's shards, then the merge: each stage's jobs `plan.jobs` at a time (a
 * stage starts when the one before has ended: the link stage reads every shard's facts, the
 * pages jobs its links, the merge their pages), each job in processes of its own (this one only
 * waits, and would otherwise keep their memory meanwhile), its lines prefixed with its name. The
 * facts and pages jobs are runners, each doing shards from its stage's queue in one process
 * (scripts/shard/shard-queue.ts). A facts job beside others annotates in its share of the cores. The merge's list pages (`lists`)
 * need only the links: they run among the pages jobs where they fit (`listsBeside`), and the
 * site is then assembled as the jobs end (scripts/shard/assemble.ts), so the merge after the
 * last pages job only writes the word table and moves the site into place. The first job that
 * fails stops the build.
 */
async function allShards(plan: Extract<BuildPlan, { kind: 'shards' }>, passThrough: string[], force: boolean): Promise<number> {
  const { count, jobs } = plan;
  const work = shardWork(root);
  const all = Array.from({ length: count }, (_, index) => ({ index: index + 1, count }));
  // Another count's facts, links and shards are not this build's (the merge would refuse them).
  keepOnlyCount(work, count);
  const threads = jobs === 1 ? {} : { CABLE_ANNOTATE_THREADS: String(Math.floor(availableParallelism() / jobs)) };
  const astro = (exec: Exec) => (args: string[], env: Record<string, string>) => exec(ASTRO, ['build', ...args], { env });
  // The list pages need the links, not the shards' pages: beside the pages jobs (first, the
  // longest job), where it fits, so that its one core does not run alone after them.
  const beside = plan.listsBeside;
  const assembly = beside ? new SiteAssembly(root, count) : null;
  const lists: Job = {
    name: 'lists',
    run: async (exec) => {
      const status = await buildLists(root, count, passThrough, astro(exec));
      if (status === 0) assembly?.listsBuilt();
      return status;
    },
  };
  const pagesJob = (shard: ShardSpec): Job => ({
    name: `pages ${shard.index}/${count}`,
    run: async (exec, log) => {
      const status = await pages(shard, withoutOutDir(passThrough), force, exec, log);
      if (status === 0) assembly?.shardBuilt(shard.index);
      return status;
    },
  });
  // The pages jobs: as many runners as jobs side by side, building the shards from one queue,
  // largest first (scripts/shard/pages-queue.ts); with astro arguments of the caller's, one astro
  // build per shard, which takes them.
  const pagesJobs = (): Job[] => {
    const order = largestFirst(work, all);
    if (withoutOutDir(passThrough).length > 0) return order.map(pagesJob);
    const queue = new PagesQueue(order, (shard, log) => {
      const prepared = preparePages(force)(shard, log);
      if (prepared === 0) assembly?.shardBuilt(shard.index);
      if (typeof prepared === 'number') return prepared;
      const built = (): void => {
        prepared.built();
        assembly?.shardBuilt(shard.index);
      };
      return { ...prepared, built };
    });
    const env = { SHARD_WORK: work, NODE_OPTIONS: nodeOptionsWithHeap(Math.max(...all.map((shard) => shardHeapMb(work, shard)))) };
    return Array.from({ length: Math.min(jobs, count) }, (_, index) => queue.job(`pages #${index + 1}`, root, env));
  };
  // Each stage's jobs made when it starts: the pages jobs' order reads the facts' sizes.
  const stages: (() => Job[])[] = [
    () => {
      // As many runners as jobs side by side, writing the shards' facts from one queue (scripts/shard/facts-queue.ts).
      const queue = new FactsQueue(all);
      return Array.from({ length: Math.min(jobs, count) }, (_, index) => queue.job(`facts #${index + 1}`, root, threads));
    },
    () => [{ name: 'link', run: (exec) => stage(exec, ['--link', String(count)], { NODE_OPTIONS: nodeOptionsWithHeap(LINK_HEAP_MB) }) }],
    () => [...(beside ? [lists] : []), ...pagesJobs()],
    () => [
      {
        name: 'merge',
        run: async (exec, log) => {
          if (assembly === null) return mergeShards(root, count, passThrough, astro(exec));
          await assembly.finish(outDirOf(root, passThrough).outDir, log);
          return 0;
        },
      },
    ],
  ];
  for (const jobsOfStage of stages) {
    const failed = await runJobs(jobsOfStage(), jobs);
    if (failed !== null) {
      console.error(`build: ${failed.name} failed with exit status ${failed.status}: the build stops here`);
      return failed.status;
    }
  }
  return 0;
}

/** `--jobs N`: a whole number ≥ 1. */
const JOB_COUNT = /^[1-9]\d*$/;

/** Our options, and the rest for astro (`--outDir`, `--verbose`…). */
interface Options {
  shard?: string;
  shards?: string;
  link?: string;
  jobs?: string;
  memory?: string;
  facts: boolean;
  force: boolean;
  whole: boolean;
}

function readArgs(argv: string[]): { values: Options; passThrough: string[] } {
  const values: Options = { facts: false, force: false, whole: false };
  const passThrough: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [name, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (name === '--shard' || name === '--shards' || name === '--link' || name === '--jobs' || name === '--memory') {
      const value = inline ?? argv[(index += 1)];
      if (value === undefined) throw new Error(`${name} needs a value`);
      values[name.slice(2) as 'shard' | 'shards' | 'link' | 'jobs' | 'memory'] = value;
    } else if (arg === '--facts') values.facts = true;
    else if (arg === '--force') values.force = true;
    else if (arg === '--whole') values.whole = true;
    else passThrough.push(arg);
  }
  return { values, passThrough };
}

/**
 * The memory the shard jobs side by side may take together (bytes): `--memory GiB`, else issue
 * 12's peak for the whole process tree at the corpus's size (`defaultMemoryGib`: 3 GiB up to
 * 10,000 cables, 4 GiB from 50,000); never more than the memory available now (the system's, or a
 * container's limit).
 */
function memoryBudget(given: string | undefined, cables: number): number {
  const gib = given === undefined ? defaultMemoryGib(cables) : Number(given);
  if (!(gib > 0)) throw new Error(`--memory ${given}: give GiB, e.g. --memory 6`);
  const limit = process.constrainedMemory();
  return Math.min(gib * 2 ** 30, freemem(), limit > 0 ? limit : Infinity);
}

/** How many cable files the loader would list (`findCableFiles`, as it does); 0 when the folder is missing (the loader says so). */
async function cableCount(dir: string): Promise<number> {
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? (await findCableFiles(dir)).files.length : 0;
}

async function main(): Promise<number> {
  const { values, passThrough } = readArgs(process.argv.slice(2));
  const { force } = values;
  if (values.link !== undefined) {
    link(parseShardSpec(`1/${values.link}`).count);
    return 0;
  }
  if (values.shard !== undefined) {
    const shard = parseShardSpec(values.shard);
    await runShardFacts(root, shard);
    return values.facts ? 0 : pages(shard, passThrough, force, inheritExec, (line) => console.log(line));
  }
  const dir = cablesDir(root);
  const count = (value: string | undefined): number | undefined => (value === undefined ? undefined : parseShardSpec(`1/${value}`).count);
  if (values.jobs !== undefined && !JOB_COUNT.test(values.jobs)) throw new Error(`--jobs ${values.jobs}: give a whole number ≥ 1 (1: one job after another)`);
  const sizeGiven = process.env['SHARD_CABLES'];
  const cables = await cableCount(dir);
  const plan = planBuild(cables, {
    whole: values.whole,
    shards: count(values.shards),
    perShard: sizeGiven ? cablesPerShard(sizeGiven) : undefined,
    jobs: count(values.jobs),
    resources: { cores: availableParallelism(), memoryBytes: memoryBudget(values.memory, cables) },
  });
  const line = planLine(plan, dir.startsWith(root + sep) ? relative(root, dir) : dir);
  if (line !== null) console.log(line);
  return plan.kind === 'whole' ? astroBuild(passThrough) : allShards(plan, passThrough, force);
}

process.exitCode = await main();
