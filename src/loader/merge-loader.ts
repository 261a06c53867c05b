/**
 * The loader in a merge build (issue 12, `CABLE_MERGE=N`): no cable is read, annotated or
 * rendered. Every shard's facts give each cable its site id (as the shard jobs gave it) and its
 * listing columns; the store entry's page file is the cable's `/cables/<ID>.json` written by its
 * shard's build, which the list pages (names, glossary, "did you mean") read one at a time.
 */
import { join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { caseCollisionMessage } from '../lib/id-aliases.ts';
import { corpusListing, shardDist, type ShardMode } from './shard-mode.ts';

export async function loadMerged(context: LoaderContext, root: string, mode: Extract<ShardMode, { kind: 'merge' }>): Promise<void> {
  const { store, logger } = context;
  const ids = new Set<string>();
  const { cables, caseCollisions, skipped } = corpusListing(mode.work, mode.count);
  // What a whole build warns of (cables.ts), across shards: each shard saw its own side only.
  for (const collision of caseCollisions) logger.warn(caseCollisionMessage(collision, (path) => relative(root, join(root, path))));
  for (const { id, shard, listing } of cables) {
    const page = join(shardDist(mode.work, shard), 'cables', `${id}.json`);
    const data = await context.parseData({ id, data: { id, ...listing, page } });
    store.set({ id, data, filePath: listing.file, digest: context.generateDigest(JSON.stringify(data)) });
    ids.add(id);
  }
  for (const id of store.keys()) {
    if (!ids.has(id)) store.delete(id);
  }
  for (const { path, reason } of skipped) logger.warn(`skipped ${relative(root, join(root, path))}: ${reason}`);
  logger.info(`merge: ${ids.size} cables from ${mode.count} shards (${skipped.length} files left out)`);
}
