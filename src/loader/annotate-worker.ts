/**
 * The task of the loader's annotate pool (annotate-pool.ts), run in a Piscina worker thread:
 * annotates one cable file. Parsing and annotating are CPU-bound, so a cold build
 * spreads it over the machine's cores.
 */
import { workerData } from 'piscina';
import { annotateCableFile, type AnnotatedFile, type SkippedFile } from './annotate-file.ts';

const { root, glossaryPath } = workerData as { root: string; glossaryPath: string };

export default function annotate(path: string): Promise<AnnotatedFile | SkippedFile> {
  return annotateCableFile(path, root, glossaryPath);
}
