/**
 * Annotates every cable file of a folder once, in this thread (`inproc`) or in a Piscina pool of
 * N worker threads running the loader's annotate task (src/loader/annotate-worker.ts), to compare
 * their CPU under bench/experiments/thread-cpu.ts (issues 7 and 12, branch bcpu2):
 *
 *   npx tsx bench/experiments/thread-cpu.ts node_modules/.bin/tsx bench/experiments/annotate-cpu.ts /tmp/corpus inproc
 *   npx tsx bench/experiments/thread-cpu.ts node_modules/.bin/tsx bench/experiments/annotate-cpu.ts /tmp/corpus 2
 */
import { join, resolve } from 'node:path';
import { Piscina } from 'piscina';
import { findCableFiles } from '../../src/lib/read.ts';
import { annotateCableFile } from '../../src/loader/annotate-file.ts';

const [dir, mode] = process.argv.slice(2);
if (!dir || !mode) throw new Error('usage: annotate-cpu.ts <cables folder> inproc|<workers>');
const root = resolve(import.meta.dirname, '../..');
const glossaryPath = join(root, 'data/glossary.yaml');
const files = (await findCableFiles(dir)).files.map((file) => resolve(dir, file));
const started = performance.now();
if (mode === 'inproc') {
  for (const file of files) await annotateCableFile(file, root, glossaryPath);
} else {
  const size = Number(mode);
  const pool = new Piscina({ filename: new URL('../../src/loader/annotate-worker.ts', import.meta.url).href, workerData: { root, glossaryPath }, minThreads: size, maxThreads: size });
  await Promise.all(files.map((file) => pool.run(file)));
  await pool.destroy();
}
console.error(`${files.length} files, ${mode}: ${Math.round(performance.now() - started)} ms wall`);
