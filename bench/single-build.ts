/**
 * `npx tsx bench/single-build.ts LABEL DIR`: one `astro build` of every cable of DIR (the bench's
 * runBuild: a copy of HEAD, a cold cache), its wall, tree CPU and the whole tree's peak RSS as one
 * JSON line; the largest process's peak is in `<SCRATCH>/time-LABEL.txt` (/usr/bin/time -v).
 * For the sizes one build can take (docs/whole-release.md, "Why 2,500"). Never part of `npm test`.
 */
import { runBuild } from './steps/build.ts';

const [label, dir] = process.argv.slice(2);
if (!label || !dir) throw new Error('usage: npx tsx bench/single-build.ts LABEL DIR');
const run = await runBuild(label, dir);
const { tree } = run;
console.log(JSON.stringify({ label, source: run.source, ok: run.ok, wallS: run.wallMs / 1000, treeCpu: tree.treeCpuSeconds, other: tree.otherCpuSeconds, peakGiB: tree.peakTreeRssBytes / 2 ** 30, peakSingle: tree.peakSingleCommand, load: [run.loadBefore.loadavg, run.loadAfter.loadavg], err: run.error }));
