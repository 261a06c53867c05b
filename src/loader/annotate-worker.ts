/**
 * A worker thread of the loader's annotate pool (annotate-pool.ts): annotates the cable files it
 * is sent, one message each, and answers with the result or the error. Annotating is CPU-bound
 * (named entities dominate), so a cold build spreads it over the machine's cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { annotateCableFile } from './annotate-file.ts';

const { root, glossaryPath } = workerData as { root: string; glossaryPath: string };

parentPort?.on('message', (task: { id: number; path: string }) => {
  annotateCableFile(task.path, root, glossaryPath).then(
    (result) => parentPort?.postMessage({ id: task.id, result }),
    (error: unknown) => parentPort?.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
