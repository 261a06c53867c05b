/**
 * Re-chunks the word index of a Pagefind 1.6 bundle into smaller chunks after Pagefind wrote it
 * (issues 9 and 12: a follow-up search loads the word's chunk, 12–16 KB gzip as Pagefind cuts
 * them, per shard). The plan (which words go together, the meta's ranges) is
 * src/lib/pagefind-chunks.ts; this module reads and writes the files:
 *
 * - `pagefind-entry.json` names each language's meta file (`languages.en.hash` → `pagefind.<hash>.pf_meta`);
 * - the meta and the chunks (`index/<hash>.pf_index`) are gzip of `pagefind_dcd` + CBOR. The meta is
 *   `[version, pages, chunks, filters, sorts, meta_fields]`, a chunk `[from, to, hash]`; an index
 *   chunk is `[words]`, a word `[word, pages, variants]` whose postings are kept as they are
 *   (page numbers are deltas within the word, so a word moves between chunks unchanged).
 *
 * New chunks and the new meta are named by the SHA-1 of their CBOR, as Pagefind names them; the old
 * chunks and meta are removed and the entry is rewritten. Runs before the Zopfli step (which
 * recompresses the meta it finds). Every word's entry, re-encoded by cborg, must be Pagefind's
 * bytes exactly (a new Pagefind format would not be): else this throws before writing anything,
 * which stops the build.
 */
import { decode, encode, type EncodeOptions } from 'cborg';
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { planChunks, type ChunkRange, type OldChunk, type PlanOptions } from '../lib/pagefind-chunks.ts';

/** Target size of a chunk's words before compression (measured: docs/benchmarks.md, "smaller index chunks"). */
export const TARGET_BYTES = 8_000;

const SIGNATURE = Buffer.from('pagefind_dcd');
/** Maps as Maps, kept in Pagefind's order (cborg sorts map keys unless told not to). */
const ENCODE: EncodeOptions = { mapSorter: () => 0 };
const cbor = { encode: (value: unknown) => encode(value, ENCODE) };
const decoder = { decode: (body: Uint8Array) => decode(body, { useMaps: true }) };

type Meta = [string, unknown[], [string, string, string][], unknown[], unknown[], string[]];
type WordEntry = [string, ...unknown[]];

export interface Rechunked {
  chunksBefore: number;
  chunksAfter: number;
  aliases: number;
  bytesBefore: number;
  bytesAfter: number;
  metaBefore: number;
  metaAfter: number;
}

/** The CBOR inside a Pagefind file. */
function unpack(file: Buffer, name: string): Buffer {
  const plain = gunzipSync(file);
  if (!plain.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${name}: no pagefind_dcd signature`);
  return plain.subarray(SIGNATURE.length);
}

/** A Pagefind file holding this CBOR (gzip's default level, as Pagefind's own files). */
function pack(body: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, body]));
}

/** CBOR's head of an array of `length` items (major type 4). */
function arrayHead(length: number): Buffer {
  if (length < 24) return Buffer.from([0x80 + length]);
  if (length < 0x100) return Buffer.from([0x98, length]);
  if (length < 0x10000) return Buffer.from([0x99, length >> 8, length & 0xff]);
  const head = Buffer.alloc(5);
  head[0] = 0x9a;
  head.writeUInt32BE(length, 1);
  return head;
}

/** An index chunk `[words]` from its words' encoded entries. */
function chunkBody(entries: readonly Buffer[]): Buffer {
  return Buffer.concat([arrayHead(1), arrayHead(entries.length), ...entries]);
}

/** Decodes, and checks that cborg writes the same bytes back (so the postings are untouched). */
function decodeExact<T>(body: Buffer, name: string): T {
  const value = decoder.decode(body) as T;
  if (!Buffer.from(cbor.encode(value)).equals(body)) throw new Error(`${name}: CBOR does not round-trip`);
  return value;
}

/** Writes a new file and renames it into place: a hard-linked copy of the bundle (the bench's) keeps its own file. */
async function writeNew(path: string, data: Buffer | string): Promise<void> {
  await writeFile(`${path}.tmp`, data);
  await rename(`${path}.tmp`, path);
}

/** `<language>_<hex>`, `length` hex digits, longer when the name is taken. */
function contentName(language: string, body: Uint8Array, length: number, taken: Set<string>): string {
  const digest = createHash('sha1').update(body).digest('hex');
  let name = `${language}_${digest.slice(0, length)}`;
  for (let extra = length + 1; taken.has(name) && extra <= digest.length; extra += 1) name = `${language}_${digest.slice(0, extra)}`;
  taken.add(name);
  return name;
}

/** Re-chunks one language of a bundle in place. */
async function rechunkLanguage(bundle: string, language: string, metaHash: string, options: PlanOptions, totals: Rechunked): Promise<string> {
  const metaPath = join(bundle, `pagefind.${metaHash}.pf_meta`);
  const metaFile = await readFile(metaPath);
  const meta = decodeExact<Meta>(unpack(metaFile, metaPath), metaPath);
  const entries: Buffer[][] = [];
  const sizes: number[] = [];
  const old: OldChunk[] = [];
  for (const [from, to, hash] of meta[2]) {
    const path = join(bundle, 'index', `${hash}.pf_index`);
    const file = await readFile(path);
    totals.bytesBefore += file.length;
    sizes.push(file.length);
    const body = unpack(file, path);
    const [words] = decoder.decode(body) as [WordEntry[]];
    const encoded = words.map((entry) => Buffer.from(cbor.encode(entry)));
    // Each word's entry as cborg writes it must be Pagefind's bytes: then every posting is kept.
    if (!chunkBody(encoded).equals(body)) throw new Error(`${path}: CBOR does not round-trip`);
    entries.push(encoded);
    old.push({ from, to, hash, words: words.map((entry, index) => ({ word: entry[0], bytes: encoded[index]!.length })) });
  }
  const plan = planChunks(old, options);
  // Names are SHA-1 of the CBOR, 7 hex digits, as Pagefind names them: a chunk left whole keeps
  // its name and file; no new chunk takes an old chunk's name.
  const kept = new Set(plan.chunks.filter((chunk) => chunk.start === 0 && chunk.end === old[chunk.source]!.words.length).map((chunk) => old[chunk.source]!.hash));
  const taken = new Set(old.map((chunk) => chunk.hash));
  const ranges: ChunkRange[] = [];
  for (const chunk of plan.chunks) {
    const source = old[chunk.source]!;
    if (chunk.start === 0 && chunk.end === source.words.length) {
      ranges.push({ from: chunk.from, to: chunk.to, hash: source.hash });
      totals.bytesAfter += sizes[chunk.source]!;
      continue;
    }
    const body = chunkBody(entries[chunk.source]!.slice(chunk.start, chunk.end));
    const hash = contentName(language, body, 7, taken);
    const file = pack(body);
    totals.bytesAfter += file.length;
    await writeNew(join(bundle, 'index', `${hash}.pf_index`), file);
    ranges.push({ from: chunk.from, to: chunk.to, hash });
  }
  for (const { hash } of old) if (!kept.has(hash)) await rm(join(bundle, 'index', `${hash}.pf_index`));
  // Each chunk's aliases right after it: the hash repeats within gzip's window and costs little.
  const aliasesOf = new Map<number, string[]>();
  for (const { term, chunk } of plan.aliases) aliasesOf.set(chunk, [...(aliasesOf.get(chunk) ?? []), term]);
  meta[2] = ranges.flatMap((range, index): [string, string, string][] => [
    [range.from, range.to, range.hash],
    ...(aliasesOf.get(index) ?? []).map((term): [string, string, string] => [term, term, range.hash]),
  ]);
  const metaBody = cbor.encode(meta);
  const newHash = contentName(language, metaBody, 10, new Set());
  const newMeta = pack(metaBody);
  await writeNew(join(bundle, `pagefind.${newHash}.pf_meta`), newMeta);
  if (newHash !== metaHash) await rm(metaPath);
  totals.chunksBefore += old.length;
  totals.chunksAfter += ranges.length;
  totals.aliases += plan.aliases.length;
  totals.metaBefore += metaFile.length;
  totals.metaAfter += newMeta.length;
  return newHash;
}

/** Re-chunks every language of the Pagefind bundle in `bundle` (a folder with `pagefind-entry.json`). */
export async function rechunkBundle(bundle: string, options: PlanOptions = { targetBytes: TARGET_BYTES }): Promise<Rechunked> {
  const totals: Rechunked = { chunksBefore: 0, chunksAfter: 0, aliases: 0, bytesBefore: 0, bytesAfter: 0, metaBefore: 0, metaAfter: 0 };
  const entryPath = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const [language, info] of Object.entries(entry.languages)) {
    info.hash = await rechunkLanguage(bundle, language, info.hash, options, totals);
  }
  await writeNew(entryPath, JSON.stringify(entry));
  return totals;
}
