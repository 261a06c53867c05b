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
 *            --rounds N (build251 and the starlight251 steps alternated N times: ours, Starlight, ours…;
 *            default 1; with N > 1 the warm second build is left out)
 *
 * Steps: parse, build251, starlight251, starlight251-sidebar, search251, gen10k, build10k,
 * starlight10k, starlight10k-sidebar, search10k (groups: 10k, build, search). starlightN builds
 * the same cables as a default Starlight site (steps/starlight.ts): its wall time fills the
 * Starlight column of the build rows and issue 7's target, ours ≤ 1.0× Starlight, gets its own
 * row; starlightN-sidebar is the same site with one setting, a one-link sidebar, and gets a
 * ratio row of its own. With --count other than 10000, the starlight10k steps build that many
 * cables of the 10k corpus folder and are kept as `starlight10k+<count>`.
 * A search step reuses the last build of its size in /tmp/cable-bench when its build step is
 * not selected. Prints a table and writes bench/out/results.json (+ build logs beside it).
 * Each figure carries the machine's load average at the time: this machine is shared.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFigures, buildRows, issue7Row, pairedBuilds, recordedStarlight, runRow, starlightFigure, starlightRows, type BuildFigures, type StarlightFigure } from './lib/build-rows.ts';
import { loadNote } from './lib/proc.ts';
import { searchRows, typingRows } from './lib/search-rows.ts';
import { attempt, failedRow, GIB, KB, kilobytes, loadText, markdownTable, medianRun, printTable, verdict, type Outcome, type Recorded, type Row } from './lib/table.ts';
import { PROJECT_ROOT, SCRATCH } from './steps/build.ts';
import { generateCorpus, type GeneratedCorpus } from './steps/corpus.ts';
import { distinctIds, measureParse, type ParseThroughput } from './steps/parse.ts';
import { measureFilteredSearch, measureSearch, readerRequests, type ReaderRequests } from './steps/search.ts';
import { runStarlight, type StarlightRun, type StarlightVariant } from './steps/starlight.ts';
import { measureTyping } from './steps/typing.ts';
import { readerPageSpread, SEED_ID, weighReaderPage, type PageWeight } from './steps/weight.ts';

/** Issue 9: the filtered search measured (a tag most cables carry), then words typed over it. */
const FILTER = 'tag=PREL';
const FILTER_WORDS = 'government';
const STEPS = [
  'parse',
  'build251',
  'starlight251',
  'starlight251-sidebar',
  'search251',
  'gen10k',
  'build10k',
  'starlight10k',
  'starlight10k-sidebar',
  'search10k',
] as const;
type Step = (typeof STEPS)[number];
const GROUPS: Record<string, Step[]> = {
  '10k': ['gen10k', 'build10k', 'starlight10k', 'starlight10k-sidebar', 'search10k'],
  build: ['build251', 'starlight251', 'starlight251-sidebar', 'build10k', 'starlight10k', 'starlight10k-sidebar'],
  search: ['search251', 'search10k'],
};
/** The Starlight sites built beside ours at each size: the default, and one setting (a one-link sidebar). */
const STARLIGHT_STEPS: Record<'251' | '10k', Array<[Step, StarlightVariant]>> = {
  '251': [
    ['starlight251', 'default'],
    ['starlight251-sidebar', 'sidebar'],
  ],
  '10k': [
    ['starlight10k', 'default'],
    ['starlight10k-sidebar', 'sidebar'],
  ],
};
const OUT_DIR = join(PROJECT_ROOT, 'bench/out');
const CORPUS_10K = process.env['BENCH_CORPUS_10K'] ?? '/tmp/cable-bench-10k';
const SEEDS_DIR = join(PROJECT_ROOT, 'seeds');

function stepsFrom(only: string | undefined, skip: string | undefined): Step[] {
  const expand = (list: string): Step[] =>
    list.split(',').flatMap((name) => {
      const trimmed = name.trim();
      if (GROUPS[trimmed]) return GROUPS[trimmed];
      if ((STEPS as readonly string[]).includes(trimmed)) return [trimmed as Step];
      throw new Error(`unknown step "${trimmed}"; steps: ${STEPS.join(', ')}; groups: ${Object.keys(GROUPS).join(', ')}`);
    });
  // Without --only, every step but starlight10k: a default Starlight site of 10,000 pages links
  // every page from every page's sidebar (GBs of HTML, half an hour), so it is run only when named.
  const chosen = only ? expand(only) : STEPS.filter((step) => step !== 'starlight10k');
  const skipped = new Set(skip ? expand(skip) : []);
  return STEPS.filter((step) => chosen.includes(step) && !skipped.has(step));
}

/** One run of the bench: its options, and the rows and records every step adds to. */
interface BenchRun {
  steps: Step[];
  repeats: number;
  rounds: number;
  count: number;
  queries: [string, string];
  worktree: boolean;
  /** An experiment: a patch applied to the build's copy of the tree (never to the repo). */
  patchFile: string | undefined;
  /** `+<patch name>` for an experiment, else empty: added to labels and record keys. */
  variant: string;
  smallLabel: string;
  sizeLabel: string;
  dist251: string;
  dist10k: string;
  previousSteps: Record<string, Recorded> | undefined;
  rows: Row[];
  recorded: Record<string, Recorded>;
}

function benchRun(argv: string[]): BenchRun {
  const { values } = parseArgs({
    args: argv,
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
  const patchFile = values.patch === undefined ? undefined : resolve(values.patch);
  const variant = patchFile === undefined ? '' : `+${basename(patchFile, '.patch')}`;
  const count = Number(values.count);
  const [firstQuery = 'helicopter', secondQuery = 'border'] = values.queries.split(',');
  const sizeLabel = `${count === 10_000 ? '10k' : String(count)}${variant}`;
  const smallLabel = `251${variant}`;
  const resultsFile = join(OUT_DIR, 'results.json');
  const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { steps?: Record<string, Recorded> }) : {};
  return {
    steps: stepsFrom(values.only, values.skip),
    repeats: Number(values.repeats),
    rounds: Math.max(1, Number(values.rounds)),
    count,
    queries: [firstQuery, secondQuery],
    worktree: values.worktree,
    patchFile,
    variant,
    smallLabel,
    sizeLabel,
    dist251: join(SCRATCH, `dist-${smallLabel}`),
    dist10k: join(SCRATCH, `dist-${sizeLabel}`),
    previousSteps: Array.isArray(previous.steps) ? undefined : previous.steps,
    rows: [],
    recorded: {},
  };
}

/** Keeps `outcome` in results.json under `name`, without rows of its own. */
function keep(run: BenchRun, name: string, outcome: Outcome<unknown>): void {
  run.recorded[name] = { at: new Date().toISOString(), outcome, rows: [] };
}

/** Keeps `outcome` under `name` with the rows `addRows` adds (a failed row when it failed). */
async function section<T>(run: BenchRun, name: string, outcome: Outcome<T>, failure: string, addRows: (result: T) => unknown): Promise<void> {
  const firstRow = run.rows.length;
  keep(run, name, outcome);
  if (outcome.ok) await addRows(outcome.result);
  else run.rows.push(failedRow(failure, outcome.error));
  run.recorded[name]!.rows = run.rows.slice(firstRow);
}

async function parseStep(run: BenchRun): Promise<void> {
  const outcome = await attempt('parse throughput', () => measureParse(PROJECT_ROOT, SEEDS_DIR, run.repeats));
  await section(run, `parse${run.variant}`, outcome, 'parse throughput', (parse: ParseThroughput) => {
    run.rows.push({
      figure: `parse: decode+parse, ${parse.files} cables, ${(parse.inputBytes / 1e6).toFixed(2)} MB`,
      value: `${parse.mbPerSecond} MB/s`,
      target: '≥ 20 MB/s',
      starlight: '',
      verdict: verdict(parse.mbPerSecond >= 20),
      load: `${loadText(parse.load)}; median of ${parse.repeats} runs ${parse.medianMs} ms; per CPU second ${parse.mbPerCpuSecond} MB/s; best run ${parse.bestMbPerSecond} MB/s; readCable ${parse.readCableMbPerSecond} MB/s`,
    });
  });
}

/** The seed's reader page weighed in the 251 build: gzip bytes and what it loads. */
async function weightRows(run: BenchRun): Promise<void> {
  const weight = await attempt('reader page weight', async () => ({ seed: weighReaderPage(run.dist251, SEED_ID), spread: readerPageSpread(run.dist251) }));
  keep(run, `weight${run.variant}`, weight);
  if (!weight.ok) {
    run.rows.push(failedRow('reader page weight', weight.error));
    return;
  }
  const seed: PageWeight = weight.result.seed;
  run.rows.push(
    {
      figure: 'reader page (seed): gzip HTML + CSS',
      value: `${kilobytes(seed.htmlGzipBytes)} + ${kilobytes(seed.cssGzipBytes)} = ${kilobytes(seed.htmlPlusCssGzipBytes)}`,
      target: '≤ 15 KB',
      starlight: '19 + 12 KB',
      verdict: verdict(seed.htmlPlusCssGzipBytes <= 15 * KB),
      load: `all ${weight.result.spread.pages} reader pages: median HTML ${kilobytes(weight.result.spread.medianGzipBytes)}, max ${kilobytes(weight.result.spread.maxGzipBytes)}`,
    },
    {
      figure: 'reader page (seed): JS loaded',
      value: seed.externalScripts.length === 0 ? 'none' : seed.externalScripts.join(' '),
      target: 'no search code',
      starlight: '30 KB',
      verdict: verdict(!seed.loadsPagefind),
      load: `${seed.inlineScripts} inline script(s), ${seed.inlineScriptBytes} B`,
    },
  );
}

/** Where a Starlight step's runs are kept: the step's name, with the cable count when it is not the step's own. */
const starlightKey = (step: Step, label: string): string => (step.includes(label) ? step : `${step}+${label}`);

/** The selected Starlight steps of a size, each a build `pairedBuilds` alternates with ours. */
function starlightSides(
  run: BenchRun,
  size: '251' | '10k',
  label: string,
  cablesDir: string,
  logName: (name: string, round: number) => string,
  before = (): void => {},
): Record<string, (round: number) => Promise<StarlightRun>> {
  const sides: Record<string, (round: number) => Promise<StarlightRun>> = {};
  for (const [step, variant] of STARLIGHT_STEPS[size]) {
    if (!run.steps.includes(step)) continue;
    const name = `${label}${variant === 'default' ? '' : `-${variant}`}`;
    sides[step] = (round) => (before(), runStarlight(name, cablesDir, join(OUT_DIR, logName(name, round)), variant));
  }
  return sides;
}

/**
 * Keeps each Starlight step's runs and rows; gives each Starlight site's figure for the ratio rows,
 * the default first: measured now, else the last recorded (null when never measured).
 */
async function starlightSections(
  run: BenchRun,
  size: '251' | '10k',
  label: string,
  outcomes: Record<string, Outcome<StarlightRun[]>>,
): Promise<Array<StarlightFigure | null>> {
  const figures: Array<StarlightFigure | null> = [];
  for (const [step, variant] of STARLIGHT_STEPS[size]) {
    const key = starlightKey(step, label);
    const outcome = outcomes[step];
    const name = `Starlight ${label}${variant === 'default' ? '' : ', one-link sidebar'}`;
    if (outcome) await section(run, key, outcome, name, (runs) => run.rows.push(...starlightRows(name.replace(/^Starlight /, ''), runs)));
    figures.push(outcome?.ok ? starlightFigure(outcome.result) : recordedStarlight(run.previousSteps, key));
  }
  return figures;
}

/** Issue 7's ratio against the default Starlight site, and against each other site measured. */
function issue7Rows(label: string, ours: BuildFigures[], starlight: StarlightFigure | null | undefined, others: Array<StarlightFigure | null>): Row[] {
  const rows = [issue7Row(label, ours, starlight ?? null)];
  for (const other of others) if (other) rows.push(issue7Row(label, ours, other, 'Starlight with a one-link sidebar'));
  return rows;
}

/** build251 and starlight251, alternated `rounds` times; then the warm build and the page weight. */
async function build251Steps(run: BenchRun): Promise<void> {
  const { smallLabel: label, patchFile, worktree } = run;
  const paired = await pairedBuilds('251', run.rounds, {
    ours: run.steps.includes('build251') ? () => buildFigures(label, undefined, patchFile, { worktree, outDir: OUT_DIR }) : null,
    starlight: starlightSides(run, '251', '251', SEEDS_DIR, (name, round) => `build-starlight-${name}-${round}.log`),
  });
  const [starlight, ...others] = await starlightSections(run, '251', '251', paired.starlight);
  if (!run.steps.includes('build251')) return;
  const outcome: Outcome<BuildFigures> = paired.ours.ok
    ? { ok: true, result: medianRun(paired.ours.result.map((figures) => ({ wallMs: figures.run.wallMs, figures }))).figures }
    : paired.ours;
  const runs = paired.ours.ok ? paired.ours.result : [];
  const build251 = async (median: BuildFigures): Promise<void> => {
    if (runs.length > 1) runs.forEach((figures, index) => run.rows.push(runRow(`build ${label}, run ${index + 1}: wall time`, figures.run)));
    run.rows.push(...buildRows(`${label}${runs.length > 1 ? ' (the median run)' : ''}`, median, 3000, starlight ?? null), ...issue7Rows(label, runs, starlight, others));
    // The warm second build only in a single round: alternating rounds are about the cold figure.
    if (run.rounds === 1) {
      const again = await attempt(`build ${label} again`, () => buildFigures(label, undefined, patchFile, { again: true, worktree, outDir: OUT_DIR }));
      keep(run, `build251again${run.variant}`, again);
      if (again.ok) run.rows.push(...buildRows(`${label}, second build (caches warm, --force)`, again.result, 3000, starlight ?? null).slice(0, -1));
      else run.rows.push(failedRow(`build ${label} again`, again.error));
    }
    await weightRows(run);
  };
  await section(run, `build251${run.variant}`, outcome, 'build 251', build251);
}

async function search251Step(run: BenchRun): Promise<void> {
  const { dist251, queries, smallLabel: label } = run;
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
  await section(run, `search251${run.variant}`, outcome, 'search 251', (result) => {
    const { load, reader } = result;
    run.rows.push(
      ...searchRows(label, result.gzip, load, null),
      ...searchRows(label, result.plain, load, null),
      ...searchRows(label, result.filtered, load, null),
      ...typingRows(label, result.typing, load),
      {
        figure: 'reader page (seed) in Chromium: requests',
        value: `${reader.plain.length} req, ${kilobytes(reader.plainWireBytes)}`,
        target: 'no JS',
        starlight: '',
        verdict: verdict(reader.plainScripts.length === 0),
        load: `scripts: ${reader.plainScripts.join(' ') || 'none'}; with ?pagefind-highlight: ${reader.withHighlight.length} req`,
      },
    );
  });
}

async function gen10kStep(run: BenchRun): Promise<void> {
  const { count, sizeLabel } = run;
  const outcome = await attempt(`generate ${count} cables`, async () => {
    const started = performance.now();
    const corpus: GeneratedCorpus = generateCorpus(SEEDS_DIR, CORPUS_10K, count);
    const generatedMs = Math.round(performance.now() - started);
    // The corpus itself has texts naming another cable's id (the loader suffixes the second
    // one, -2): copies may repeat those, and nothing else.
    const source = await distinctIds(PROJECT_ROOT, SEEDS_DIR);
    const allowed = (source.files - source.distinct) * Math.ceil(count / source.files);
    const ids = await distinctIds(PROJECT_ROOT, CORPUS_10K);
    const duplicates = ids.files - ids.distinct;
    if (ids.files !== count || duplicates > allowed) {
      throw new Error(`${ids.files} files, ${ids.distinct} distinct parser ids (at most ${allowed} repeats expected): ${ids.duplicates.join(', ')}`);
    }
    return { ...corpus, generatedMs, ids, sourceDuplicates: source.duplicates, allowedDuplicates: allowed };
  });
  await section(run, `gen10k${run.variant}`, outcome, `corpus ${sizeLabel}`, (result) => {
    run.rows.push({
      figure: `corpus ${sizeLabel}: files / distinct parser ids`,
      value: `${result.files} / ${result.ids.distinct}`,
      target: `${count}`,
      starlight: '',
      verdict: 'met',
      load: `${result.sourceDuplicates.length === 0 ? 'no id repeated' : `repeats as in the source corpus (${result.sourceDuplicates.join(', ')})`}; ${(result.bytes / 1e6).toFixed(1)} MB in ${CORPUS_10K}; ids rewritten in text ${result.textRewritten}, by file name only ${result.fileNameOnly}`,
    });
  });
}

/** build10k and starlight10k, one round: ours first, then Starlight. */
async function build10kSteps(run: BenchRun): Promise<void> {
  const { sizeLabel: label, patchFile, worktree, count } = run;
  const needCorpus = (): void => {
    if (!existsSync(CORPUS_10K)) throw new Error(`no corpus at ${CORPUS_10K}: run the gen10k step`);
  };
  const starlightLabel = String(count === 10_000 ? '10k' : count);
  const paired = await pairedBuilds(label, 1, {
    ours: run.steps.includes('build10k') ? () => (needCorpus(), buildFigures(label, CORPUS_10K, patchFile, { worktree, outDir: OUT_DIR })) : null,
    starlight: starlightSides(run, '10k', starlightLabel, CORPUS_10K, (name) => `build-starlight-${name}.log`, needCorpus),
  });
  const [starlight, ...others] = await starlightSections(run, '10k', starlightLabel, paired.starlight);
  if (!run.steps.includes('build10k')) return;
  const outcome: Outcome<BuildFigures> = paired.ours.ok ? { ok: true, result: paired.ours.result[0]! } : paired.ours;
  await section(run, `build10k${run.variant}`, outcome, `build ${label}`, (figures) => {
    run.rows.push(...buildRows(label, figures, 50_000, starlight ?? null), ...issue7Rows(label, [figures], starlight, others), {
      figure: `build ${label}: distinct pages`,
      value: String(figures.readerPages),
      target: String(count),
      starlight: '',
      verdict: verdict(figures.readerPages === count),
      load: `${figures.duplicateIdWarnings} duplicate ids suffixed by the loader`,
    });
  });
}

async function search10kStep(run: BenchRun): Promise<void> {
  const { dist10k, queries, sizeLabel: label } = run;
  const outcome = await attempt(`search ${label}`, async () => {
    if (!existsSync(join(dist10k, 'pagefind'))) throw new Error(`no build at ${dist10k}: run the build10k step`);
    const load = loadNote();
    const gzip = await measureSearch(dist10k, queries, true);
    const plain = await measureSearch(dist10k, queries, false);
    const filtered = await measureFilteredSearch(dist10k, FILTER, FILTER_WORDS, true);
    const typing = await measureTyping(dist10k);
    return { load, gzip, plain, filtered, typing };
  });
  const targets = { first: 200 * KB, followUp: 30 * KB };
  await section(run, `search10k${run.variant}`, outcome, `search ${label}`, (result) => {
    run.rows.push(
      ...searchRows(label, result.gzip, result.load, targets),
      ...searchRows(label, result.plain, result.load, null),
      ...searchRows(label, result.filtered, result.load, targets),
      ...typingRows(label, result.typing, result.load),
    );
  });
}

/** Writes results.json and results.md: steps not run this time keep their last figures. */
function writeResults(run: BenchRun, results: Record<string, unknown>): void {
  const merged = { ...run.previousSteps, ...run.recorded };
  writeFileSync(join(OUT_DIR, 'results.json'), `${JSON.stringify({ lastRun: results, steps: merged }, null, 2)}\n`);
  const allRows = STEPS.flatMap((step) =>
    Object.keys(merged)
      .filter((name) => name === step || name.startsWith(`${step}+`))
      .flatMap((name) => merged[name]?.rows ?? []),
  );
  writeFileSync(join(OUT_DIR, 'results.md'), markdownTable(allRows, merged));
}

async function main(): Promise<void> {
  const run = benchRun(process.argv.slice(2));
  mkdirSync(OUT_DIR, { recursive: true });
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim(),
    built: run.worktree ? 'working tree' : 'HEAD',
    machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / GIB), load: loadNote() },
    steps: run.steps,
    queries: run.queries,
    units: { KB: '1000 bytes', MB: '10^6 bytes', GiB: '2^30 bytes' },
  };
  if (run.steps.includes('parse')) await parseStep(run);
  await build251Steps(run);
  if (run.steps.includes('search251')) await search251Step(run);
  if (run.steps.includes('gen10k')) await gen10kStep(run);
  await build10kSteps(run);
  if (run.steps.includes('search10k')) await search10kStep(run);
  results['finishedAt'] = new Date().toISOString();
  writeResults(run, results);
  printTable(run.rows);
  console.log(`\nwritten: bench/out/results.json, bench/out/results.md (latest figures of every step); build logs: bench/out/build-*.log; scratch: ${SCRATCH}`);
  if (run.rows.some((row) => row.verdict === 'FAILED')) process.exitCode = 1;
}

await main();
