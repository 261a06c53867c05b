/**
 * Whether a shard's build is up to date (issue 12): a digest of everything its pages depend on:
 * the site's code and config, SITE_URL, its own cables (content hashes) and what its cables
 * take from the other shards (which references are on the site, who cites them, their names'
 * site names, which of their tags have a Pagefind filter of their own over the corpus). A cable changed in another shard redoes this shard only when it changes one of
 * those links.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkSite } from '../../src/lib/site-cables.ts';
import { corpusOwnFilterTags } from '../../src/loader/corpus-tags.ts';
import type { ShardFacts } from '../../src/loader/shard-mode.ts';

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

export function shardStamp(root: string, all: ShardFacts[], index: number): string {
  const hash = createHash('sha256');
  for (const path of CODE) hashTree(hash, root, path);
  hash.update(`\0SITE_URL=${process.env['SITE_URL'] ?? ''}\0`);
  const { idOf, links } = linkSite(all.flatMap((facts) => facts.cables.map(({ path, facts: cableFacts }) => ({ path, facts: cableFacts }))));
  const ownFilters = corpusOwnFilterTags(all, idOf);
  const own = all.find((facts) => facts.shard.index === index);
  for (const { path, contentHash, facts, listing } of own?.cables ?? []) {
    const id = idOf.get(path) ?? facts.id;
    hash.update(JSON.stringify([
      path,
      contentHash,
      id,
      facts.annotations.references.map((reference) => reference.referenceId !== null && links.ids.has(reference.referenceId)),
      links.citedBy.get(id) ?? [],
      facts.entities.map((entity) => links.names.get(entity.slug)),
      listing.facets.tags.map((tag) => ownFilters.has(tag)),
    ]));
  }
  return hash.digest('hex');
}
