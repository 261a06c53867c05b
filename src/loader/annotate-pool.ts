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

/** Below this many files, starting workers (each builds the name finder's word lists) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 16;

/**
 * A Piscina pool of worker threads (one per core, at most 4) that annotate cable files, for
 * `files` files to come; in-process when there are few files or one core. A file the workers
 * fail on (e.g. a worker could not load its modules) is annotated in-process, where a real
 * error surfaces with its message. The worker runs src/loader/annotate-worker.ts through
 * Node's own TypeScript type stripping.
 */
export function annotatePool(files: number, root: string, glossaryPath: string): AnnotatePool {
  const size = Math.min(availableParallelism(), 4, Math.ceil(files / MIN_FILES_FOR_WORKERS));
  const inProcess = (path: string): Promise<AnnotatedFile | SkippedFile> => annotateCableFile(path, root, glossaryPath);
  if (size < 2) return { workers: 0, annotate: inProcess, close: async () => {} };

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
