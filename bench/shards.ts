/**
 * `npm run bench:shards -- [--count 4] [--corpus /tmp/cable-bench-10k] [--label shards4] [--no-rebuild]`:
 * the sharded build measured (bench/steps/shards.ts); figures to bench/out/shards-<label>.json
 * (rewritten after every stage, so a run stopped midway keeps its figures), every stage's log to
 * bench/out/build-<label>.log. `--no-rebuild` stops after the cold build and its search figures.
 * A larger corpus, made as gen10k makes /tmp/cable-bench-10k (bench/steps/corpus.ts: the seeds
 * renumbered, 200 copies for 50,000):
 *   npx tsx -e "import('./bench/steps/corpus.ts').then((m) => console.log(m.generateCorpus('seeds', '/tmp/cable-bench-50k', 50000)))"
 *   BENCH_TMP=/tmp/scale3-bench npm run bench:shards -- --count 16 --corpus /tmp/cable-bench-50k --label 50k
 * Never part of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './steps/build.ts';
import { runShardedBench } from './steps/shards.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '4' },
    corpus: { type: 'string', default: process.env['BENCH_CORPUS_10K'] ?? '/tmp/cable-bench-10k' },
    label: { type: 'string' },
    queries: { type: 'string', default: 'helicopter,border' },
    'no-rebuild': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const label = values.label ?? `shards${count}`;
const [first = 'helicopter', second = 'border'] = values.queries.split(',');
const out = join(PROJECT_ROOT, 'bench/out');
mkdirSync(out, { recursive: true });
const write = (figures: object): void => writeFileSync(join(out, `shards-${label}.json`), `${JSON.stringify(figures, null, 2)}\n`);
const result = await runShardedBench(label, values.corpus, count, [first, second], join(out, `build-${label}.log`), write, !values['no-rebuild']);
write(result);
const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
for (const [phase, runs] of [['cold', result.cold], ['rebuild after one cable changed', result.rebuild]] as const) {
  console.log(`\n${label} (${result.source}), ${phase}:`);
  for (const run of runs) console.log(`  ${run.stage.padEnd(12)} ${(run.wallMs / 1000).toFixed(1).padStart(7)} s  ${String(run.cpuSeconds).padStart(7)} CPU s  peak ${gib(run.peakTreeBytes)}  load ${run.load}, others ${run.otherCpuSeconds} CPU s`);
  const total = runs.reduce((sum, run) => ({ wall: sum.wall + run.wallMs, cpu: sum.cpu + run.cpuSeconds }), { wall: 0, cpu: 0 });
  console.log(`  total        ${(total.wall / 1000).toFixed(1)} s, ${total.cpu.toFixed(1)} CPU s; peak of any stage ${gib(Math.max(...runs.map((run) => run.peakTreeBytes)))}`);
}
console.log(`index per shard: ${result.indexBytes.map((bytes) => `${(bytes / 1e6).toFixed(1)} MB`).join(', ')} (${result.indexFiles.join(', ')} files)`);
for (const run of [result.search, result.filtered]) {
  if (!run) continue;
  console.log(`search "${run.first.query}": ${(run.first.wireBytes / 1000).toFixed(1)} KB in ${run.first.requests} requests; follow-up "${run.followUp.query}": ${(run.followUp.wireBytes / 1000).toFixed(1)} KB`);
}
