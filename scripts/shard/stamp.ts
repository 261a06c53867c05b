/**
 * Whether a shard's build is up to date (issue 12): a digest of everything its pages depend on:
 * the site's code and config, SITE_URL, and its links (scripts/shard/link.ts), which name its
 * cables (with their content hashes) and everything they take from the other shards (which
 * references are on the site, who cites them, their names' site names, which of their tags have
 * a Pagefind filter of their own over the corpus). A cable changed in another shard redoes this
 * shard only when it changes one of those.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShardSpec } from '../../src/lib/shards.ts';
import { factsDigest, linksPath, shardDist } from '../../src/loader/shard-mode.ts';

/** What the site's output depends on besides the cables. */
const CODE = ['src', 'data', 'public', 'astro.config.mjs', 'package-lock.json'];

function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  const full = join(root, path);
  if (!existsSync(full)) return;
  if (!full.endsWith('.mjs') && !full.endsWith('.json')) {
    for (const name of readdirSync(full, { recursive: true, encoding: 'utf8' }).sort()) {
      const file = join(full, name);
      try {
        hash.update(name).update(readFileSync(file));
      } catch {
        // a folder
      }
    }
    return;
  }
  hash.update(path).update(readFileSync(full));
}

export function shardStamp(root: string, work: string, shard: ShardSpec): string {
  const hash = createHash('sha256');
  for (const path of CODE) hashTree(hash, root, path);
  hash.update(`\0SITE_URL=${process.env['SITE_URL'] ?? ''}\0`);
  // The links less the digests of the facts they came from: a change elsewhere that gives the same links is no change.
  const { facts: _, ...links } = JSON.parse(readFileSync(linksPath(work, shard), 'utf8')) as Record<string, unknown>;
  hash.update(JSON.stringify(links));
  return hash.digest('hex');
}

/**
 * What `<work>/dist/<k>.stamp` holds once shard k's pages are built: the stamp they were built
 * under, and the digest of the shard's facts they go with (the merge lists the cables from the
 * facts and links in the pages: both must be of one corpus and one shard count).
 */
export interface StampRecord {
  stamp: string;
  facts: string;
}

export const stampFile = (work: string, index: number): string => `${shardDist(work, index)}.stamp`;

/** Shard k's record, or null when it has none (never built, or the build failed). */
export function readStampRecord(work: string, index: number): StampRecord | null {
  const file = stampFile(work, index);
  if (!existsSync(file)) return null;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<StampRecord>;
    return typeof record.stamp === 'string' && typeof record.facts === 'string' ? { stamp: record.stamp, facts: record.facts } : null;
  } catch {
    return null;
  }
}

/** Records shard k's pages as built under `stamp` for its facts now in the work folder. */
export function writeStampRecord(work: string, shard: ShardSpec, stamp: string): void {
  const record: StampRecord = { stamp, facts: factsDigest(work, shard) };
  writeFileSync(stampFile(work, shard.index), JSON.stringify(record));
}

/**
 * Why shard k's pages in the work folder cannot be merged with the facts there now (not built,
 * or built for other facts: another cables folder, shard count or an edit since), or null.
 */
export function unmergeable(work: string, shard: ShardSpec): string | null {
  const record = readStampRecord(work, shard.index);
  if (record === null || !existsSync(shardDist(work, shard.index))) return `shard ${shard.index}/${shard.count} not built`;
  if (record.facts !== factsDigest(work, shard)) return `shard ${shard.index}/${shard.count}'s pages were built from other facts than ${shard.index}-of-${shard.count}.json's`;
  return null;
}
