/**
 * Runs a command and reports the CPU time of its process tree per process and thread name
 * (`/proc/<pid>/task/<tid>/stat`, sampled every 100 ms; a thread that ends between samples keeps
 * its last figure). Issue 7: where a build's CPU goes besides the main thread (V8's compiler and
 * GC helper threads, Pagefind's process, rolldown's threads).
 *
 *   npx tsx bench/experiments/thread-cpu.ts node_modules/.bin/astro build
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;
const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error('usage: thread-cpu.ts <command> [args…]');
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
/** Last seen CPU ticks per `pid/tid`, with the thread's label. */
const seen = new Map<string, { label: string; ticks: number }>();

/** `(comm)` and the fields after it of a /proc stat line. */
function statOf(path: string): { comm: string; fields: string[] } | null {
  try {
    const line = readFileSync(path, 'utf8');
    return { comm: line.slice(line.indexOf('(') + 1, line.lastIndexOf(')')), fields: line.slice(line.lastIndexOf(')') + 2).split(' ') };
  } catch {
    return null;
  }
}

/** The processes under the child, with their names. */
function tree(): { pid: string; comm: string }[] {
  const all = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((pid) => {
    const stat = statOf(`/proc/${pid}/stat`);
    return stat ? [{ pid, ppid: stat.fields[1]!, comm: stat.comm }] : [];
  });
  const inTree = new Set([String(child.pid)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const proc of all) if (!inTree.has(proc.pid) && inTree.has(proc.ppid)) grew = inTree.add(proc.pid) !== undefined;
  }
  return all.filter((proc) => inTree.has(proc.pid));
}

function sample(): void {
  for (const { pid, comm } of tree()) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      const stat = statOf(`/proc/${pid}/task/${tid}/stat`);
      // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command.
      if (stat) seen.set(`${pid}/${tid}`, { label: `${comm}: ${stat.comm.replace(/\d+$/, '#')}`, ticks: Number(stat.fields[11]) + Number(stat.fields[12]) });
    }
  }
}

const started = performance.now();
const timer = setInterval(sample, 100);
child.on('close', (code) => {
  clearInterval(timer);
  const byLabel = new Map<string, number>();
  for (const { label, ticks } of seen.values()) byLabel.set(label, (byLabel.get(label) ?? 0) + ticks / TICKS_PER_SECOND);
  const total = [...byLabel.values()].reduce((sum, value) => sum + value, 0);
  console.error(`exit ${code}; wall ${((performance.now() - started) / 1000).toFixed(2)} s; tree CPU ${total.toFixed(2)} s`);
  for (const [label, seconds] of [...byLabel].sort((a, b) => b[1] - a[1])) if (seconds >= 0.01) console.error(`  ${seconds.toFixed(2).padStart(7)} ${label}`);
});
