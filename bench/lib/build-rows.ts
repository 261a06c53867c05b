/**
 * A build measured for the table: what it leaves behind (pages, index, store), its rows (wall,
 * phases, memory), Starlight's figure for the same cables, and issue 7's ratio between the two.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadNote } from './proc.ts';
import { runBuild, SCRATCH, type BuildRun } from '../steps/build.ts';
import type { StarlightRun } from '../steps/starlight.ts';
import { readerPageIds } from '../steps/weight.ts';
import { attempt, gibibytes, GIB, loadText, median, seconds, verdict, type Outcome, type Recorded, type Row } from './table.ts';

/** Bytes and files under a directory. */
export function diskUsage(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** What one build leaves behind that matters for scale. */
export interface BuildFigures {
  run: Omit<BuildRun, 'timeline'>;
  readerPages: number;
  pagefindBytes: number;
  pagefindFiles: number;
  distBytes: number;
  dataStoreBytes: number | null;
  duplicateIdWarnings: number;
}

/** Builds `cablesDir` (the seeds when undefined) and weighs what it wrote; its log goes to `outDir`. */
export async function buildFigures(
  label: string,
  cablesDir: string | undefined,
  patchFile: string | undefined,
  options: { again?: boolean; worktree: boolean; outDir: string },
): Promise<BuildFigures> {
  const again = options.again ?? false;
  const run = await runBuild(label, cablesDir, patchFile, options);
  const log = run.timeline.map((entry) => `${String(entry.ms).padStart(7)} ms  ${entry.line}`).join('\n');
  writeFileSync(join(options.outDir, `build-${label}${again ? '-again' : ''}.log`), `${log}\n`);
  if (!run.ok) throw new Error(`${run.error}\n(full log: bench/out/build-${label}.log)`);
  const pagefindDir = join(run.outDir, 'pagefind');
  const pagefind = existsSync(pagefindDir) ? diskUsage(pagefindDir) : { bytes: 0, files: 0 };
  const dataStore = join(SCRATCH, `cache-${label}`, 'data-store.json');
  const { timeline, ...rest } = run;
  // The CPU series has a point per 100 ms: the phases above already summarise it.
  const withoutSeries = { ...rest, tree: { ...rest.tree, cpuSeries: [] } };
  return {
    run: withoutSeries,
    readerPages: readerPageIds(run.outDir).length,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
    distBytes: diskUsage(run.outDir).bytes,
    dataStoreBytes: existsSync(dataStore) ? statSync(dataStore).size : null,
    duplicateIdWarnings: timeline.filter((entry) => entry.line.includes('duplicate id')).length,
  };
}

/** Table rows for a build: wall time, its split (wall and CPU of the tree), memory. */
export function buildRows(size: string, figures: BuildFigures, targetMs: number, starlight: StarlightFigure | null): Row[] {
  const { run } = figures;
  const { parseMs, annotateMs, entitiesMs, renderMs, storeMs } = run.phases;
  const detail = (figure: string, ms: number | null, note = ''): Row => ({ figure: `  ${figure}`, value: seconds(ms), target: '', starlight: '', verdict: '', load: note });
  const rows: Row[] = [
    {
      figure: `build ${size}: wall time`,
      value: seconds(run.wallMs),
      target: `≤ ${targetMs / 1000} s`,
      starlight: starlight?.text ?? '—',
      verdict: verdict(run.wallMs <= targetMs),
      load: `${loadText(run.loadBefore)} → ${loadText(run.loadAfter)}; tree CPU ${run.tree.treeCpuSeconds.toFixed(1)} s, other processes' CPU ${run.tree.otherCpuSeconds.toFixed(1)} s; built ${run.source}`,
    },
  ];
  for (const phase of run.timelinePhases) {
    rows.push(detail(phase.name, phase.ms, `CPU ${phase.cpuSeconds.toFixed(1)} s`));
    if (!phase.name.startsWith('content sync')) continue;
    rows.push(
      detail('  of which parse (loader log)', parseMs),
      detail('  of which annotate, CPU summed over workers (loader log)', annotateMs),
      detail('    of which named entities (loader log)', entitiesMs),
      detail('  of which render (loader log)', renderMs),
      detail('  of which store (loader log)', storeMs),
    );
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
 * Our build and each selected Starlight site (keyed by its step), alternated `rounds` times, ours
 * first: a busy spell of the shared machine hits all of them. A side fails as a whole on its first
 * failed run (its later rounds are not attempted).
 */
export async function pairedBuilds(
  size: string,
  rounds: number,
  sides: { ours: (() => Promise<BuildFigures>) | null; starlight: Record<string, (round: number) => Promise<StarlightRun>> },
): Promise<{ ours: Outcome<BuildFigures[]>; starlight: Record<string, Outcome<StarlightRun[]>> }> {
  const oursRuns: BuildFigures[] = [];
  let oursError: string | null = sides.ours ? null : 'not selected';
  const starlightRuns = new Map(Object.keys(sides.starlight).map((step) => [step, [] as StarlightRun[]]));
  const starlightErrors = new Map<string, string>();
  for (let round = 1; round <= rounds; round++) {
    const of = rounds > 1 ? `, round ${round} of ${rounds}` : '';
    if (oursError === null && sides.ours) {
      const outcome = await attempt(`build ${size}${of}`, sides.ours);
      if (outcome.ok) oursRuns.push(outcome.result);
      else oursError = outcome.error;
    }
    for (const [step, starlight] of Object.entries(sides.starlight)) {
      if (starlightErrors.has(step)) continue;
      const outcome = await attempt(`${step}${of}`, () => starlight(round));
      if (outcome.ok) starlightRuns.get(step)!.push(outcome.result);
      else starlightErrors.set(step, outcome.error);
    }
  }
  const starlight: Record<string, Outcome<StarlightRun[]>> = {};
  for (const [step, runs] of starlightRuns) {
    const error = starlightErrors.get(step);
    starlight[step] = error === undefined ? { ok: true, result: runs } : { ok: false, error };
  }
  return { ours: oursError === null ? { ok: true, result: oursRuns } : { ok: false, error: oursError }, starlight };
}

/** What the Starlight column shows for a size: the median measured wall time, and where it came from. */
export interface StarlightFigure {
  wallMs: number;
  cpuSeconds: number;
  peakTreeRssBytes: number;
  text: string;
}

export function starlightFigure(runs: StarlightRun[], when = ''): StarlightFigure | null {
  if (runs.length === 0) return null;
  const wallMs = median(runs.map((run) => run.wallMs));
  return {
    wallMs,
    cpuSeconds: median(runs.map((run) => run.tree.treeCpuSeconds)),
    peakTreeRssBytes: median(runs.map((run) => run.tree.peakTreeRssBytes)),
    text: `${seconds(wallMs)}${runs.length > 1 ? ` (median of ${runs.length})` : ''}${when}`,
  };
}

/** The last Starlight runs of `step` in an earlier results.json, for a run that measures only ours. */
export function recordedStarlight(steps: Record<string, Recorded> | undefined, step: string): StarlightFigure | null {
  const entry = steps?.[step];
  if (!entry?.outcome.ok) return null;
  return starlightFigure(entry.outcome.result as StarlightRun[], `, measured ${entry.at.slice(0, 16)}`);
}

/** One row per run of a build, ours or Starlight's, with the load beside it. */
export function runRow(figure: string, run: { wallMs: number; tree: BuildRun['tree']; loadBefore: LoadNote; loadAfter: LoadNote }): Row {
  return {
    figure,
    value: seconds(run.wallMs),
    target: '',
    starlight: '',
    verdict: '',
    load: `${loadText(run.loadBefore)} → ${loadText(run.loadAfter)}; tree CPU ${run.tree.treeCpuSeconds.toFixed(1)} s, other processes' CPU ${run.tree.otherCpuSeconds.toFixed(1)} s; peak RSS ${gibibytes(run.tree.peakTreeRssBytes)}`,
  };
}

const pagefindText = (run: StarlightRun): string =>
  run.pagefind === null ? '—' : `${seconds(run.pagefind.ms)} wall, ${run.pagefind.cpuSeconds.toFixed(1)} s CPU`;

export function starlightRows(size: string, runs: StarlightRun[]): Row[] {
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
      load: `tree CPU ${figure.cpuSeconds.toFixed(1)} s, peak RSS ${gibibytes(figure.peakTreeRssBytes)} (medians); Pagefind ${runs.map(pagefindText).join(', ')}; ${first.variant === 'sidebar' ? 'one-link sidebar' : 'default config'}; @astrojs/starlight ${first.starlightVersion}, astro ${first.astroVersion}; ${first.cables} cable pages, ${first.htmlPages} HTML files, dist ${(first.distBytes / 1e6).toFixed(1)} MB, index ${(first.pagefindBytes / 1e6).toFixed(2)} MB`,
    },
  ];
}

/**
 * Issue 7's target: our cold build no slower than Starlight's on the same cables (medians);
 * `against` names the Starlight site when it is not the default one.
 */
export function issue7Row(size: string, ours: BuildFigures[], starlight: StarlightFigure | null, against = 'Starlight (issue 7)'): Row {
  const figure = `build ${size} / ${against}`;
  if (starlight === null) {
    return { figure, value: '—', target: '≤ 1.0×', starlight: '', verdict: '', load: 'no Starlight build measured: run the starlight step' };
  }
  const oursMs = median(ours.map((figures) => figures.run.wallMs));
  const oursCpu = median(ours.map((figures) => figures.run.tree.treeCpuSeconds));
  const ratio = oursMs / starlight.wallMs;
  return {
    figure,
    value: `${ratio.toFixed(2)}×`,
    target: '≤ 1.0×',
    starlight: starlight.text,
    verdict: verdict(ratio <= 1),
    load: `wall ${seconds(oursMs)} / ${seconds(starlight.wallMs)}${ours.length > 1 ? ` (medians of ${ours.length})` : ''}; tree CPU ${oursCpu.toFixed(1)} s / ${starlight.cpuSeconds.toFixed(1)} s = ${(oursCpu / starlight.cpuSeconds).toFixed(2)}×`,
  };
}
