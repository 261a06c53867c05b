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
 * Files per worker thread. A worker costs ≈ 2.3 CPU s before its first cable (loading the
 * modules, ≈ 0.9 s, which the loader's thread has already paid, and the name finder's word lists,
 * ≈ 1.4 s), and a cable ≈ 14 ms to annotate (issue 7, measured at 251 cables): below ≈ 400 files
 * the loader's own thread is as quick, and two workers cost 60 % more CPU.
 */
const FILES_PER_WORKER = 200;

/**
 * A Piscina pool of worker threads (one per core, at most 4) that annotate cable files, for
 * `files` files to come, and at most `maxWorkers` (a shard's facts job that runs beside others gets
 * its share of the cores); in-process when there are fewer than two workers' worth or one core. A file the workers
 * fail on (e.g. a worker could not load its modules) is annotated in-process, where a real
 * error surfaces with its message. The worker runs src/loader/annotate-worker.ts through
 * Node's own TypeScript type stripping.
 */
export function annotatePool(files: number, root: string, glossaryPath: string, maxWorkers = 4): AnnotatePool {
  const size = Math.min(availableParallelism(), maxWorkers, Math.floor(files / FILES_PER_WORKER));
  const inProcess = (path: string): Promise<AnnotatedFile | SkippedFile> => annotateCableFile(path, root, glossaryPath);
  if (size < 2) {
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
