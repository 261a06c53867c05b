/**
 * `npx tsx bench/timeline.ts <SCRATCH>/series-<label>-0.json [--cores 2]`: the timeline of a
 * sharded `npm run build` measured by bench/plain-build.ts (issue 12): when each job started and
 * ended, how many ran at once, the idle core-seconds measured (cores × wall − the tree's CPU),
 * and the wall the same CPU would take on a quiet machine.
 *
 * A job's end is its last line (a facts job prints a line at each shard's end; the link job's is its
 * `link: N cables` line). Its start is not printed: the runner (scripts/shard/jobs.ts) starts a
 * stage's first jobs together when the stage before has ended, and each next one when one of them
 * ends, in order; so the starts are read back from the ends. The merge runs from the last pages
 * job's end to the build's end.
 *
 * Quiet-machine estimate: each CPU sample's CPU seconds divided by the cores the jobs running then
 * could keep busy (min(cores, jobs running), at least 1: `npm run build` alone between stages),
 * summed. On a busy machine the build gets less than the cores, but its CPU and its jobs' order are
 * its own, so this says what it would take alone. Never part of `npm test`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Series {
  timeline: { ms: number; line: string }[];
  cpu: { ms: number; cpuSeconds: number }[];
}

/**
 * A job's line: `[facts #1] …`, `[pages #1] …` (a runner: scripts/shard/shard-queue.ts), `[facts 2/32] …`
 * (a facts job of its own, before the facts runners), `[pages 2/32] …` (a shard built by hand), `[lists] …`, `[link] …`, `[merge] …`.
 */
const JOB_LINE = /^\[(?<name>(?:facts|pages) \d+\/\d+|(?:facts|pages) #\d+|lists|link|merge)\] /;
/** The stage a job is of. */
const STAGE = /^(?<stage>facts|link|pages|lists|merge)/;

interface Span {
  name: string;
  start: number;
  end: number;
}

const { values, positionals } = parseArgs({ options: { cores: { type: 'string', default: '2' } }, allowPositionals: true });
const cores = Number(values.cores);

/**
 * A stage's spans from its jobs in the order they started and their ends: the first `cores`
 * start at the stage's start, each next one at the earliest end not yet taken.
 */
function stageSpans(jobs: [string, number][], from: number): Span[] {
  const ends = jobs.map(([, end]) => end).sort((a, b) => a - b);
  return jobs.map(([name, end], index) => ({ name, start: index < cores ? from : ends[index - cores]!, end }));
}

function spansOf(series: Series): Span[] {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  for (const { ms, line } of series.timeline) {
    const name = JOB_LINE.exec(line)?.groups?.['name'];
    if (!name) continue;
    if (!first.has(name)) first.set(name, ms);
    last.set(name, ms);
  }
  const stageOf = (name: string): string => STAGE.exec(name)?.groups?.['stage'] ?? '';
  // Facts jobs print at each shard's end only: they start in order (a shard's, or a runner's number). Pages jobs (and the lists job) print from their start.
  const factsJobs = [...last].filter(([name]) => stageOf(name) === 'facts').sort((a, b) => Number(/\d+/.exec(a[0])) - Number(/\d+/.exec(b[0])));
  const pagesJobs = [...last].filter(([name]) => ['pages', 'lists'].includes(stageOf(name))).sort((a, b) => first.get(a[0])! - first.get(b[0])!);
  const planned = series.timeline[0]?.ms ?? 0;
  const facts = stageSpans(factsJobs, planned);
  const factsEnd = Math.max(...facts.map((span) => span.end));
  const linkEnd = last.get('link') ?? factsEnd;
  const pages = stageSpans(pagesJobs, linkEnd);
  const pagesEnd = Math.max(...pages.map((span) => span.end));
  const end = series.cpu.at(-1)?.ms ?? pagesEnd;
  return [...facts, { name: 'link', start: factsEnd, end: linkEnd }, ...pages, { name: 'merge', start: pagesEnd, end }];
}

for (const file of positionals) {
  const series = JSON.parse(readFileSync(file, 'utf8')) as Series;
  const spans = spansOf(series);
  const running = (ms: number): number => spans.filter((span) => span.start <= ms && ms < span.end).length;
  let quiet = 0;
  let previous = { ms: 0, cpuSeconds: 0 };
  const oneJob = { wall: 0, cpu: 0 };
  for (const sample of series.cpu) {
    const cpu = sample.cpuSeconds - previous.cpuSeconds;
    const jobs = running((sample.ms + previous.ms) / 2);
    quiet += cpu / Math.max(1, Math.min(cores, jobs)); // before the plan line: `npm run build` alone
    if (jobs <= 1) {
      oneJob.wall += (sample.ms - previous.ms) / 1000;
      oneJob.cpu += cpu;
    }
    previous = sample;
  }
  const wall = (series.cpu.at(-1)?.ms ?? 0) / 1000;
  const cpu = series.cpu.at(-1)?.cpuSeconds ?? 0;
  console.log(file);
  for (const span of spans) console.log(`  ${span.name.padEnd(12)} ${(span.start / 1000).toFixed(1).padStart(7)} → ${(span.end / 1000).toFixed(1).padStart(7)} s  (${((span.end - span.start) / 1000).toFixed(1).padStart(6)} s)`);
  console.log(`  wall ${wall.toFixed(1)} s, tree CPU ${cpu.toFixed(1)} s, idle core-s ${(cores * wall - cpu).toFixed(1)} (${cores} cores × wall − CPU)`);
  console.log(`  one job or none running: ${oneJob.wall.toFixed(1)} s of wall, ${oneJob.cpu.toFixed(1)} CPU s`);
  console.log(`  quiet-machine estimate: ${quiet.toFixed(1)} s (${(quiet / 60).toFixed(2)} min) = Σ CPU / min(${cores}, jobs running); idle core-s then ${(cores * quiet - cpu).toFixed(1)}`);
}
