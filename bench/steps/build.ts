/**
 * One real `astro build`, run the way `npm run build` runs it (pinned Node from
 * node_modules/.bin), under /usr/bin/time -v, with the whole process tree sampled for memory.
 *
 * Each build runs in its own copy of the project (HEAD, or the working tree on request;
 * node_modules linked), with its own outDir and a fresh cacheDir: Astro writes prerender chunks under `<root>/.astro/` and its data store under
 * `node_modules/.astro/`, and a build sharing those with the other builds and tests running in
 * /work/main fails or measures a warm cache. A small wrapper config spreads the project's
 * config and overrides only outDir and cacheDir.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadNote, sampleTree, type LoadNote, type TreeUsage } from '../lib/proc.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** The project's node_modules/.bin: its pinned Node (`node` package) and its `astro`. */
export const BIN_DIR = join(PROJECT_ROOT, 'node_modules/.bin');

/** Timings the site itself logs (see parseBuildLog for the line formats). */
export interface LoggedPhases {
  /** `[cables] parse <ms> ms, …`: reading and parsing cable files inside the loader. */
  parseMs: number | null;
  /** `[cables] … annotate <ms> ms, …`: glossary, references, entities… (summed over worker threads). */
  annotateMs: number | null;
  /** `[cables] annotate by part: … entities <ms> ms …`: the NLP part of annotating. */
  entitiesMs: number | null;
  /** `[cables] … render <ms> ms, …`: the unified pipeline turning cables into HTML. */
  renderMs: number | null;
  /** `[cables] … <n> cables`. */
  cables: number | null;
  /** `[cables] store <ms> ms`: store.set and page files in the loader. */
  storeMs: number | null;
  /** `[pagefind] indexed <pages> pages in <ms> ms`. */
  indexMs: number | null;
  indexedPages: number | null;
  /** Astro's `<n> page(s) built in <t>`: page generation. */
  pagesBuilt: number | null;
  pagesMs: number | null;
}

/** One stretch of the build between two log markers: wall time, and CPU time of the whole tree. */
export interface BuildPhase {
  name: string;
  ms: number;
  cpuSeconds: number;
}

/**
 * Where the wall time went, cut at lines Astro and the site always print. A phase whose start or
 * end marker is missing is left out (its time stays in the phase before it).
 */
export function phasesFromTimeline(
  timeline: Array<{ ms: number; line: string }>,
  wallMs: number,
  cpuSeries: Array<{ ms: number; cpuSeconds: number }>,
): BuildPhase[] {
  const indexOf = (pattern: RegExp, from = 0): number => timeline.findIndex((entry, index) => index >= from && pattern.test(entry.line));
  const at = (pattern: RegExp, from = 0): number | null => timeline[indexOf(pattern, from)]?.ms ?? null;
  const cpuAt = (ms: number): number => {
    let cpu = 0;
    for (const point of cpuSeries) {
      if (point.ms > ms) break;
      cpu = point.cpuSeconds;
    }
    return cpu;
  };
  const generating = indexOf(/generating static routes/);
  const pagefindLine = timeline.find((entry) => /\[pagefind\].*indexed/.test(entry.line));
  const indexMs = pagefindLine ? parseBuildLog([pagefindLine.line]).indexMs : null;
  const marks: Array<[string, number | null]> = [
    ['startup (node, config, Vite)', 0],
    ['content sync (loader: parse, render, store)', at(/\[content\] Syncing content/)],
    ['bundle (Vite build of entrypoints)', at(/Building static entrypoints/)],
    ['generate pages', generating < 0 ? null : timeline[generating]!.ms],
    ['after generating, before the index', generating < 0 ? null : at(/✓ Completed in/, generating)],
    ['index (Pagefind)', pagefindLine && indexMs !== null ? pagefindLine.ms - indexMs : null],
    ['finish (exit)', pagefindLine?.ms ?? null],
  ];
  const present = marks.filter((mark): mark is [string, number] => mark[1] !== null);
  return present.map(([name, start], index) => {
    const end = present[index + 1]?.[1] ?? wallMs;
    return { name, ms: Math.max(0, end - start), cpuSeconds: Math.round((cpuAt(end) - cpuAt(start)) * 10) / 10 };
  });
}

export interface BuildRun {
  label: string;
  /** What was built: the commit copied, or `worktree@<commit>` for the working tree. */
  source: string;
  ok: boolean;
  exitCode: number | null;
  error: string | null;
  wallMs: number;
  outDir: string;
  phases: LoggedPhases;
  /** Wall and CPU time between log markers. */
  timelinePhases: BuildPhase[];
  /** From /usr/bin/time -v: the largest single process ("Maximum resident set size"). */
  timeMaxRssBytes: number | null;
  /** From /proc sampling every 100 ms: sum over the tree, and the largest process. */
  tree: TreeUsage;
  loadBefore: LoadNote;
  loadAfter: LoadNote;
  /** Every output line with its arrival time (ms after spawn), for profiling. */
  timeline: Array<{ ms: number; line: string }>;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Reads the timing lines the loader, the Pagefind integration and Astro write to the log. */
export function parseBuildLog(lines: string[]): LoggedPhases {
  const phases: LoggedPhases = {
    parseMs: null,
    annotateMs: null,
    entitiesMs: null,
    renderMs: null,
    cables: null,
    storeMs: null,
    indexMs: null,
    indexedPages: null,
    pagesBuilt: null,
    pagesMs: null,
  };
  const toMs = (value: string, unit: string | undefined): number =>
    Number(value) * (unit === 's' ? 1000 : unit === 'm' ? 60_000 : 1);
  for (const line of lines) {
    const cables = /\[cables\].*?parse\s+([\d.]+)\s*(ms|s)\b.*?render\s+([\d.]+)\s*(ms|s)\b.*?(\d+)\s+cables/.exec(line);
    if (cables) {
      phases.parseMs = toMs(cables[1]!, cables[2]);
      phases.renderMs = toMs(cables[3]!, cables[4]);
      phases.cables = Number(cables[5]);
    }
    const annotated = /\[cables\].*?annotate\s+([\d.]+)\s*(ms|s)\b/.exec(line);
    if (annotated && !/annotate by part/.test(line)) phases.annotateMs = toMs(annotated[1]!, annotated[2]);
    const entities = /\[cables\] annotate by part:.*?entities\s+([\d.]+)\s*(ms|s)\b/.exec(line);
    if (entities) phases.entitiesMs = toMs(entities[1]!, entities[2]);
    const stored = /\[cables\].*?\bstore\s+([\d.]+)\s*(ms|s)\b/.exec(line);
    if (stored) phases.storeMs = toMs(stored[1]!, stored[2]);
    const indexed = /\[pagefind\].*?indexed\s+(\d+)\s+pages?\s+in\s+([\d.]+)\s*(ms|s)\b/.exec(line);
    if (indexed) {
      phases.indexedPages = Number(indexed[1]);
      phases.indexMs = toMs(indexed[2]!, indexed[3]);
    }
    const built = /(\d+)\s+page\(s\)\s+built\s+in\s+([\d.]+)\s*(ms|s|m)\b/.exec(line);
    if (built) {
      phases.pagesBuilt = Number(built[1]);
      phases.pagesMs = toMs(built[2]!, built[3]);
    }
  }
  return phases;
}

/** Where the bench keeps its scratch builds (outside the repo). */
export const SCRATCH = process.env.BENCH_TMP ?? '/tmp/cable-bench';

/**
 * Copies the project to `dir` with node_modules linked, not copied: the tree of `commit` by
 * default, so a figure belongs to a commit; with `worktree`, the working tree as `npm run build`
 * would see it now (tracked and untracked files, minus ignored ones), other people's
 * half-finished edits included.
 */
export function copyProject(dir: string, worktree: boolean, commit: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (worktree) {
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT });
    for (const file of listed.toString('utf8').split('\0')) {
      const source = join(PROJECT_ROOT, file);
      if (!file || !existsSync(source)) continue; // a tracked file deleted in the working tree
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      copyFileSync(source, join(dir, file));
    }
  } else {
    const archive = execFileSync('git', ['archive', '--format=tar', commit], { cwd: PROJECT_ROOT, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
}

/**
 * `copyProject` of `commit`, with node_modules a folder of links to the project's packages, so
 * Astro's cache (node_modules/.astro: data store, annotations, page files) is the copy's own and
 * starts cold (the sharded builds, whose stages share that cache).
 */
export function copyProjectColdCache(dir: string, commit: string): void {
  copyProject(dir, false, commit);
  unlinkSync(join(dir, 'node_modules'));
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/**
 * Builds the site into `<SCRATCH>/dist-<label>` from `cablesDir` (the copy's seeds/ when omitted),
 * with `patchFile` applied to the copy when given. A first build is cold (fresh copy, empty
 * cacheDir: a clean clone's first `npm run build`); with `again`, the same copy builds a second
 * time with its caches warm but `--force`, so the loader still reads every cable.
 * A failed build comes back with ok=false and the tail of its log; a patch that does not apply throws.
 */
export async function runBuild(
  label: string,
  cablesDir?: string,
  patchFile?: string,
  options: { again?: boolean; worktree?: boolean } = {},
): Promise<BuildRun> {
  const projectDir = join(SCRATCH, `project-${label}`);
  const outDir = join(SCRATCH, `dist-${label}`);
  const cacheDir = join(SCRATCH, `cache-${label}`);
  const timeFile = join(SCRATCH, `time-${label}.txt`);
  mkdirSync(SCRATCH, { recursive: true });
  // `again`: a second build in the same copy, tool caches warm, every cable parsed anew (--force).
  for (const path of options.again ? [outDir, timeFile] : [outDir, cacheDir, timeFile]) rmSync(path, { recursive: true, force: true });
  // What the copy holds is noted beside it, so a second build in it reports the same.
  const sourceFile = join(SCRATCH, `source-${label}.txt`);
  if (!options.again) {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    writeFileSync(sourceFile, options.worktree ? `worktree@${head}` : head);
    copyProject(projectDir, options.worktree ?? false, head);
    if (patchFile) execFileSync('patch', ['-p1', '--forward', '-d', projectDir, '-i', patchFile], { stdio: 'pipe' });
  }
  const source = readFileSync(sourceFile, 'utf8');
  const configName = 'astro.bench.config.mjs';
  writeFileSync(
    join(projectDir, configName),
    `import config from './astro.config.mjs';\n` +
      `export default { ...config, outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)} };\n`,
  );

  const env = astroEnv();
  if (cablesDir) env['CABLES_DIR'] = cablesDir;
  else delete env['CABLES_DIR'];

  const astroArgs = [join(BIN_DIR, 'astro'), 'build', '--config', configName, ...(options.again ? ['--force'] : [])];
  const measured = await measureProcess(astroArgs, projectDir, env, timeFile);
  const lines = measured.timeline.map((entry) => entry.line);
  return {
    label,
    source,
    ...measured,
    outDir,
    phases: parseBuildLog(lines),
    timelinePhases: phasesFromTimeline(measured.timeline, measured.wallMs, measured.tree.cpuSeries),
  };
}

/** The environment `npm run build` gives astro: the pinned Node first on PATH; no telemetry, no colour. */
export function astroEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN_DIR}:${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

/** What measureProcess saw of one command: the part of a BuildRun that does not depend on the site. */
export type MeasuredProcess = Pick<
  BuildRun,
  'ok' | 'exitCode' | 'error' | 'wallMs' | 'timeMaxRssBytes' | 'tree' | 'loadBefore' | 'loadAfter' | 'timeline'
>;

/**
 * Runs `argv` in `cwd` under /usr/bin/time -v (when present, writing `timeFile`), sampling the
 * whole process tree from /proc, and stamps every output line with its arrival time. Shared by
 * our build and the Starlight comparison (steps/starlight.ts), so both are measured the same way.
 */
export async function measureProcess(argv: string[], cwd: string, env: NodeJS.ProcessEnv, timeFile: string): Promise<MeasuredProcess> {
  rmSync(timeFile, { force: true });
  const hasTime = existsSync('/usr/bin/time');
  const [command, args] = hasTime ? ['/usr/bin/time', ['-v', '-o', timeFile, ...argv]] : [argv[0]!, argv.slice(1)];

  const loadBefore = loadNote();
  const started = performance.now();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTree(child.pid ?? -1);
  const timeline: BuildRun['timeline'] = [];
  const collect = (stream: NodeJS.ReadableStream): void => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = Math.round(performance.now() - started);
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) timeline.push({ ms, line: line.replace(ANSI, '').trimEnd() });
    });
    stream.on('end', () => {
      if (pending) timeline.push({ ms: Math.round(performance.now() - started), line: pending.replace(ANSI, '') });
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const exitCode = await new Promise<number | null>((done) => {
    child.on('error', () => done(null));
    child.on('close', (code) => done(code));
  });
  const wallMs = Math.round(performance.now() - started);
  const tree = sampler.stop();
  const loadAfter = loadNote();

  const ok = exitCode === 0;
  return {
    ok,
    exitCode,
    error: ok ? null : `${basename(argv[0] ?? '')} ${argv[1] ?? ''} exited with ${exitCode}:\n${timeline.map((entry) => entry.line).slice(-25).join('\n')}`,
    wallMs,
    timeMaxRssBytes: hasTime ? readTimeMaxRss(timeFile) : null,
    tree,
    loadBefore,
    loadAfter,
    timeline,
  };
}

function readTimeMaxRss(timeFile: string): number | null {
  try {
    const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(readFileSync(timeFile, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
