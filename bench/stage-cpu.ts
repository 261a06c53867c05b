/**
 * `npx tsx bench/stage-cpu.ts <SCRATCH>/series-<label>-0.json …`: the stages of a sharded
 * `npm run build` measured by bench/plain-build.ts, from when each log line came and the tree's
 * CPU over time: each stage's wall, tree CPU and how many cores it kept busy (CPU / wall). A stage
 * ends at its last job's last line: the facts at the last `facts:` line, the link stage at its
 * `link: N cables` line, the pages at the astro `Complete!` of the last shard (one per shard; the
 * list pages' job, `[lists]`, counts in the pages stage when it runs beside them), the merge at
 * the end. Never part of `npm test`.
 */
import { readFileSync } from 'node:fs';

interface Series {
  timeline: { ms: number; line: string }[];
  cpu: { ms: number; cpuSeconds: number }[];
}

/** `[shard 2/4] facts: …`, `[facts #1] [shard 2/8] facts: …` (a facts runner) or `[facts 2/8] [shard 2/8] facts: …`. */
const FACTS_LINE = /\] facts: \d+ cables/;
/** `link: 10000 cables of 4 shards`. */
const LINK_LINE = /link: \d+ cables of (?<count>\d+) shards/;
/** astro's last line of a build: `… [build] Complete!`. */
const COMPLETE_LINE = /\[build\] Complete!/;

/** A line of the list pages' job: `[lists] …` (beside the pages jobs) or `[merge] …` (after them). */
const LIST_PAGES_LINE = /^\[(?:lists|merge)\] /;

/** The tree's CPU seconds at `ms` (the last sample before it). */
function cpuAt(series: Series, ms: number): number {
  let cpu = 0;
  for (const sample of series.cpu) {
    if (sample.ms > ms) break;
    cpu = sample.cpuSeconds;
  }
  return cpu;
}

for (const file of process.argv.slice(2)) {
  const series = JSON.parse(readFileSync(file, 'utf8')) as Series;
  const { timeline } = series;
  const lastOf = (pattern: RegExp): number => timeline.findLast((entry) => pattern.test(entry.line))?.ms ?? NaN;
  const link = timeline.find((entry) => LINK_LINE.test(entry.line));
  const count = Number(LINK_LINE.exec(link?.line ?? '')?.groups?.['count']);
  // The pages jobs' own (the list pages' astro build may run among them, prefixed `[lists]`).
  const completes = timeline.filter((entry) => COMPLETE_LINE.test(entry.line) && !LIST_PAGES_LINE.test(entry.line));
  const lists = timeline.filter((entry) => LIST_PAGES_LINE.test(entry.line));
  const ends: [string, number][] = [
    ['facts', lastOf(FACTS_LINE)],
    ['link', link?.ms ?? NaN],
    ['pages', completes[count - 1]?.ms ?? NaN],
    ['merge', series.cpu.at(-1)?.ms ?? NaN],
  ];
  let from = 0;
  const rows = ends.map(([stage, to]) => {
    const cpu = cpuAt(series, to) - cpuAt(series, from);
    const row = { stage, wallS: (to - from) / 1000, cpu, cores: cpu / ((to - from) / 1000) };
    from = to;
    return row;
  });
  console.log(file);
  if (lists.length > 0 && lists[0]!.line.startsWith('[lists]')) {
    const end = lists.findLast((entry) => entry.line.startsWith('[lists]'))!.ms;
    console.log(`  (the list pages' job beside the pages jobs: ${((end - lists[0]!.ms) / 1000).toFixed(1)} s of wall, from ${(lists[0]!.ms / 1000).toFixed(1)} s)`);
  }
  for (const row of rows) console.log(`  ${row.stage.padEnd(6)} wall ${row.wallS.toFixed(1).padStart(6)} s  CPU ${row.cpu.toFixed(1).padStart(6)} s  cores busy ${row.cores.toFixed(2)}`);
}
