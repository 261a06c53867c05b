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
 *
 * The wasm files are the same bytes in every build of one Pagefind version, and Zopfli spent
 * ≈ 2 CPU s on each of the two at every build (issue 7): their Zopfli form is committed beside
 * this file (`zopfli/<digest of the plain bytes>.gz`) and used when it inflates to exactly the
 * bytes Pagefind wrote. A new Pagefind version misses, is recompressed as before, and the log
 * says which file to commit.
 */
import { gzipAsync } from '@gfx/zopfli';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
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
  /** Files taken from a committed Zopfli copy instead of compressed now. */
  committed: number;
  /** Files with no committed copy: where their Zopfli form would go to be reused. */
  missing: string[];
}

/** Where the committed Zopfli copies are. */
export const COMMITTED_DIR = fileURLToPath(new URL('./zopfli/', import.meta.url));

/** The committed copy's name for these plain bytes. */
export function committedName(plain: Buffer): string {
  return `${createHash('sha256').update(plain).digest('hex').slice(0, 32)}.gz`;
}

/** The committed Zopfli copy of these bytes, if there is one and it inflates to them exactly. */
function committedCopy(plain: Buffer): Buffer | undefined {
  const path = join(COMMITTED_DIR, committedName(plain));
  if (!existsSync(path)) return undefined;
  const copy = readFileSync(path);
  return gunzipSync(copy).equals(plain) ? copy : undefined;
}

/** Recompresses one file in place when Zopfli makes it smaller and it still decompresses to the same bytes. */
async function recompressFile(path: string, totals: Recompressed): Promise<void> {
  const written = await readFile(path);
  const plain = gunzipSync(written);
  const committed = path.endsWith('.pagefind') ? committedCopy(plain) : undefined;
  if (committed) totals.committed += 1;
  else if (path.endsWith('.pagefind')) totals.missing.push(`${basename(path)} → ${join(COMMITTED_DIR, committedName(plain))}`);
  const smaller = committed ?? Buffer.from(await gzipAsync(plain, { numiterations: passesFor(plain.length) }));
  totals.files += 1;
  totals.before += written.length;
  if (smaller.length < written.length && gunzipSync(smaller).equals(plain)) {
    await writeFile(path, smaller);
    totals.after += smaller.length;
  } else totals.after += written.length;
}

/** Recompresses a Pagefind bundle's metadata and wasm. */
export async function recompressBundle(bundle: string, totals: Recompressed = newTotals()): Promise<Recompressed> {
  for (const name of await readdir(bundle)) if (RECOMPRESSED.test(name)) await recompressFile(join(bundle, name), totals);
  return totals;
}

function newTotals(): Recompressed {
  return { files: 0, before: 0, after: 0, committed: 0, missing: [] };
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
        const totals = newTotals();
        for (const bundle of await bundlesIn(fileURLToPath(dir))) await recompressBundle(bundle, totals);
        const kb = (bytes: number) => (bytes / 1000).toFixed(1);
        logger.info(
          `recompressed ${totals.files} Pagefind files (${totals.committed} from committed copies): ` +
            `${kb(totals.before)} → ${kb(totals.after)} KB in ${Math.round(performance.now() - started)} ms`,
        );
        // A new Pagefind version: its wasm was compressed now; committing the copy saves that next time.
        for (const line of new Set(totals.missing)) logger.info(`no committed Zopfli copy: ${line}`);
      },
    },
  };
}
