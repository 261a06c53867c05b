/**
 * Whether a shard's build is up to date (issue 12): a digest of everything its pages depend on:
 * the site's code and config, SITE_URL, and its links (scripts/shard/link.ts), which name its
 * cables (with their content hashes) and everything they take from the other shards (which
 * references are on the site, who cites them, their names' site names, which of their tags have
 * a Pagefind filter of their own over the corpus). A cable changed in another shard redoes this
 * shard only when it changes one of those.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShardSpec } from '../../src/lib/shards.ts';
import { linksPath } from '../../src/loader/shard-mode.ts';

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
