/**
 * `npx tsx bench/typing-ab.ts ROUNDS DIST...`: the bench's typed searches (steps/typing.ts: words
 * typed 90 ms apart, ms from the last key to results, three rounds a run) on each built site in
 * turn, ROUNDS times (A, B, A, B…), so sites compared share the minutes of a shared machine. One
 * line per run: the time, the load, the ms of each typed search and the longest main-thread task;
 * at the end, per site and search, the median and the range, and the CPU seconds of the command
 * (with its Chromium).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { measureTyping } from './steps/typing.ts';

const [roundsArg, ...dists] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!Number.isInteger(rounds) || rounds < 1 || dists.length === 0) {
  console.error('usage: npx tsx bench/typing-ab.ts ROUNDS DIST...');
  process.exit(2);
}

/** CPU seconds of this process and its waited-for children (Chromium), from /proc/self/stat. */
function cpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
  // utime, stime, cutime, cstime are fields 14–17 (1-based), 12–15 after the command name.
  const ticks = (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0);
  return ticks / 100;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const all = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const dist of dists) {
    const load = loadavg().map((value) => value.toFixed(1)).join(' ');
    const run = await measureTyping(dist);
    const cells = Object.entries(run).map(([label, typed]) => {
      const key = `${basename(dist)} ${label}`;
      all.set(key, [...(all.get(key) ?? []), ...typed.map((one) => one.ms)]);
      return `${label}: ${typed.map((one) => one.ms).join('/')} ms (longest task ${Math.max(...typed.map((one) => one.longestTaskMs))})`;
    });
    console.log(`${new Date().toISOString().slice(11, 19)} load ${load} ${basename(dist)} | ${cells.join(' | ')}`);
  }
}
for (const [key, values] of all) console.log(`${key}: median ${median(values)} ms, ${Math.min(...values)}–${Math.max(...values)} (${values.length})`);
console.log(`CPU ${cpuSeconds().toFixed(1)} s (this command and its Chromium)`);
