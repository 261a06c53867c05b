/**
 * `npx tsx bench/plain-build.ts --corpus DIR [--label L] [--no-rebuild] [-- BUILD ARGS]`: plain `npm run build`
 * (scripts/build.ts: one astro build or shards, as it chooses; the arguments after `--` passed on, e.g.
 * `-- --memory 4`) of a corpus in a copy of HEAD with a
 * cold cache, then again after one cable changed; each run's wall, CPU and peak RSS of the whole
 * process tree, as JSON lines on stdout (logs to `<SCRATCH>/log-<label>-<run>.txt`). The corpus is
 * copied first (links followed), so the change does not touch it. `series-<label>-<run>.json` keeps
 * each log line's time and the tree's CPU over time (bench/stage-cpu.ts reads them per stage). Never part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { astroEnv, BIN_DIR, copyProjectColdCache, measureProcess, PROJECT_ROOT, SCRATCH } from './steps/build.ts';

const { values, positionals: buildArgs } = parseArgs({
  options: { corpus: { type: 'string' }, label: { type: 'string', default: 'plain' }, 'no-rebuild': { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (!values.corpus) throw new Error('--corpus DIR: the folder of cables to build');
const { label } = values;
const [projectDir, corpus, work, outDir] = ['project', 'corpus', 'work', 'dist'].map((name) => join(SCRATCH, `${name}-${label}`)) as [string, string, string, string];
const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
copyProjectColdCache(projectDir, head);
for (const path of [corpus, work, outDir]) rmSync(path, { recursive: true, force: true });
cpSync(values.corpus, corpus, { recursive: true, dereference: true });
const env = { ...astroEnv(), CABLES_DIR: corpus, SHARD_WORK: work };
const phases = values['no-rebuild'] ? ['cold'] : ['cold', 'one cable changed'];
for (const [index, phase] of phases.entries()) {
  if (index > 0) {
    const changed = readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt')).sort()[2 * 97] ?? '';
    appendFileSync(join(corpus, changed), '\nBENCHMARK EDIT: ONE CABLE CHANGED.\n');
  }
  const run = await measureProcess([join(BIN_DIR, 'tsx'), 'scripts/build.ts', '--outDir', outDir, ...buildArgs], projectDir, env, join(SCRATCH, `time-${label}.txt`));
  const lines = run.timeline.map((entry) => entry.line);
  writeFileSync(join(SCRATCH, `log-${label}-${index}.txt`), lines.join('\n'));
  // When each line came and the tree's CPU over time: each stage's CPU and how busy it kept the cores.
  writeFileSync(join(SCRATCH, `series-${label}-${index}.json`), JSON.stringify({ timeline: run.timeline, cpu: run.tree.cpuSeries }));
  const { tree } = run;
  const summary = lines.filter((line) => /^build:|facts:|link: \d+|pages: unchanged|merge: \d+/.test(line));
  console.log(JSON.stringify({ phase, head, ok: run.ok, wallS: run.wallMs / 1000, treeCpu: tree.treeCpuSeconds, other: tree.otherCpuSeconds, peakGiB: tree.peakTreeRssBytes / 2 ** 30, peakSingle: tree.peakSingleCommand, peakSingleGiB: tree.peakSingleRssBytes / 2 ** 30, load: [run.loadBefore.loadavg, run.loadAfter.loadavg], summary, err: run.error }));
  if (!run.ok) break;
}
