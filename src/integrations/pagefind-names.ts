/**
 * Short names for a Pagefind 1.6 bundle's fragments and word chunks (issues 9 and 12: the meta every
 * first search loads, one per shard searched, was over half names). Why and how they are chosen:
 * src/lib/pagefind-names.ts; the files' format: pagefind-files.ts.
 *
 * For each language: the prefix is the SHA-1 of the language's fragment files (in page order) and
 * chunk files (in the meta's order), so a name `<prefix>/<n>` always names the same bytes: a browser
 * holding yesterday's file under a name gets that file only if it is today's too, and a reader whose
 * page still has yesterday's meta asks for names that are gone (404), never for another cable. Two
 * bundles (shards) have different prefixes, so results merged from several shards keep distinct
 * ids (Pagefind's result `id` is the page's name). The files are moved to `fragment/<prefix>/` and
 * `index/<prefix>/`; the meta is rewritten with the names changed and nothing else (checked by
 * decoding it again), under its new content name, and the entry names it. Filter chunks keep
 * Pagefind's names: 35 names at 10,000 cables, ≈ 0.1 KB to win.
 *
 * Runs after the chunk cut (pagefind-chunks.ts) and before the Zopfli step, in a whole build and in
 * every shard build (src/integrations/pagefind.ts). A cost of the design: when any cable of a
 * bundle changes, every name in it changes, so a browser's cached fragments and chunks of the
 * bundle are not reused (the meta, which every search loads, changed anyway).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { bundlePrefix, shortNames } from '../lib/pagefind-names.ts';
import { cbor, chunkPath, fragmentPath, metaPath, readEntry, readMeta, writeEntry, writeMeta, type Meta } from './pagefind-files.ts';

export interface Renamed {
  pages: number;
  chunks: number;
  metaBefore: number;
  metaAfter: number;
  /** Each language's prefix. */
  prefixes: string[];
}

/** Adds a file's bytes to the digest, with its kind and length, so no two lists of files hash alike by concatenation. */
function addFile(digest: ReturnType<typeof createHash>, kind: string, bytes: Buffer): void {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  digest.update(kind).update(length).update(bytes);
}

/** The meta with new page and chunk names, everything else the same. */
function renamedMeta(meta: Meta, pages: readonly string[], chunks: ReadonlyMap<string, string>): Meta {
  const [version, oldPages, oldChunks, ...rest] = meta;
  return [version, oldPages.map(([, ...fields], page) => [pages[page]!, ...fields]), oldChunks.map(([from, to, name]) => [from, to, chunks.get(name)!]), ...rest];
}

async function renameLanguage(bundle: string, language: string, metaHash: string, totals: Renamed): Promise<string> {
  const { meta, file: metaFile } = await readMeta(bundle, metaHash);
  const grouped = meta[1].find((page) => page[2] !== '');
  // A fragment group (one file for several pages) is named by the group: not what Pagefind writes here.
  if (grouped) throw new Error(`${metaPath(bundle, metaHash)}: page ${grouped[0]} is in fragment group ${grouped[2]}; short names handle no groups`);
  const chunkNames = [...new Set(meta[2].map(([, , name]) => name))];
  const digest = createHash('sha1');
  for (const [name] of meta[1]) addFile(digest, 'fragment', await readFile(fragmentPath(bundle, name)));
  for (const name of chunkNames) addFile(digest, 'chunk', await readFile(chunkPath(bundle, name)));
  const prefix = bundlePrefix(digest.digest('hex'));
  const names = shortNames(prefix, meta[1].length, chunkNames);
  const renamed = renamedMeta(meta, names.pages, names.chunks);
  // Names only: with the old names put back, the meta must be the same bytes.
  const back = new Map([...names.chunks].map(([old, short]) => [short, old]));
  if (!Buffer.from(cbor.encode(renamedMeta(renamed, meta[1].map(([name]) => name), back))).equals(Buffer.from(cbor.encode(meta)))) throw new Error(`${metaHash}: renaming changed more than names`);
  // Renamed, not copied: a hard-linked copy of the bundle (the bench's) keeps its own entries.
  await mkdir(join(bundle, 'fragment', prefix), { recursive: true });
  await mkdir(join(bundle, 'index', prefix), { recursive: true });
  for (const [page, [name]] of meta[1].entries()) await rename(fragmentPath(bundle, name), fragmentPath(bundle, names.pages[page]!));
  for (const [old, short] of names.chunks) await rename(chunkPath(bundle, old), chunkPath(bundle, short));
  const written = await writeMeta(bundle, language, renamed);
  if (written.hash !== metaHash) await rm(metaPath(bundle, metaHash));
  totals.pages += meta[1].length;
  totals.chunks += chunkNames.length;
  totals.metaBefore += metaFile.length;
  totals.metaAfter += written.file.length;
  totals.prefixes.push(prefix);
  return written.hash;
}

/** Gives every fragment and word chunk of the bundle in `bundle` (a folder with `pagefind-entry.json`) its short name. */
export async function shortenNames(bundle: string): Promise<Renamed> {
  const totals: Renamed = { pages: 0, chunks: 0, metaBefore: 0, metaAfter: 0, prefixes: [] };
  const entry = await readEntry(bundle);
  for (const [language, info] of Object.entries(entry.languages)) info.hash = await renameLanguage(bundle, language, info.hash, totals);
  await writeEntry(bundle, entry);
  return totals;
}
