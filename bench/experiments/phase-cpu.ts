/**
 * One cold `astro build`, ours or the bench's Starlight site, measured as the bench measures a
 * build (bench/steps/build.ts `measureProcess`: the process tree's CPU from /proc), with the tree
 * CPU between the same log markers for both (issue 7: the gap to Starlight as a list of phases).
 * Ours is a copy with an astro.bench.config.mjs (as bench/experiments/ab-builds.sh takes); its
 * outDir, cacheDir and .astro are removed first, as the Starlight site's caches and dist are.
 *
 *   npx tsx bench/experiments/phase-cpu.ts ours /tmp/a/project-251
 *   npx tsx bench/experiments/phase-cpu.ts starlight /tmp/cable-bench/starlight-site
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroEnv, measureProcess } from '../steps/build.ts';

const [kind, dir] = process.argv.slice(2);
if ((kind !== 'ours' && kind !== 'starlight') || !dir) throw new Error('usage: phase-cpu.ts ours|starlight <dir>');

/** Where each phase starts: Astro's lines, then ours (the bulk pages, Pagefind) or Starlight's Pagefind lines. */
const MARKS: [string, RegExp][] = [
  ['content sync', /\[content\] Syncing content/],
  ['bundle', /Building static entrypoints/],
  ['generate', /generating static routes/],
  ['after generating', /✓ Completed in/],
  ['index', kind === 'ours' ? /\[bulk-pages\] wrote/ : /\[starlight:pagefind\] Building search index/],
  ['finish', kind === 'ours' ? /\[pagefind\] indexed/ : /\[starlight:pagefind\] Finished building search index/],
];

/** The folders a cold build starts without. */
function caches(): string[] {
  if (kind === 'starlight') return ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'dist'].map((name) => join(dir!, name));
  const config = readFileSync(join(dir!, 'astro.bench.config.mjs'), 'utf8');
  return [...config.matchAll(/(?:outDir|cacheDir): ['"]([^'"]+)/g)].map((match) => match[1]!).concat(join(dir!, '.astro'));
}

for (const path of caches()) rmSync(path, { recursive: true, force: true });
const config = kind === 'ours' ? ['--config', 'astro.bench.config.mjs'] : [];
const run = await measureProcess([join(dir, 'node_modules/.bin/astro'), 'build', ...config], dir, astroEnv(), join(dir, '..', `phase-cpu-${kind}-time.txt`));
const cpuAt = (ms: number): number => run.tree.cpuSeries.findLast((point) => point.ms <= ms)?.cpuSeconds ?? 0;
const starts: [string, number][] = [['startup', 0]];
let from = 0;
for (const [name, pattern] of MARKS) {
  const index = run.timeline.findIndex((entry, at) => at >= from && pattern.test(entry.line));
  if (index < 0) continue;
  starts.push([name, run.timeline[index]!.ms]);
  from = index;
}
starts.push(['end', run.wallMs]);
const phases = starts.slice(0, -1).map(([name, ms], index) => `${name} ${(cpuAt(starts[index + 1]![1]) - cpuAt(ms)).toFixed(2)}`);
const tree = run.tree.cpuSeries.at(-1)?.cpuSeconds ?? 0;
console.log(`${run.loadBefore.at.slice(11, 19)} UTC ${kind} ${dir} load ${run.loadBefore.loadavg[0]} ok=${run.ok} wall ${(run.wallMs / 1000).toFixed(1)} s, tree CPU ${tree.toFixed(2)} s | ${phases.join(' | ')}`);
