/**
 * Re-chunks the word index of a Pagefind 1.6 bundle into smaller chunks after Pagefind wrote it
 * (issues 9 and 12: a follow-up search loads the word's chunk, 12–16 KB gzip as Pagefind cuts
 * them, per shard). The plan (which words go together, the meta's ranges) is
 * src/lib/pagefind-chunks.ts; this module reads and writes the files (their format:
 * pagefind-files.ts). An index chunk is `[words]`, a word `[word, pages, variants]` whose postings
 * are kept as they are (page numbers are deltas within the word, so a word moves between chunks
 * unchanged).
 *
 * New chunks and the new meta are named by the SHA-1 of their CBOR, as Pagefind names them; the old
 * chunks and meta are removed and the entry is rewritten. Runs before the short names
 * (pagefind-names.ts) and the Zopfli step (which recompresses the meta it finds). Every word's
 * entry is moved as the bytes Pagefind wrote; a chunk that is not `[words]` as this module writes
 * it (a new Pagefind format) throws before anything is written, which stops the build.
 */
import { readFile, rm } from 'node:fs/promises';
import { planChunks, type ChunkRange, type OldChunk, type PlanOptions, type PlannedChunk } from '../lib/pagefind-chunks.ts';
import { CborReader, chunkPath, contentName, metaPath, pack, readEntry, readMeta, unpack, writeEntry, writeMeta, writeNew } from './pagefind-files.ts';

/** Target size of a chunk's words before compression (measured: docs/benchmarks.md, "smaller index chunks"). */
export const TARGET_BYTES = 8_000;

export interface Rechunked {
  chunksBefore: number;
  chunksAfter: number;
  aliases: number;
  bytesBefore: number;
  bytesAfter: number;
  metaBefore: number;
  metaAfter: number;
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

/**
 * An index chunk's words, and each word's entry as the bytes Pagefind wrote (sliced from the
 * chunk, not encoded again): a chunk of these bytes holds every posting unchanged. Throws when the
 * chunk is not `[words]` as chunkBody writes it (a new Pagefind format would not be).
 */
function wordEntries(body: Buffer, path: string): { words: string[]; encoded: Buffer[] } {
  const reader = new CborReader(body);
  if (reader.arrayHead() !== 1) throw new Error(`${path}: not a Pagefind 1.6 index chunk`);
  const count = reader.arrayHead();
  const words: string[] = [];
  const encoded: Buffer[] = [];
  for (let word = 0; word < count; word += 1) {
    const start = reader.at;
    // An entry is `[word, pages, ...]`: the word, then the rest passed over.
    const fields = reader.arrayHead();
    words.push(reader.text());
    for (let field = 1; field < fields; field += 1) reader.skip();
    encoded.push(body.subarray(start, reader.at));
  }
  if (!reader.done || !chunkBody(encoded).equals(body)) throw new Error(`${path}: the chunk's heads are not as chunkBody writes them`);
  return { words, encoded };
}

/** Whether the plan keeps a chunk of Pagefind's whole (then its file and name stay). */
function leftWhole(chunk: PlannedChunk, old: readonly OldChunk[]): boolean {
  return chunk.start === 0 && chunk.end === old[chunk.source]!.words.length;
}

/** Re-chunks one language of a bundle in place. */
async function rechunkLanguage(bundle: string, language: string, metaHash: string, options: PlanOptions, totals: Rechunked): Promise<string> {
  const { meta, file: metaFile } = await readMeta(bundle, metaHash);
  const entries: Buffer[][] = [];
  const sizes: number[] = [];
  const old: OldChunk[] = [];
  for (const [from, to, hash] of meta[2]) {
    const path = chunkPath(bundle, hash);
    const file = await readFile(path);
    totals.bytesBefore += file.length;
    sizes.push(file.length);
    const body = unpack(file, path);
    const { words, encoded } = wordEntries(body, path);
    entries.push(encoded);
    old.push({ from, to, hash, words: words.map((word, index) => ({ word, bytes: encoded[index]!.length })) });
  }
  const plan = planChunks(old, options);
  // Names are SHA-1 of the CBOR, 7 hex digits, as Pagefind names them: a chunk left whole keeps
  // its name and file; no new chunk takes an old chunk's name.
  const taken = new Set(old.map((chunk) => chunk.hash));
  const ranges: ChunkRange[] = [];
  for (const chunk of plan.chunks) {
    const source = old[chunk.source]!;
    if (leftWhole(chunk, old)) {
      ranges.push({ from: chunk.from, to: chunk.to, hash: source.hash });
      totals.bytesAfter += sizes[chunk.source]!;
      continue;
    }
    const body = chunkBody(entries[chunk.source]!.slice(chunk.start, chunk.end));
    const hash = contentName(language, body, 7, taken);
    const file = pack(body);
    totals.bytesAfter += file.length;
    await writeNew(chunkPath(bundle, hash), file);
    ranges.push({ from: chunk.from, to: chunk.to, hash });
  }
  const kept = new Set(plan.chunks.filter((chunk) => leftWhole(chunk, old)).map((chunk) => old[chunk.source]!.hash));
  for (const { hash } of old) if (!kept.has(hash)) await rm(chunkPath(bundle, hash));
  // Each chunk's aliases right after it: the hash repeats within gzip's window and costs little.
  const aliasesOf = new Map<number, string[]>();
  for (const { term, chunk } of plan.aliases) aliasesOf.set(chunk, [...(aliasesOf.get(chunk) ?? []), term]);
  meta[2] = ranges.flatMap((range, index): [string, string, string][] => [
    [range.from, range.to, range.hash],
    ...(aliasesOf.get(index) ?? []).map((term): [string, string, string] => [term, term, range.hash]),
  ]);
  const written = await writeMeta(bundle, language, meta);
  if (written.hash !== metaHash) await rm(metaPath(bundle, metaHash));
  totals.chunksBefore += old.length;
  totals.chunksAfter += ranges.length;
  totals.aliases += plan.aliases.length;
  totals.metaBefore += metaFile.length;
  totals.metaAfter += written.file.length;
  return written.hash;
}

/** Re-chunks every language of the Pagefind bundle in `bundle` (a folder with `pagefind-entry.json`). */
export async function rechunkBundle(bundle: string, options: PlanOptions = { targetBytes: TARGET_BYTES }): Promise<Rechunked> {
  const totals: Rechunked = { chunksBefore: 0, chunksAfter: 0, aliases: 0, bytesBefore: 0, bytesAfter: 0, metaBefore: 0, metaAfter: 0 };
  const entry = await readEntry(bundle);
  for (const [language, info] of Object.entries(entry.languages)) {
    info.hash = await rechunkLanguage(bundle, language, info.hash, options, totals);
  }
  await writeEntry(bundle, entry);
  return totals;
}
