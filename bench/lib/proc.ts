/**
 * Process-tree sampling from /proc: peak resident memory of a whole tree (a build spawns
 * Pagefind as a child of node, and both must count), CPU time of the tree, and how busy the
 * rest of the machine was meanwhile (the bench shares 2 cores with other work).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';

const PAGE_BYTES = 4096;
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system CPU ticks so far. */
  cpuTicks: number;
  rssBytes: number;
}

function readProcStat(pid: number): ProcStat | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: split after its last ')'.
    const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    const num = (index: number): number => Number(fields[index] ?? 0);
    // fields[0] is field 3 (state): ppid=4, utime=14, stime=15, rss=24 (in pages).
    return { pid, ppid: num(1), cpuTicks: num(11) + num(12), rssBytes: num(21) * PAGE_BYTES };
  } catch {
    return null; // the process ended between listing and reading
  }
}

function allProcesses(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProcStat(Number(name));
    if (stat) stats.push(stat);
  }
  return stats;
}

/** The root and every process below it, as one snapshot. */
function treeOf(rootPid: number, processes: ProcStat[]): ProcStat[] {
  const childrenOf = new Map<number, ProcStat[]>();
  for (const proc of processes) {
    const siblings = childrenOf.get(proc.ppid) ?? [];
    siblings.push(proc);
    childrenOf.set(proc.ppid, siblings);
  }
  const tree = processes.filter((proc) => proc.pid === rootPid);
  for (let index = 0; index < tree.length; index++) {
    tree.push(...(childrenOf.get(tree[index]!.pid) ?? []));
  }
  return tree;
}

/** Busy and total CPU ticks of the whole machine, from the first line of /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const cpuLine = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const ticks = cpuLine.trim().split(/\s+/).slice(1).map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}

/** What a sampled process tree used. */
export interface TreeUsage {
  /** Highest sum of RSS over the tree at any sample. */
  peakTreeRssBytes: number;
  /** Highest RSS of any single process in the tree. */
  peakSingleRssBytes: number;
  /** Command of the process that had the single highest RSS. */
  peakSingleCommand: string;
  /** Most processes alive in the tree at one sample. */
  maxProcesses: number;
  /** CPU seconds (user+system) used by the tree, from the last sample of each process. */
  treeCpuSeconds: number;
  /** CPU seconds used by everything else on the machine during the run. */
  otherCpuSeconds: number;
  samples: number;
  /** Cumulative CPU seconds of the tree over time (ms after the start), one point per sample. */
  cpuSeries: Array<{ ms: number; cpuSeconds: number }>;
}

/**
 * Samples the tree under `rootPid` every `intervalMs` until `stop()` is called.
 * Processes that end between samples keep their last seen CPU time.
 */
export function sampleTree(rootPid: number, intervalMs = 100): { stop: () => TreeUsage } {
  const lastCpuTicks = new Map<number, number>();
  const usage: TreeUsage = {
    peakTreeRssBytes: 0,
    peakSingleRssBytes: 0,
    peakSingleCommand: '',
    maxProcesses: 0,
    treeCpuSeconds: 0,
    otherCpuSeconds: 0,
    samples: 0,
    cpuSeries: [],
  };
  const machineAtStart = machineTicks();
  const started = performance.now();
  const treeTicks = (): number => {
    let ticks = 0;
    for (const value of lastCpuTicks.values()) ticks += value;
    return ticks;
  };
  const sample = (): void => {
    const tree = treeOf(rootPid, allProcesses());
    let treeRss = 0;
    for (const proc of tree) {
      treeRss += proc.rssBytes;
      lastCpuTicks.set(proc.pid, proc.cpuTicks);
      if (proc.rssBytes > usage.peakSingleRssBytes) {
        usage.peakSingleRssBytes = proc.rssBytes;
        usage.peakSingleCommand = commandOf(proc.pid);
      }
    }
    usage.peakTreeRssBytes = Math.max(usage.peakTreeRssBytes, treeRss);
    usage.maxProcesses = Math.max(usage.maxProcesses, tree.length);
    usage.samples++;
    usage.cpuSeries.push({ ms: Math.round(performance.now() - started), cpuSeconds: treeTicks() / TICKS_PER_SECOND });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      const machineAtEnd = machineTicks();
      usage.treeCpuSeconds = treeTicks() / TICKS_PER_SECOND;
      const machineBusySeconds = (machineAtEnd.busy - machineAtStart.busy) / TICKS_PER_SECOND;
      usage.otherCpuSeconds = Math.max(0, machineBusySeconds - usage.treeCpuSeconds);
      return usage;
    },
  };
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 3).join(' ').slice(0, 120);
  } catch {
    return '';
  }
}

/** Machine load at a moment, for the note beside each figure. */
export interface LoadNote {
  /** 1-, 5- and 15-minute load averages, as `uptime` prints them. */
  loadavg: [number, number, number];
  at: string;
}

export function loadNote(): LoadNote {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  const round = (value: number): number => Math.round(value * 100) / 100;
  return { loadavg: [round(one), round(five), round(fifteen)], at: new Date().toISOString() };
}
