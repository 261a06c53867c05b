/**
 * The loader in a merge build (issue 12, `CABLE_MERGE=N`): no cable is read, annotated or
 * rendered, and the `cables` collection stays empty. Astro's data store keeps every entry in
 * memory, writes them to one file and bundles that file into the build as one string, all
 * growing with the corpus; the list pages take the corpus's listing from every shard's facts
 * instead (`mergedCorpus`, read once per process: each cable's site id as the shard jobs gave it,
 * its listing columns, and its page file, the `/cables/<ID>.json` its shard's build wrote).
 */
import { join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { caseCollisionMessage } from '../lib/id-aliases.ts';
import { mergedCorpus, type ShardMode } from './shard-mode.ts';

export async function loadMerged(context: LoaderContext, root: string, mode: Extract<ShardMode, { kind: 'merge' }>): Promise<void> {
  const { store, logger } = context;
  const { cables, caseCollisions, skipped } = mergedCorpus(mode);
  // What a whole build warns of (cables.ts), across shards: each shard saw its own side only.
  for (const collision of caseCollisions) logger.warn(caseCollisionMessage(collision, (path) => relative(root, join(root, path))));
  // Entries an earlier build stored.
  store.clear();
  for (const { path, reason } of skipped) logger.warn(`skipped ${relative(root, join(root, path))}: ${reason}`);
  logger.info(`merge: ${cables.length} cables from ${mode.count} shards (${skipped.length} files left out)`);
}
