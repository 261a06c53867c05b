import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { annotateCableFile, type AnnotatedFile } from './annotate-file.ts';

/** Annotates cable files, in worker threads when that pays. */
export interface AnnotatePool {
  /** How many worker threads annotate (0: in the loader's own thread). */
  workers: number;
  annotate(path: string): Promise<AnnotatedFile>;
  close(): Promise<void>;
}

/** Below this many files, starting workers (each loads the NLP library) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 16;

/**
 * A pool of worker threads (one per core, at most 4) that annotate cable files, for `files`
 * files to come; in-process when there are few files, one core, or the workers cannot start
 * (the worker runs src/loader/annotate-worker.ts through Node's own TypeScript type stripping).
 */
export function annotatePool(files: number, root: string, glossaryPath: string): AnnotatePool {
  const size = Math.min(availableParallelism(), 4, Math.ceil(files / MIN_FILES_FOR_WORKERS));
  const inProcess: AnnotatePool = { workers: 0, annotate: (path) => annotateCableFile(path, root, glossaryPath), close: async () => {} };
  if (size < 2) return inProcess;

  let workers: Worker[];
  try {
    workers = Array.from({ length: size }, () => new Worker(new URL('./annotate-worker.ts', import.meta.url), { workerData: { root, glossaryPath } }));
  } catch {
    return inProcess;
  }
  type Pending = { resolve: (result: AnnotatedFile) => void; reject: (error: Error) => void };
  const pending = new Map<number, Pending>();
  const queue: { id: number; path: string }[] = [];
  const idle: Worker[] = [...workers];
  let nextId = 0;
  let broken: Error | null = null;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) idle.pop()?.postMessage(queue.shift());
  };
  for (const worker of workers) {
    worker.on('message', (message: { id: number; result?: AnnotatedFile; error?: string }) => {
      const task = pending.get(message.id);
      pending.delete(message.id);
      if (message.result) task?.resolve(message.result);
      else task?.reject(new Error(message.error ?? 'annotate worker failed'));
      idle.push(worker);
      dispatch();
    });
    // A worker that dies (it could not load its modules) fails what is left; the caller retries in-process.
    worker.on('error', (error) => {
      broken = error;
      queue.length = 0;
      for (const task of pending.values()) task.reject(error);
      pending.clear();
    });
  }

  return {
    workers: workers.length,
    annotate(path) {
      if (broken) return inProcess.annotate(path);
      return new Promise<AnnotatedFile>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        queue.push({ id, path });
        dispatch();
      }).catch((error: unknown) => (broken ? inProcess.annotate(path) : Promise.reject(error)));
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
