import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { annotateCableFile, type AnnotatedFile, type SkippedFile } from './annotate-file.ts';

/** Annotates cable files, in worker threads when that pays. */
export interface AnnotatePool {
  /** How many worker threads annotate (0: in the loader's own thread). */
  workers: number;
  annotate(path: string): Promise<AnnotatedFile | SkippedFile>;
  close(): Promise<void>;
}

/**
 * A worker costs ≈ 2.3 CPU s before its first cable (loading the modules, ≈ 0.9 s, which the
 * loader's thread has already paid, and the name finder's word lists, ≈ 1.4 s), but annotates a
 * cable for less CPU than the loader's thread, which runs the annotators inside Astro's build
 * (issues 7 and 12, branch bcpu2: a cold `astro sync` of 2,510 cables, alternated, took 28.6–28.8
 * tree CPU s with two workers, 24.6–25.1 in the loader's thread, 22.2–24.0 with one worker, the
 * worker itself 8.3–9.7 s). Below ≈ 1,000 files the loader's thread is cheaper (an estimate from
 * those figures: ≈ 1.2 ms a cable more, against the worker's 0.9 s of modules); from there one
 * worker per 2,500 files (a shard's size: shard jobs may run side by side), so a second worker,
 * which buys wall time with CPU, only from 5,000 files on.
 */
const IN_PROCESS_BELOW = 1000;
const FILES_PER_WORKER = 2500;

/** How many worker threads annotatePool runs for `files` files (0: in the caller's thread). */
export function annotateWorkers(files: number, maxWorkers = 4): number {
  const workers = Math.min(availableParallelism(), maxWorkers, Math.max(1, Math.floor(files / FILES_PER_WORKER)));
  return files < IN_PROCESS_BELOW || maxWorkers < 2 ? 0 : workers;
}

/**
 * A Piscina pool of worker threads (one per 2,500 files, at most one per core, 4 and `maxWorkers`)
 * that annotate cable files, for `files` files to come; in-process below IN_PROCESS_BELOW files or
 * when `maxWorkers` is below 2 (a shard's facts job beside others gets its share of the cores:
 * scripts/shard/facts.ts). A file the workers
 * fail on (e.g. a worker could not load its modules) is annotated in-process, where a real
 * error surfaces with its message. The worker runs src/loader/annotate-worker.ts through
 * Node's own TypeScript type stripping.
 */
export function annotatePool(files: number, root: string, glossaryPath: string, maxWorkers = 4): AnnotatePool {
  const size = annotateWorkers(files, maxWorkers);
  const inProcess = (path: string): Promise<AnnotatedFile | SkippedFile> => annotateCableFile(path, root, glossaryPath);
  if (size === 0) {
    // One file at a time: the loader asks for all at once, and overlapping reads would count
    // each other's waits in every file's parse time.
    let last: Promise<unknown> = Promise.resolve();
    const inTurn = (path: string): Promise<AnnotatedFile | SkippedFile> => {
      const next = last.then(() => inProcess(path));
      last = next.catch(() => undefined);
      return next;
    };
    return { workers: 0, annotate: inTurn, close: async () => {} };
  }

  const pool = new Piscina<string, AnnotatedFile | SkippedFile>({
    filename: new URL('./annotate-worker.ts', import.meta.url).href,
    workerData: { root, glossaryPath },
    minThreads: size,
    maxThreads: size,
  });
  return {
    workers: size,
    annotate: (path) => pool.run(path).catch(() => inProcess(path)),
    close: () => pool.destroy(),
  };
}
