/**
 * `npm run bench`: the figures issue 2 asks for, against its targets, measured for real.
 *
 *   npm run bench                                  every step (the 10k build takes minutes)
 *   npm run bench -- --only parse,build251         just these steps
 *   npm run bench -- --skip 10k                    everything but the 10,000-cable steps
 *   options: --repeats N (parse runs, default 10), --count N (default 10000),
 *            --queries first,second (default helicopter,border),
 *            --patch FILE (apply a patch to the build's copy of the tree: an experiment, labelled
 *            with the patch's name; see bench/experiments/),
 *            --worktree (build the working tree as it is now instead of the last commit)
 *
 * Steps: parse, build251, search251, gen10k, build10k, search10k (groups: 10k, build, search).
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
import { distinctIds, measureParse, type ParseThroughput } from './steps/parse.ts';
import { measureFilteredSearch, measureSearch, readerRequests, type ReaderRequests, type SearchRun } from './steps/search.ts';
import { readerPageSpread, SEED_ID, weighReaderPage, type PageWeight } from './steps/weight.ts';

/** Issue 9: the filtered search measured (a tag most cables carry), then words typed over it. */
const FILTER = 'tag=PREL';
const FILTER_WORDS = 'government';
const STEPS = ['parse', 'build251', 'search251', 'gen10k', 'build10k', 'search10k'] as const;
type Step = (typeof STEPS)[number];
const GROUPS: Record<string, Step[]> = {
  '10k': ['gen10k', 'build10k', 'search10k'],
  build: ['build251', 'build10k'],
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
  const chosen = only ? expand(only) : [...STEPS];
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
  return readdirSync(cables, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(join(cables, entry.name, 'index.html')),
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
function buildRows(size: string, figures: BuildFigures, targetMs: number, starlight: string): Row[] {
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
      starlight,
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
      starlight: size.startsWith('10k') ? '5.4 GiB' : '',
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
    },
  });
  const worktree = values.worktree;
  // An experiment: a patch applied to the build's copy of the tree (never to the repo).
  const patchFile = values.patch === undefined ? undefined : resolve(values.patch);
  const variant = patchFile === undefined ? '' : `+${basename(patchFile, '.patch')}`;
  const key = (step: string): string => `${step}${variant}`;
  const steps = stepsFrom(values.only, values.skip);
  const repeats = Number(values.repeats);
  const count = Number(values.count);
  const [firstQuery = 'helicopter', secondQuery = 'border'] = values.queries.split(',');
  const queries: [string, string] = [firstQuery, secondQuery];
  const sizeLabel = `${count === 10_000 ? '10k' : String(count)}${variant}`;
  const smallLabel = `251${variant}`;
  mkdirSync(OUT_DIR, { recursive: true });

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

  if (steps.includes('build251')) {
    const firstRow = rows.length;
    const outcome = await attempt(`build ${smallLabel}`, () => buildFigures(smallLabel, undefined, patchFile, { worktree }));
    recorded[key('build251')] = { at: new Date().toISOString(), outcome, rows: [] };
    if (outcome.ok) {
      rows.push(...buildRows(smallLabel, outcome.result, 3000, '5.9 s'));
      const again = await attempt(`build ${smallLabel} again`, () => buildFigures(smallLabel, undefined, patchFile, { again: true, worktree }));
      recorded[key('build251again')] = { at: new Date().toISOString(), outcome: again, rows: [] };
      if (again.ok) rows.push(...buildRows(`${smallLabel}, second build (caches warm, --force)`, again.result, 3000, '5.9 s').slice(0, -1));
      else rows.push(failedRow(`build ${smallLabel} again`, again.error));
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
    } else rows.push(failedRow('build 251', outcome.error));
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
      return { load, gzip, plain, reader, filtered };
    });
    recorded[key('search251')] = { at: new Date().toISOString(), outcome, rows: [] };
    if (outcome.ok) {
      rows.push(...searchRows(smallLabel, outcome.result.gzip, outcome.result.load, null));
      rows.push(...searchRows(smallLabel, outcome.result.plain, outcome.result.load, null));
      rows.push(...searchRows(smallLabel, outcome.result.filtered, outcome.result.load, null));
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

  if (steps.includes('build10k')) {
    const firstRow = rows.length;
    const outcome = await attempt(`build ${sizeLabel}`, async () => {
      if (!existsSync(CORPUS_10K)) throw new Error(`no corpus at ${CORPUS_10K}: run the gen10k step`);
      return buildFigures(sizeLabel, CORPUS_10K, patchFile, { worktree });
    });
    recorded[key('build10k')] = { at: new Date().toISOString(), outcome, rows: [] };
    if (outcome.ok) {
      rows.push(...buildRows(sizeLabel, outcome.result, 50_000, '101 s'));
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
      return { load, gzip, plain, filtered };
    });
    recorded[key('search10k')] = { at: new Date().toISOString(), outcome, rows: [] };
    if (outcome.ok) {
      rows.push(...searchRows(sizeLabel, outcome.result.gzip, outcome.result.load, { first: 200 * KB, followUp: 30 * KB }));
      rows.push(...searchRows(sizeLabel, outcome.result.plain, outcome.result.load, null));
      rows.push(...searchRows(sizeLabel, outcome.result.filtered, outcome.result.load, { first: 200 * KB, followUp: 30 * KB }));
    } else rows.push(failedRow(`search ${sizeLabel}`, outcome.error));
    recorded[key('search10k')]!.rows = rows.slice(firstRow);
  }

  results['finishedAt'] = new Date().toISOString();
  // Steps not run this time keep their last figures, so partial runs add up to one record.
  const resultsFile = join(OUT_DIR, 'results.json');
  const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { steps?: Record<string, Recorded> }) : {};
  const merged = { ...(Array.isArray(previous.steps) ? {} : previous.steps), ...recorded };
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
