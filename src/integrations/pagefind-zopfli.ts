/**
 * Issue 9, the search's transfer budget: Pagefind writes its files gzip-compressed at a fast
 * level. The two files every search loads before any word, the language's metadata and wasm, are
 * recompressed here with Zopfli: the same gzip format, which Pagefind's own inflater reads, and
 * smaller (metadata 79.6 → 67.5 KB, wasm 59.8 → 56.9 KB at 10,000 cables; ~5 s of CPU). Word
 * chunks and fragments (thousands of files) and filter indexes stay as Pagefind wrote them:
 * Zopfli costs one to three seconds a chunk, and 84 s for the 35 filter indexes of 10,000 cables.
 *
 * Runs after the Pagefind integration (astro.config.mjs lists it later) over every Pagefind
 * bundle in the output (a folder with a `pagefind-entry.json`, at most two levels down, so shards
 * are found too); `recompressBundle` can be run on a bundle written elsewhere.
 */
import { gzipAsync } from '@gfx/zopfli';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** The files recompressed: `pagefind.en_….pf_meta`, `wasm.en.pagefind`. */
const RECOMPRESSED = /^(?:pagefind\..+\.pf_meta|wasm\..+\.pagefind)$/;
/** Zopfli's passes: 15 for files up to 1 MB, fewer above (its time grows with size × passes). */
const passesFor = (bytes: number) => (bytes <= 1_000_000 ? 15 : 5);

export interface Recompressed {
  files: number;
  before: number;
  after: number;
}

/** Recompresses one file in place when Zopfli makes it smaller and it still decompresses to the same bytes. */
async function recompressFile(path: string, totals: Recompressed): Promise<void> {
  const written = await readFile(path);
  const plain = gunzipSync(written);
  const smaller = Buffer.from(await gzipAsync(plain, { numiterations: passesFor(plain.length) }));
  totals.files += 1;
  totals.before += written.length;
  if (smaller.length < written.length && gunzipSync(smaller).equals(plain)) {
    await writeFile(path, smaller);
    totals.after += smaller.length;
  } else totals.after += written.length;
}

/** Recompresses a Pagefind bundle's metadata and wasm. */
export async function recompressBundle(bundle: string, totals: Recompressed = { files: 0, before: 0, after: 0 }): Promise<Recompressed> {
  for (const name of await readdir(bundle)) if (RECOMPRESSED.test(name)) await recompressFile(join(bundle, name), totals);
  return totals;
}

/** Pagefind bundles in a built site: folders with a `pagefind-entry.json`, at most two levels down. */
async function bundlesIn(outDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const first of await readdir(outDir, { withFileTypes: true })) {
    if (!first.isDirectory() || !first.name.startsWith('pagefind')) continue;
    const dir = join(outDir, first.name);
    if (existsSync(join(dir, 'pagefind-entry.json'))) found.push(dir);
    for (const second of await readdir(dir, { withFileTypes: true })) {
      if (second.isDirectory() && existsSync(join(dir, second.name, 'pagefind-entry.json'))) found.push(join(dir, second.name));
    }
  }
  return found;
}

export default function pagefindZopfli(): AstroIntegration {
  return {
    name: 'pagefind-zopfli',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const totals: Recompressed = { files: 0, before: 0, after: 0 };
        for (const bundle of await bundlesIn(fileURLToPath(dir))) await recompressBundle(bundle, totals);
        const kb = (bytes: number) => (bytes / 1000).toFixed(1);
        logger.info(`recompressed ${totals.files} Pagefind files: ${kb(totals.before)} → ${kb(totals.after)} KB in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
