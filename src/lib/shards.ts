/**
 * Shards of a large build (issue 12): which cable files a shard job builds. The key is stable per
 * file and needs no parsing: the year its Cablegate reference id starts with (`04AMMAN1288.txt` →
 * 2004; a file without one sorts first), then a hash of its path inside the cables folder. Files
 * sorted by key are cut into `count` runs of equal size, so each shard holds a few neighbouring
 * years (a year filter touches few shards) and a changed cable stays in its shard.
 */
import { createHash } from 'node:crypto';

/** One shard of `count`, numbered from 1 (`--shard 3/8`). */
export interface ShardSpec {
  index: number;
  count: number;
}

/** `3/8` → shard 3 of 8. */
const SHARD_SPEC = /^(?<index>\d+)\/(?<count>\d+)$/;

/** Reads `k/N` (1 ≤ k ≤ N), or throws with what is wrong. */
export function parseShardSpec(text: string): ShardSpec {
  const groups = SHARD_SPEC.exec(text.trim())?.groups;
  const index = Number(groups?.['index']);
  const count = Number(groups?.['count']);
  if (!groups || index < 1 || count < 1 || index > count) throw new Error(`not a shard: "${text}" (write k/N with 1 ≤ k ≤ N, e.g. 3/8)`);
  return { index, count };
}

/** The two-digit year a Cablegate file name starts with (`04AMMAN1288.txt`). */
const ID_YEAR = /^(?<yy>\d{2})[A-Z]/;

/** The year a file's name gives (reference ids of 1966–2010: `66…` is 1966, `04…` 2004), or null. */
export function fileYear(relativePath: string): number | null {
  const name = relativePath.split(/[\\/]/).at(-1) ?? '';
  const yy = ID_YEAR.exec(name)?.groups?.['yy'];
  if (yy === undefined) return null;
  const year = Number(yy);
  return year >= 50 ? 1900 + year : 2000 + year;
}

/** The sort key of a file (paths relative to the cables folder, with `/`). */
function shardKey(relativePath: string): string {
  const year = fileYear(relativePath);
  return `${year === null ? '0000' : String(year)}:${createHash('sha256').update(relativePath).digest('hex').slice(0, 16)}`;
}

/**
 * The files of each shard, in `count` runs of equal size (±1) over the files sorted by key;
 * each run keeps the input's order. `files` are paths relative to the cables folder.
 */
export function planShards(files: readonly string[], count: number): string[][] {
  const keyed = files.map((file) => ({ file, key: shardKey(file.replaceAll('\\', '/')) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shards: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    const from = Math.floor((index * keyed.length) / count);
    const to = Math.floor(((index + 1) * keyed.length) / count);
    const inShard = new Set(keyed.slice(from, to).map(({ file }) => file));
    shards.push(files.filter((file) => inShard.has(file)));
  }
  return shards;
}

/**
 * Where a merge build keeps the corpus's listing for its list pages (src/loader/shard-mode.ts,
 * `mergedCorpus`, fills it; src/site/browse-data.ts reads it): on `globalThis`, because the loader
 * and the config run from one copy of the modules and the pages from Astro's prerender bundle,
 * another copy in the same process. A merge keeps no `cables` collection (docs/whole-release.md).
 */
export const MERGED_CORPUS = Symbol.for('cable-reader.merged-corpus');
