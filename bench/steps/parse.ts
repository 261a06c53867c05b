/**
 * Parse throughput: the input bytes of every cable through decode + parse, in-process, with the
 * files already in memory (no disk I/O in the timed part). Warm-up runs first (JIT), then N timed
 * runs; the median run gives MB/s (10^6 bytes). Also times readCable (with I/O) once, and names
 * the slowest cables per byte, which is where a parser hot spot shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { annotationPathFor, parseAnnotations } from '../../src/lib/annotations.ts';
import { decodeCable } from '../../src/lib/decode.ts';
import { parseCable } from '../../src/lib/parse.ts';
import { listCableFiles, readCable } from '../../src/lib/read.ts';
import { loadNote, type LoadNote } from '../lib/proc.ts';

export interface ParseThroughput {
  files: number;
  inputBytes: number;
  warmups: number;
  repeats: number;
  /** Each timed run over the whole corpus, in ms of wall time. */
  runsMs: number[];
  medianMs: number;
  /** Input MB over the median run's wall time: the figure against the target. */
  mbPerSecond: number;
  /** The same runs in CPU time of this process (user + system): on a loaded machine the wall
   * time includes waiting for a core, the CPU time does not. */
  runsCpuMs: number[];
  medianCpuMs: number;
  mbPerCpuSecond: number;
  /** The fastest run's wall time: what the code does when it gets a core to itself. */
  bestMs: number;
  bestMbPerSecond: number;
  /** One pass through readCable (disk read + sidecar + decode + parse). */
  readCableMs: number;
  readCableMbPerSecond: number;
  /** Cables that cost the most time per byte (median of 5 runs each). */
  slowest: Array<{ file: string; bytes: number; ms: number; mbPerSecond: number }>;
  load: LoadNote;
}

interface InputCable {
  file: string;
  fileName: string;
  bytes: Buffer;
  /** The sidecar's bytes, when the cable has one. */
  annotations: Buffer | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Decodes and parses one cable as readCable (src/lib/read.ts) does, minus the disk. */
function decodeAndParse(cable: InputCable): number {
  const { text } = decodeCable(cable.bytes);
  const annotations =
    cable.annotations === null ? null : parseAnnotations(decodeCable(cable.annotations).text, annotationPathFor(cable.file));
  return parseCable(text, { file: cable.file, fileName: cable.fileName, annotations }).paragraphs.length;
}

/** Measures parse throughput over every cable under `dir`. */
export async function measureParse(root: string, dir: string, repeats: number, warmups = 3): Promise<ParseThroughput> {
  const paths = (await listCableFiles(dir)).map((file) => resolve(dir, file));
  const cables: InputCable[] = paths.map((path) => {
    const sidecar = annotationPathFor(path);
    return {
      file: relative(root, path),
      fileName: basename(path),
      bytes: readFileSync(path),
      annotations: existsSync(sidecar) ? readFileSync(sidecar) : null,
    };
  });
  const inputBytes = cables.reduce((sum, cable) => sum + cable.bytes.length, 0);
  const load = loadNote();

  // The paragraph count is summed and checked so the work cannot be optimised away.
  let paragraphs = 0;
  for (let run = 0; run < warmups; run++) for (const cable of cables) paragraphs += decodeAndParse(cable);
  const runsMs: number[] = [];
  const runsCpuMs: number[] = [];
  for (let run = 0; run < repeats; run++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const cable of cables) paragraphs += decodeAndParse(cable);
    const cpu = process.cpuUsage(cpuBefore);
    runsMs.push(performance.now() - started);
    runsCpuMs.push((cpu.user + cpu.system) / 1000);
  }
  if (paragraphs === 0) throw new Error('the parser found no paragraphs at all');
  const medianMs = median(runsMs);
  const medianCpuMs = median(runsCpuMs);
  const bestMs = Math.min(...runsMs);
  const throughput = (ms: number): number => round(inputBytes / 1e6 / (ms / 1000), 1);

  const readStarted = performance.now();
  for (const path of paths) await readCable(path, { root });
  const readCableMs = performance.now() - readStarted;

  const perCable = cables.map((cable) => {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      decodeAndParse(cable);
      times.push(performance.now() - started);
    }
    const ms = median(times);
    return { file: cable.file, bytes: cable.bytes.length, ms: round(ms, 3), mbPerSecond: round(cable.bytes.length / 1e6 / (ms / 1000), 1) };
  });
  perCable.sort((a, b) => a.mbPerSecond - b.mbPerSecond);

  return {
    files: cables.length,
    inputBytes,
    warmups,
    repeats,
    runsMs: runsMs.map((ms) => round(ms, 1)),
    medianMs: round(medianMs, 1),
    mbPerSecond: throughput(medianMs),
    runsCpuMs: runsCpuMs.map((ms) => round(ms, 1)),
    medianCpuMs: round(medianCpuMs, 1),
    mbPerCpuSecond: throughput(medianCpuMs),
    bestMs: round(bestMs, 1),
    bestMbPerSecond: throughput(bestMs),
    readCableMs: round(readCableMs, 1),
    readCableMbPerSecond: round(inputBytes / 1e6 / (readCableMs / 1000), 1),
    slowest: perCable.slice(0, 5),
    load,
  };
}

/** Distinct ids the parser gives the cables under `dir` (checks the 10k corpus really has 10k pages). */
export async function distinctIds(root: string, dir: string): Promise<{ files: number; distinct: number; duplicates: string[] }> {
  const paths = (await listCableFiles(dir)).map((file) => resolve(dir, file));
  const seen = new Map<string, number>();
  for (const path of paths) {
    const { id } = await readCable(path, { root });
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  const duplicates = [...seen].filter(([, count]) => count > 1).map(([id, count]) => `${id} ×${count}`);
  return { files: paths.length, distinct: seen.size, duplicates: duplicates.slice(0, 10) };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
