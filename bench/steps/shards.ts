/**
 * The sharded build measured (issue 12): in a copy of the project (HEAD), every stage as its own
 * process, the way a CI matrix runs them: `npm run build -- --shard k/N --facts` for each shard,
 * then `npm run build -- --link N`, then `npm run build -- --shard k/N` for each, then `npm run merge`. Each stage's wall time, CPU
 * of its whole process tree and peak RSS of the tree (Pagefind's service included); the index
 * size per shard; search bytes on the merged site (steps/search.ts); then one cable changed and
 * every stage run again (the rebuild: only that cable's shard should be rebuilt).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroEnv, BIN_DIR, copyProjectColdCache, measureProcess, PROJECT_ROOT, SCRATCH } from './build.ts';
import { measureFilteredSearch, measureSearch, type SearchRun } from './search.ts';

export interface StageRun {
  stage: string;
  ok: boolean;
  wallMs: number;
  cpuSeconds: number;
  otherCpuSeconds: number;
  peakTreeBytes: number;
  peakSingleCommand: string;
  load: string;
  /** The stage's last log lines when it failed; its summary line otherwise. */
  note: string;
}

export interface ShardedRun {
  label: string;
  source: string;
  count: number;
  cold: StageRun[];
  indexBytes: number[];
  indexFiles: number[];
  search: SearchRun | null;
  filtered: SearchRun | null;
  changedFile: string;
  rebuild: StageRun[];
}

function sizeOf(path: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(path, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/**
 * Builds `cablesDir` (copied first to `<SCRATCH>/corpus-<label>`, so one cable can be changed)
 * in `count` shards, cold, then again after one cable changed. `log` gets every stage's output.
 */
export async function runShardedBench(
  label: string,
  cablesDir: string,
  count: number,
  queries: [string, string],
  log: string,
  /** Called after every stage with the figures so far (a long run killed midway keeps them). */
  progress: (partial: Partial<ShardedRun>) => void = () => {},
  rebuildToo = true,
): Promise<ShardedRun> {
  const projectDir = join(SCRATCH, `project-${label}`);
  const corpus = join(SCRATCH, `corpus-${label}`);
  const work = join(SCRATCH, `work-${label}`);
  const outDir = join(SCRATCH, `dist-${label}`);
  mkdirSync(SCRATCH, { recursive: true });
  const source = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  copyProjectColdCache(projectDir, source);
  for (const path of [corpus, work, outDir]) rmSync(path, { recursive: true, force: true });
  cpSync(cablesDir, corpus, { recursive: true });
  const env = { ...astroEnv(), CABLES_DIR: corpus, SHARD_WORK: work };
  writeFileSync(log, '');

  const stage = async (name: string, argv: string[]): Promise<StageRun> => {
    const measured = await measureProcess([join(BIN_DIR, 'tsx'), ...argv], projectDir, env, join(SCRATCH, `time-${label}.txt`));
    const lines = measured.timeline.map((entry) => entry.line);
    appendFileSync(log, `\n=== ${name} (${argv.join(' ')})\n${lines.join('\n')}\n`);
    const summary = lines.filter((line) => /facts:|link: \d+ cables|pages: unchanged|indexed \d+ pages|page\(s\) built|merge: \d+ cables/.test(line)).join(' | ');
    const run: StageRun = {
      stage: name,
      ok: measured.ok,
      wallMs: measured.wallMs,
      cpuSeconds: Math.round(measured.tree.treeCpuSeconds * 10) / 10,
      otherCpuSeconds: Math.round(measured.tree.otherCpuSeconds * 10) / 10,
      peakTreeBytes: measured.tree.peakTreeRssBytes,
      peakSingleCommand: measured.tree.peakSingleCommand,
      load: `${measured.loadBefore.loadavg[0].toFixed(2)} → ${measured.loadAfter.loadavg[0].toFixed(2)}`,
      note: measured.ok ? summary : (measured.error ?? ''),
    };
    console.log(`[${label}] ${name}: ${(run.wallMs / 1000).toFixed(1)} s wall, ${run.cpuSeconds} CPU s, peak ${(run.peakTreeBytes / 2 ** 30).toFixed(2)} GiB (load ${run.load}) ${run.ok ? '' : 'FAILED'}`);
    if (!run.ok) throw new Error(`${name} failed:\n${run.note}`);
    return run;
  };
  const allStages = async (report: (runs: StageRun[]) => void): Promise<StageRun[]> => {
    const runs: StageRun[] = [];
    const add = (run: StageRun): void => {
      runs.push(run);
      report(runs);
    };
    for (let k = 1; k <= count; k += 1) add(await stage(`facts ${k}/${count}`, ['scripts/build.ts', '--shard', `${k}/${count}`, '--facts']));
    add(await stage('link', ['scripts/build.ts', '--link', String(count)]));
    for (let k = 1; k <= count; k += 1) add(await stage(`pages ${k}/${count}`, ['scripts/build.ts', '--shard', `${k}/${count}`]));
    add(await stage('merge', ['scripts/merge.ts', '--shards', String(count), '--outDir', outDir]));
    return runs;
  };

  const cold = await allStages((runs) => progress({ label, source, count, cold: runs }));
  const sizes = Array.from({ length: count }, (_, index) => sizeOf(join(outDir, 'pagefind-shards', String(index + 1))));
  // A corpus without the query words finds nothing to measure: the figures are left out, the build's stand.
  const measured = <T>(run: () => Promise<T>): Promise<T | null> =>
    run().catch((error: unknown) => {
      console.warn(`[${label}] search not measured: ${(error as Error).message.split('\n')[0]}`);
      return null;
    });
  const search = await measured(() => measureSearch(outDir, queries, true));
  const filtered = await measured(() => measureFilteredSearch(outDir, 'tag=PREL', 'government', true));
  const sized = { label, source, count, cold, indexBytes: sizes.map((size) => size.bytes), indexFiles: sizes.map((size) => size.files), search, filtered };
  progress(sized);
  if (!rebuildToo) return { ...sized, changedFile: '', rebuild: [] };

  // One cable changed: a sentence added to the end of its text.
  const changedFile = readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt')).sort()[Math.floor(count / 2) * 97] ?? '';
  appendFileSync(join(corpus, changedFile), '\nBENCHMARK EDIT: ONE CABLE CHANGED.\n');
  const rebuild = await allStages((runs) => progress({ ...sized, changedFile, rebuild: runs }));
  return { ...sized, changedFile, rebuild };
}
