/**
 * `npm run bench`: the figures issue 2 asks for, against its targets, measured for real.
 *
 *   npm run bench                                  every step but starlight10k (the 10k build takes minutes)
 *   npm run bench -- --only parse,build251         just these steps
 *   npm run bench -- --skip 10k                    everything but the 10,000-cable steps
 *   options: --repeats N (parse runs, default 10), --count N (default 10000),
 *            --queries first,second (default helicopter,border),
 *            --patch FILE (apply a patch to the build's copy of the tree: an experiment, labelled
 *            with the patch's name; see bench/experiments/),
 *            --worktree (build the working tree as it is now instead of the last commit),
 *            --rounds N (build251 and starlight251 alternated N times: ours, Starlight, ours…;
 *            default 1; with N > 1 the warm second build is left out)
 *
 * Steps: parse, build251, starlight251, search251, gen10k, build10k, starlight10k, search10k
 * (groups: 10k, build, search). starlightN builds the same cables as a default Starlight site
 * (steps/starlight.ts): its wall time fills the Starlight column of the build rows and issue 7's
 * target, ours ≤ 1.0× Starlight, gets its own row.
 * A search step reuses the last build of its size in /tmp/cable-bench when its build step is
 * not selected. Prints a table and writes bench/out/results.json (+ build logs beside it).
 * Each figure carries the machine's load average at the time: this machine is shared.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadNote, type LoadNote } from './lib/proc.ts';
import { PROJECT_ROOT, runBuild, SCRATCH, type BuildRun } from './steps/build.ts';
import { generateCorpus, type GeneratedCorpus } from './steps/corpus.ts';
import { runStarlight, type StarlightRun } from './steps/starlight.ts';
import { distinctIds, measureParse, type ParseThroughput } from './steps/parse.ts';
import { measureFilteredSearch, measureSearch, readerRequests, type ReaderRequests, type SearchRun } from './steps/search.ts';
import { measureTyping, type TypingRun } from './steps/typing.ts';
import { readerPageSpread, SEED_ID, weighReaderPage, type PageWeight } from './steps/weight.ts';

/** Issue 9: the filtered search measured (a tag most cables carry), then words typed over it. */
const FILTER = 'tag=PREL';
const FILTER_WORDS = 'government';
const STEPS = ['parse', 'build251', 'starlight251', 'search251', 'gen10k', 'build10k', 'starlight10k', 'search10k'] as const;
type Step = (typeof STEPS)[number];
const GROUPS: Record<string, Step[]> = {
  '10k': ['gen10k', 'build10k', 'starlight10k', 'search10k'],
  build: ['build251', 'starlight251', 'build10k', 'starlight10k'],
  search: ['search251', 'search10k'],
};
const OUT_DIR = join(PROJECT_ROOT, 'bench/out');
const CORPUS_10K = process.env['BENCH_CORPUS_10K'] ?? '/tmp/cable-bench-10k';
const KB = 1000;
const GIB = 1024 ** 3;

/** One line of the printed table. */
interface Row {
  figure: string;
  value: string;
  target: string;
  starlight: string;
  verdict: 'met' | 'MISSED' | '' | 'FAILED';
  load: string;
}

/** A step's outcome: its figures, or why there are none. */
type Outcome<T> = { ok: true; result: T } | { ok: false; error: string };

/** What results.json keeps per step: when it ran, its figures, its table rows. */
interface Recorded {
  at: string;
  outcome: Outcome<unknown>;
  rows: Row[];
}

function stepsFrom(only: string | undefined, skip: string | undefined): Step[] {
  const expand = (list: string): Step[] =>
    list.split(',').flatMap((name) => {
      const trimmed = name.trim();
      if (GROUPS[trimmed]) return GROUPS[trimmed];
      if ((STEPS as readonly string[]).includes(trimmed)) return [trimmed as Step];
      throw new Error(`unknown step "${trimmed}"; steps: ${STEPS.join(', ')}; groups: ${Object.keys(GROUPS).join(', ')}`);
    });
  // Without --only, every step but starlight10k: a default Starlight site of 10,000 pages links
  // every page from every page's sidebar (≈ 20 GB of HTML), so it is run only when named.
  const chosen = only ? expand(only) : STEPS.filter((step) => step !== 'starlight10k');
  const skipped = new Set(skip ? expand(skip) : []);
  return STEPS.filter((step) => chosen.includes(step) && !skipped.has(step));
}

async function attempt<T>(name: string, work: () => Promise<T>): Promise<Outcome<T>> {
  console.error(`\n── ${name} (load ${loadNote().loadavg.join(' ')}) ──`);
  try {
    const result = await work();
    return { ok: true, result };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`✗ ${name} failed: ${message}`);
    return { ok: false, error: message };
  }
}

const seconds = (ms: number | null): string => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const kilobytes = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const gibibytes = (bytes: number): string => `${(bytes / GIB).toFixed(2)} GiB`;
const loadText = (note: LoadNote): string => note.loadavg.join(' ');
const verdict = (met: boolean): Row['verdict'] => (met ? 'met' : 'MISSED');

/** Bytes and files under a directory. */
function diskUsage(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Reader pages in a built site: directories under dist/cables with an index.html. */
function countReaderPages(distDir: string): number {
  const cables = join(distDir, 'cables');
  if (!existsSync(cables)) return 0;
  // A reader page has its JSON beside it; `/cables/<id in lower case>/` is only a redirect to it.
  return readdirSync(cables, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(join(cables, entry.name, 'index.html')) && existsSync(join(cables, `${entry.name}.json`)),
  ).length;
}

/** What one build leaves behind that matters for scale. */
interface BuildFigures {
  run: Omit<BuildRun, 'timeline'>;
  readerPages: number;
  pagefindBytes: number;
  pagefindFiles: number;
  distBytes: number;
  dataStoreBytes: number | null;
  duplicateIdWarnings: number;
}

async function buildFigures(
  label: string,
  cablesDir: string | undefined,
  patchFile: string | undefined,
  options: { again?: boolean; worktree: boolean },
): Promise<BuildFigures> {
  const again = options.again ?? false;
  const run = await runBuild(label, cablesDir, patchFile, options);
  const log = run.timeline.map((entry) => `${String(entry.ms).padStart(7)} ms  ${entry.line}`).join('\n');
  writeFileSync(join(OUT_DIR, `build-${label}${again ? '-again' : ''}.log`), `${log}\n`);
  if (!run.ok) throw new Error(`${run.error}\n(full log: bench/out/build-${label}.log)`);
  const pagefindDir = join(run.outDir, 'pagefind');
  const pagefind = existsSync(pagefindDir) ? diskUsage(pagefindDir) : { bytes: 0, files: 0 };
  const dataStore = join(SCRATCH, `cache-${label}`, 'data-store.json');
  const { timeline, ...rest } = run;
  // The CPU series has a point per 100 ms: the phases above already summarise it.
  const withoutSeries = { ...rest, tree: { ...rest.tree, cpuSeries: [] } };
  return {
    run: withoutSeries,
    readerPages: countReaderPages(run.outDir),
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
    distBytes: diskUsage(run.outDir).bytes,
    dataStoreBytes: existsSync(dataStore) ? statSync(dataStore).size : null,
    duplicateIdWarnings: timeline.filter((entry) => entry.line.includes('duplicate id')).length,
  };
}

/** Table rows for a build: wall time, its split (wall and CPU of the tree), memory. */
function buildRows(size: string, figures: BuildFigures, targetMs: number, starlight: StarlightFigure | null): Row[] {
  const { run } = figures;
  const load = `${loadText(run.loadBefore)} → ${loadText(run.loadAfter)}`;
  const { parseMs, annotateMs, entitiesMs, renderMs, storeMs } = run.phases;
  const detail = (figure: string, ms: number | null, note = ''): Row => ({
    figure: `  ${figure}`,
    value: seconds(ms),
    target: '',
    starlight: '',
    verdict: '',
    load: note,
  });
  const rows: Row[] = [
    {
      figure: `build ${size}: wall time`,
      value: seconds(run.wallMs),
      target: `≤ ${targetMs / 1000} s`,
      starlight: starlight?.text ?? '—',
      verdict: verdict(run.wallMs <= targetMs),
      load: `${load}; tree CPU ${run.tree.treeCpuSeconds.toFixed(1)} s, other processes' CPU ${run.tree.otherCpuSeconds.toFixed(1)} s; built ${run.source}`,
    },
  ];
  for (const phase of run.timelinePhases) {
    rows.push(detail(phase.name, phase.ms, `CPU ${phase.cpuSeconds.toFixed(1)} s`));
    if (phase.name.startsWith('content sync')) {
      rows.push(
        detail('  of which parse (loader log)', parseMs),
        detail('  of which annotate, CPU summed over workers (loader log)', annotateMs),
        detail('    of which named entities (loader log)', entitiesMs),
        detail('  of which render (loader log)', renderMs),
        detail('  of which store (loader log)', storeMs),
      );
    }
  }
  rows.push(
    {
      figure: `build ${size}: peak RSS, whole tree`,
      value: gibibytes(run.tree.peakTreeRssBytes),
      target: '≤ 3 GiB',
      starlight: starlight ? gibibytes(starlight.peakTreeRssBytes) : '',
      verdict: verdict(run.tree.peakTreeRssBytes <= 3 * GIB),
      load: `largest process ${gibibytes(run.tree.peakSingleRssBytes)}${run.timeMaxRssBytes === null ? '' : ` (time -v ${gibibytes(run.timeMaxRssBytes)})`}: ${run.tree.peakSingleCommand.split(' ').map((part) => part.split('/').pop()).join(' ')}`,
    },
    {
      figure: `build ${size}: reader pages / index on disk`,
      value: `${figures.readerPages} / ${(figures.pagefindBytes / 1e6).toFixed(2)} MB`,
      target: '',
      starlight: '',
      verdict: '',
      load: `${figures.pagefindFiles} index files; dist ${(figures.distBytes / 1e6).toFixed(1)} MB${figures.dataStoreBytes === null ? '' : `; data store ${(figures.dataStoreBytes / 1e6).toFixed(1)} MB`}`,
    },
  );
  return rows;
}

/**
 * Our build and Starlight's, each when selected, alternated `rounds` times (ours first). A side
 * fails as a whole on its first failed run (its later rounds are not attempted).
 */
async function pairedBuilds(
  size: string,
  rounds: number,
  withOurs: boolean,
  withStarlight: boolean,
  ours: () => Promise<BuildFigures>,
  starlight: (round: number) => Promise<StarlightRun>,
): Promise<{ ours: Outcome<BuildFigures[]>; starlight: Outcome<StarlightRun[]> }> {
  const oursRuns: BuildFigures[] = [];
  const starlightRuns: StarlightRun[] = [];
  let oursError: string | null = withOurs ? null : 'not selected';
  let starlightError: string | null = withStarlight ? null : 'not selected';
  for (let round = 1; round <= rounds; round++) {
    const of = rounds > 1 ? `, round ${round} of ${rounds}` : '';
    if (oursError === null) {
      const outcome = await attempt(`build ${size}${of}`, ours);
      if (outcome.ok) oursRuns.push(outcome.result);
      else oursError = outcome.error;
    }
    if (starlightError === null) {
      const outcome = await attempt(`Starlight ${size}${of}`, () => starlight(round));
      if (outcome.ok) starlightRuns.push(outcome.result);
      else starlightError = outcome.error;
    }
  }
  return {
    ours: oursError === null ? { ok: true, result: oursRuns } : { ok: false, error: oursError },
    starlight: starlightError === null ? { ok: true, result: starlightRuns } : { ok: false, error: starlightError },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The run whose wall time is the median (the lower middle one for an even count). */
function medianRun<T extends { wallMs: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)]!;
}

/** What the Starlight column shows for a size: the median measured wall time, and where it came from. */
interface StarlightFigure {
  wallMs: number;
  cpuSeconds: number;
  peakTreeRssBytes: number;
  text: string;
}

function starlightFigure(runs: StarlightRun[], when = ''): StarlightFigure | null {
  if (runs.length === 0) return null;
  const wallMs = median(runs.map((run) => run.wallMs));
  return {
    wallMs,
    cpuSeconds: median(runs.map((run) => run.tree.treeCpuSeconds)),
    peakTreeRssBytes: median(runs.map((run) => run.tree.peakTreeRssBytes)),
    text: `${seconds(wallMs)}${runs.length > 1 ? ` (median of ${runs.length})` : ''}${when}`,
  };
}

/** One row per run of a build, ours or Starlight's, with the load beside it. */
function runRow(figure: string, run: { wallMs: number; tree: BuildRun['tree']; loadBefore: LoadNote; loadAfter: LoadNote }): Row {
  return {
    figure,
    value: seconds(run.wallMs),
    target: '',
    starlight: '',
    verdict: '',
    load: `${loadText(run.loadBefore)} → ${loadText(run.loadAfter)}; tree CPU ${run.tree.treeCpuSeconds.toFixed(1)} s, other processes' CPU ${run.tree.otherCpuSeconds.toFixed(1)} s; peak RSS ${gibibytes(run.tree.peakTreeRssBytes)}`,
  };
}

function starlightRows(size: string, runs: StarlightRun[]): Row[] {
  const figure = starlightFigure(runs)!;
  const first = runs[0]!;
  return [
    ...runs.map((run, index) => runRow(`Starlight ${size}, run ${index + 1}: wall time`, run)),
    {
      figure: `Starlight ${size}: wall time`,
      value: figure.text,
      target: '',
      starlight: '',
      verdict: '',
      load: `tree CPU ${figure.cpuSeconds.toFixed(1)} s, peak RSS ${gibibytes(figure.peakTreeRssBytes)} (medians); @astrojs/starlight ${first.starlightVersion}, astro ${first.astroVersion}; ${first.cables} cable pages, ${first.htmlPages} HTML files, dist ${(first.distBytes / 1e6).toFixed(1)} MB, index ${(first.pagefindBytes / 1e6).toFixed(2)} MB`,
    },
  ];
}

/** Issue 7's target: our cold build no slower than Starlight's on the same cables (medians). */
function issue7Row(size: string, ours: BuildFigures[], starlight: StarlightFigure | null): Row {
  const oursMs = median(ours.map((figures) => figures.run.wallMs));
  const oursCpu = median(ours.map((figures) => figures.run.tree.treeCpuSeconds));
  if (starlight === null) {
    return { figure: `build ${size} / Starlight (issue 7)`, value: '—', target: '≤ 1.0×', starlight: '', verdict: '', load: 'no Starlight build measured: run the starlight step' };
  }
  const ratio = oursMs / starlight.wallMs;
  return {
    figure: `build ${size} / Starlight (issue 7)`,
    value: `${ratio.toFixed(2)}×`,
    target: '≤ 1.0×',
    starlight: starlight.text,
    verdict: verdict(ratio <= 1),
    load: `wall ${seconds(oursMs)} / ${seconds(starlight.wallMs)}${ours.length > 1 ? ` (medians of ${ours.length})` : ''}; tree CPU ${oursCpu.toFixed(1)} s / ${starlight.cpuSeconds.toFixed(1)} s = ${(oursCpu / starlight.cpuSeconds).toFixed(2)}×`,
  };
}

/** The last Starlight runs of `step` in an earlier results.json, for a run that measures only ours. */
function recordedStarlight(steps: Record<string, Recorded> | undefined, step: string): StarlightFigure | null {
  const entry = steps?.[step];
  if (!entry?.outcome.ok) return null;
  return starlightFigure(entry.outcome.result as StarlightRun[], `, measured ${entry.at.slice(0, 16)}`);
}

function searchRows(size: string, run: SearchRun, load: LoadNote, targets: { first: number; followUp: number } | null): Row[] {
  const label = run.gzip ? '' : ' (no gzip)';
  const note = (transfer: SearchRun['first']): string =>
    `${transfer.requests} req, ${transfer.resultsShown} cables shown, ${transfer.msToResults} ms; load ${loadText(load)}`;
  return [
    {
      figure: `search ${size}: first "${run.first.query}"${label}`,
      value: kilobytes(run.first.wireBytes),
      target: targets ? `≤ ${targets.first / KB} KB` : '',
      starlight: targets ? '276 KB' : '',
      verdict: targets ? verdict(run.first.wireBytes <= targets.first) : '',
      load: note(run.first),
    },
    {
      figure: `search ${size}: follow-up "${run.followUp.query}"${label}`,
      value: kilobytes(run.followUp.wireBytes),
      target: targets ? `≤ ${targets.followUp / KB} KB` : '',
      starlight: targets ? '64 KB' : '',
      verdict: targets ? verdict(run.followUp.wireBytes <= targets.followUp) : '',
      load: note(run.followUp),
    },
  ];
}

/** Typed searches: ms from the last key to results (target ≤ 300 ms, issue 9), the longest main-thread task. */
function typingRows(size: string, run: TypingRun, load: LoadNote): Row[] {
  return Object.entries(run).map(([label, rounds]) => {
    const ms = rounds.map((typed) => typed.ms).sort((a, b) => a - b);
    const median = ms[Math.floor(ms.length / 2)]!;
    return {
      figure: `search ${size}: results after the last key, ${label}`,
      value: `${median} ms`,
      target: '≤ 300 ms',
      starlight: '',
      verdict: verdict(median <= 300),
      load: `runs ${rounds.map((typed) => typed.ms).join(', ')} ms; longest main-thread task ${rounds.map((typed) => typed.longestTaskMs).join(', ')} ms; load ${loadText(load)}`,
    };
  });
}

function failedRow(figure: string, error: string): Row {
  return { figure, value: '—', target: '', starlight: '', verdict: 'FAILED', load: error.split('\n')[0]!.slice(0, 100) };
}

function printTable(rows: Row[]): void {
  const header: Row = { figure: 'figure', value: 'value', target: 'target', starlight: 'Starlight', verdict: '' , load: 'load (1/5/15 min) & notes' };
  const columns = ['figure', 'value', 'target', 'starlight', 'verdict', 'load'] as const;
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: Row): string => columns.map((column, index) => row[column].padEnd(widths[index]!)).join('  ').trimEnd();
  console.log(`\n${line(header)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

/** The latest rows of every step as a Markdown table, with when each step ran. */
function markdownTable(rows: Row[], steps: Record<string, Recorded>): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|').replace(/^ +/, (spaces) => '&nbsp;'.repeat(spaces.length));
  const lines = [
    '| figure | value | target | Starlight | verdict | load (1/5/15 min) & notes |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${[row.figure, row.value, row.target, row.starlight, row.verdict, row.load].map(cell).join(' | ')} |`),
    '',
    ...Object.entries(steps).map(([step, entry]) => `- ${step}: ${entry.at}`),
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      skip: { type: 'string' },
      repeats: { type: 'string', default: '10' },
      count: { type: 'string', default: '10000' },
      queries: { type: 'string', default: 'helicopter,border' },
      patch: { type: 'string' },
      worktree: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '1' },
    },
  });
  const worktree = values.worktree;
  // An experiment: a patch applied to the build's copy of the tree (never to the repo).
  const patchFile = values.patch === undefined ? undefined : resolve(values.patch);
  const variant = patchFile === undefined ? '' : `+${basename(patchFile, '.patch')}`;
  const key = (step: string): string => `${step}${variant}`;
  const steps = stepsFrom(values.only, values.skip);
  const repeats = Number(values.repeats);
  const rounds = Math.max(1, Number(values.rounds));
  const count = Number(values.count);
  const [firstQuery = 'helicopter', secondQuery = 'border'] = values.queries.split(',');
  const queries: [string, string] = [firstQuery, secondQuery];
  const sizeLabel = `${count === 10_000 ? '10k' : String(count)}${variant}`;
  const smallLabel = `251${variant}`;
  mkdirSync(OUT_DIR, { recursive: true });
  const resultsFile = join(OUT_DIR, 'results.json');
  const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { steps?: Record<string, Recorded> }) : {};
  const previousSteps = Array.isArray(previous.steps) ? undefined : previous.steps;

  const rows: Row[] = [];
  const recorded: Record<string, Recorded> = {};
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim(),
    built: worktree ? 'working tree' : 'HEAD',
    machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / GIB), load: loadNote() },
    steps,
    queries,
    units: { KB: '1000 bytes', MB: '10^6 bytes', GiB: '2^30 bytes' },
  };
  const seedsDir = join(PROJECT_ROOT, 'seeds');
  const dist251 = join(SCRATCH, `dist-${smallLabel}`);
  const dist10k = join(SCRATCH, `dist-${sizeLabel}`);

  if (steps.includes('parse')) {
    const firstRow = rows.length;
    const outcome = await attempt('parse throughput', () => measureParse(PROJECT_ROOT, seedsDir, repeats));
    recorded[key('parse')] = { at: new Date().toISOString(), outcome, rows: [] };
    if (outcome.ok) {
      const parse: ParseThroughput = outcome.result;
      rows.push({
        figure: `parse: decode+parse, ${parse.files} cables, ${(parse.inputBytes / 1e6).toFixed(2)} MB`,
        value: `${parse.mbPerSecond} MB/s`,
        target: '≥ 20 MB/s',
        starlight: '',
        verdict: verdict(parse.mbPerSecond >= 20),
        load: `${loadText(parse.load)}; median of ${parse.repeats} runs ${parse.medianMs} ms; per CPU second ${parse.mbPerCpuSecond} MB/s; best run ${parse.bestMbPerSecond} MB/s; readCable ${parse.readCableMbPerSecond} MB/s`,
      });
    } else rows.push(failedRow('parse throughput', outcome.error));
    recorded[key('parse')]!.rows = rows.slice(firstRow);
  }

  // Ours and Starlight's alternate (A B A B …): a busy spell of the shared machine hits both.
  const paired251 = await pairedBuilds('251', rounds, steps.includes('build251'), steps.includes('starlight251'),
    () => buildFigures(smallLabel, undefined, patchFile, { worktree }),
    (round) => runStarlight('251', seedsDir, join(OUT_DIR, `build-starlight-251-${round}.log`)));
  if (steps.includes('starlight251')) {
    const firstRow = rows.length;
    recorded['starlight251'] = { at: new Date().toISOString(), outcome: paired251.starlight, rows: [] };
    if (paired251.starlight.ok) rows.push(...starlightRows('251', paired251.starlight.result));
    else rows.push(failedRow('Starlight 251', paired251.starlight.error));
    recorded['starlight251']!.rows = rows.slice(firstRow);
  }
  const starlight251 = paired251.starlight.ok ? starlightFigure(paired251.starlight.result) : recordedStarlight(previousSteps, 'starlight251');
  if (steps.includes('build251')) {
    const firstRow = rows.length;
    const outcome: Outcome<BuildFigures> = paired251.ours.ok
      ? { ok: true, result: medianRun(paired251.ours.result.map((figures) => ({ wallMs: figures.run.wallMs, figures }))).figures }
      : paired251.ours;
    recorded[key('build251')] = { at: new Date().toISOString(), outcome, rows: [] };
    if (outcome.ok && paired251.ours.ok) {
      const runs = paired251.ours.result;
      if (runs.length > 1) runs.forEach((figures, index) => rows.push(runRow(`build ${smallLabel}, run ${index + 1}: wall time`, figures.run)));
      rows.push(...buildRows(`${smallLabel}${runs.length > 1 ? ' (the median run)' : ''}`, outcome.result, 3000, starlight251));
      rows.push(issue7Row(smallLabel, runs, starlight251));
      // The warm second build only in a single round: alternating rounds are about the cold figure.
      if (rounds === 1) {
        const again = await attempt(`build ${smallLabel} again`, () => buildFigures(smallLabel, undefined, patchFile, { again: true, worktree }));
        recorded[key('build251again')] = { at: new Date().toISOString(), outcome: again, rows: [] };
        if (again.ok) rows.push(...buildRows(`${smallLabel}, second build (caches warm, --force)`, again.result, 3000, starlight251).slice(0, -1));
        else rows.push(failedRow(`build ${smallLabel} again`, again.error));
      }
      const weight = await attempt('reader page weight', async () => ({
        seed: weighReaderPage(dist251, SEED_ID),
        spread: readerPageSpread(dist251),
      }));
      recorded[key('weight')] = { at: new Date().toISOString(), outcome: weight, rows: [] };
      if (weight.ok) {
        const seed: PageWeight = weight.result.seed;
        rows.push({
          figure: 'reader page (seed): gzip HTML + CSS',
          value: `${kilobytes(seed.htmlGzipBytes)} + ${kilobytes(seed.cssGzipBytes)} = ${kilobytes(seed.htmlPlusCssGzipBytes)}`,
          target: '≤ 15 KB',
          starlight: '19 + 12 KB',
          verdict: verdict(seed.htmlPlusCssGzipBytes <= 15 * KB),
          load: `all ${weight.result.spread.pages} reader pages: median HTML ${kilobytes(weight.result.spread.medianGzipBytes)}, max ${kilobytes(weight.result.spread.maxGzipBytes)}`,
        });
        rows.push({
          figure: 'reader page (seed): JS loaded',
          value: seed.externalScripts.length === 0 ? 'none' : seed.externalScripts.join(' '),
          target: 'no search code',
          starlight: '30 KB',
          verdict: verdict(!seed.loadsPagefind),
          load: `${seed.inlineScripts} inline script(s), ${seed.inlineScriptBytes} B`,
        });
      } else rows.push(failedRow('reader page weight', weight.error));
    } else if (!outcome.ok) rows.push(failedRow('build 251', outcome.error));
    recorded[key('build251')]!.rows = rows.slice(firstRow);
  }

  if (steps.includes('search251')) {
    const firstRow = rows.length;
    const outcome = await attempt('search 251', async () => {
      if (!existsSync(join(dist251, 'pagefind'))) throw new Error(`no build at ${dist251}: run the build251 step`);
      const load = loadNote();
      const gzip = await measureSearch(dist251, queries, true);
      const plain = await measureSearch(dist251, queries, false);
      const reader: ReaderRequests = await readerRequests(dist251, SEED_ID);
      const filtered = await measureFilteredSearch(dist251, FILTER, FILTER_WORDS, true);
      const typing = await measureTyping(dist251);
      return { load, gzip, plain, reader, filtered, typing };
    });
    recorded[key('search251')] = { at: new Date().toISOString(), outcome, rows: [] };
    if (outcome.ok) {
      rows.push(...searchRows(smallLabel, outcome.result.gzip, outcome.result.load, null));
      rows.push(...searchRows(smallLabel, outcome.result.plain, outcome.result.load, null));
      rows.push(...searchRows(smallLabel, outcome.result.filtered, outcome.result.load, null));
      rows.push(...typingRows(smallLabel, outcome.result.typing, outcome.result.load));
      const { reader } = outcome.result;
      rows.push({
        figure: 'reader page (seed) in Chromium: requests',
        value: `${reader.plain.length} req, ${kilobytes(reader.plainWireBytes)}`,
        target: 'no JS',
        starlight: '',
        verdict: verdict(reader.plainScripts.length === 0),
        load: `scripts: ${reader.plainScripts.join(' ') || 'none'}; with ?pagefind-highlight: ${reader.withHighlight.length} req`,
      });
    } else rows.push(failedRow('search 251', outcome.error));
    recorded[key('search251')]!.rows = rows.slice(firstRow);
  }

  if (steps.includes('gen10k')) {
    const firstRow = rows.length;
    const outcome = await attempt(`generate ${count} cables`, async () => {
      const started = performance.now();
      const corpus: GeneratedCorpus = generateCorpus(seedsDir, CORPUS_10K, count);
      const generatedMs = Math.round(performance.now() - started);
      // The corpus itself has texts naming another cable's id (the loader suffixes the second
      // one, -2): copies may repeat those, and nothing else.
      const source = await distinctIds(PROJECT_ROOT, seedsDir);
      const allowed = (source.files - source.distinct) * Math.ceil(count / source.files);
      const ids = await distinctIds(PROJECT_ROOT, CORPUS_10K);
      const duplicates = ids.files - ids.distinct;
      if (ids.files !== count || duplicates > allowed) {
        throw new Error(`${ids.files} files, ${ids.distinct} distinct parser ids (at most ${allowed} repeats expected): ${ids.duplicates.join(', ')}`);
      }
      return { ...corpus, generatedMs, ids, sourceDuplicates: source.duplicates, allowedDuplicates: allowed };
    });
    recorded[key('gen10k')] = { at: new Date().toISOString(), outcome, rows: [] };
    if (outcome.ok) {
      const { result } = outcome;
      rows.push({
        figure: `corpus ${sizeLabel}: files / distinct parser ids`,
        value: `${result.files} / ${result.ids.distinct}`,
        target: `${count}`,
        starlight: '',
        verdict: 'met',
        load: `${result.sourceDuplicates.length === 0 ? 'no id repeated' : `repeats as in the source corpus (${result.sourceDuplicates.join(', ')})`}; ${(result.bytes / 1e6).toFixed(1)} MB in ${CORPUS_10K}; ids rewritten in text ${result.textRewritten}, by file name only ${result.fileNameOnly}`,
      });
    } else rows.push(failedRow(`corpus ${sizeLabel}`, outcome.error));
    recorded[key('gen10k')]!.rows = rows.slice(firstRow);
  }

  // At 10k one round: ours first, then Starlight.
  const needCorpus = (): void => {
    if (!existsSync(CORPUS_10K)) throw new Error(`no corpus at ${CORPUS_10K}: run the gen10k step`);
  };
  const paired10k = await pairedBuilds(sizeLabel, 1, steps.includes('build10k'), steps.includes('starlight10k'),
    () => (needCorpus(), buildFigures(sizeLabel, CORPUS_10K, patchFile, { worktree })),
    () => (needCorpus(), runStarlight(sizeLabel, CORPUS_10K, join(OUT_DIR, `build-starlight-${sizeLabel}.log`))));
  if (steps.includes('starlight10k')) {
    const firstRow = rows.length;
    recorded['starlight10k'] = { at: new Date().toISOString(), outcome: paired10k.starlight, rows: [] };
    if (paired10k.starlight.ok) rows.push(...starlightRows(sizeLabel, paired10k.starlight.result));
    else rows.push(failedRow(`Starlight ${sizeLabel}`, paired10k.starlight.error));
    recorded['starlight10k']!.rows = rows.slice(firstRow);
  }
  const starlight10k = paired10k.starlight.ok ? starlightFigure(paired10k.starlight.result) : recordedStarlight(previousSteps, 'starlight10k');
  if (steps.includes('build10k')) {
    const firstRow = rows.length;
    const outcome: Outcome<BuildFigures> = paired10k.ours.ok ? { ok: true, result: paired10k.ours.result[0]! } : paired10k.ours;
    recorded[key('build10k')] = { at: new Date().toISOString(), outcome, rows: [] };
    if (outcome.ok) {
      rows.push(...buildRows(sizeLabel, outcome.result, 50_000, starlight10k));
      rows.push(issue7Row(sizeLabel, [outcome.result], starlight10k));
      rows.push({
        figure: `build ${sizeLabel}: distinct pages`,
        value: String(outcome.result.readerPages),
        target: String(count),
        starlight: '',
        verdict: verdict(outcome.result.readerPages === count),
        load: `${outcome.result.duplicateIdWarnings} duplicate ids suffixed by the loader`,
      });
    } else rows.push(failedRow(`build ${sizeLabel}`, outcome.error));
    recorded[key('build10k')]!.rows = rows.slice(firstRow);
  }

  if (steps.includes('search10k')) {
    const firstRow = rows.length;
    const outcome = await attempt(`search ${sizeLabel}`, async () => {
      if (!existsSync(join(dist10k, 'pagefind'))) throw new Error(`no build at ${dist10k}: run the build10k step`);
      const load = loadNote();
      const gzip = await measureSearch(dist10k, queries, true);
      const plain = await measureSearch(dist10k, queries, false);
      const filtered = await measureFilteredSearch(dist10k, FILTER, FILTER_WORDS, true);
      const typing = await measureTyping(dist10k);
      return { load, gzip, plain, filtered, typing };
    });
    recorded[key('search10k')] = { at: new Date().toISOString(), outcome, rows: [] };
    if (outcome.ok) {
      rows.push(...searchRows(sizeLabel, outcome.result.gzip, outcome.result.load, { first: 200 * KB, followUp: 30 * KB }));
      rows.push(...searchRows(sizeLabel, outcome.result.plain, outcome.result.load, null));
      rows.push(...searchRows(sizeLabel, outcome.result.filtered, outcome.result.load, { first: 200 * KB, followUp: 30 * KB }));
      rows.push(...typingRows(sizeLabel, outcome.result.typing, outcome.result.load));
    } else rows.push(failedRow(`search ${sizeLabel}`, outcome.error));
    recorded[key('search10k')]!.rows = rows.slice(firstRow);
  }

  results['finishedAt'] = new Date().toISOString();
  // Steps not run this time keep their last figures, so partial runs add up to one record.
  const merged = { ...previousSteps, ...recorded };
  writeFileSync(resultsFile, `${JSON.stringify({ lastRun: results, steps: merged }, null, 2)}\n`);
  const allRows = STEPS.flatMap((step) =>
    Object.keys(merged)
      .filter((name) => name === step || name.startsWith(`${step}+`))
      .flatMap((name) => merged[name]?.rows ?? []),
  );
  writeFileSync(join(OUT_DIR, 'results.md'), markdownTable(allRows, merged));
  printTable(rows);
  console.log(`\nwritten: bench/out/results.json, bench/out/results.md (latest figures of every step); build logs: bench/out/build-*.log; scratch: ${SCRATCH}`);
  if (rows.some((row) => row.verdict === 'FAILED')) process.exitCode = 1;
}

await main();
