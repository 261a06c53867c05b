/**
 * The word → shards table of a merged site (issue 12; the format and the lookup:
 * src/lib/word-table.ts): every stem of every shard's Pagefind index with the shards holding it
 * and their page counts, written as buckets under `/pagefind/words/<n>.json`. Read from the
 * shards' index chunks (src/integrations/pagefind-files.ts), one chunk at a time.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WordTableBuilder, type WordTableInfo } from '../../src/lib/word-table.ts';
import { cbor, chunkPath, readEntry, readMeta, unpack } from '../../src/integrations/pagefind-files.ts';

/** JSON bytes of a bucket before gzip (≈ 1.5–3 KB gzip at 50,000 cables; a search loads one to four: docs/search.md). */
export const BUCKET_BYTES = 8_000;
/** Where the buckets are, from the site root. */
export const WORDS_PATH = '/pagefind/words/';

/** A word entry of an index chunk: `[stem, pages, …]`. */
type WordEntry = [string, unknown[], ...unknown[]];

/** One shard's stems and their page counts, in the order its index chunks hold them. */
export type ShardWords = [stem: string, pages: number][];

/** One shard bundle's stems, read from its index chunks one at a time (a build reads them as the shard's pages job ends: scripts/shard/assemble.ts). */
export async function readShardWords(bundle: string): Promise<ShardWords> {
  const stems: ShardWords = [];
  const entry = await readEntry(bundle);
  for (const { hash } of Object.values(entry.languages)) {
    const { meta } = await readMeta(bundle, hash);
    const seen = new Set<string>();
    for (const [, , name] of meta[2]) {
      if (seen.has(name)) continue;
      seen.add(name);
      const path = chunkPath(bundle, name);
      const [words] = cbor.decode(unpack(readFileSync(path), path)) as [WordEntry[]];
      for (const [stem, pages] of words) stems.push([stem, pages.length]);
    }
  }
  return stems;
}

/** Writes the table of the shards' stems (in shards.json's order) into `<outDir>/pagefind/words/`. */
export function writeWords(outDir: string, shards: readonly ShardWords[]): WordTableInfo & { stems: number; bytes: number } {
  const table = new WordTableBuilder();
  for (const [shard, stems] of shards.entries()) for (const [stem, pages] of stems) table.add(shard, stem, pages);
  const folder = join(outDir, WORDS_PATH);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const buckets = table.buckets(BUCKET_BYTES);
  let bytes = 0;
  for (const [index, bucket] of buckets.entries()) {
    const text = JSON.stringify(bucket);
    bytes += text.length;
    writeFileSync(join(folder, `${index}.json`), text);
  }
  return { path: WORDS_PATH, buckets: buckets.length, stems: table.size, bytes };
}

/** Writes the table of the shard bundles (folders, in shards.json's order) into `<outDir>/pagefind/words/`. */
export async function writeWordTable(outDir: string, bundles: readonly string[]): Promise<WordTableInfo & { stems: number; bytes: number }> {
  const shards: ShardWords[] = [];
  for (const bundle of bundles) shards.push(await readShardWords(bundle));
  return writeWords(outDir, shards);
}
