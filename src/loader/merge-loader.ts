/**
 * The loader in a merge build (issue 12, `CABLE_MERGE=N`): no cable is read, annotated or
 * rendered, and the `cables` collection stays empty. Astro's data store keeps every entry in
 * memory, writes them to one file and bundles that file into the build as one string, all
 * growing with the corpus; the list pages take the corpus's listing from every shard's facts
 * instead (`mergedCorpus`, read once per process: each cable's site id as the shard jobs gave it,
 * its listing columns, and its page file, the `/cables/<ID>.json` its shard's build wrote). The
 * names and glossary pages read each cable as its page file holds it, made from the facts jobs'
 * annotations and the shards' links (`linkedMergedCables`), so they need no shard's pages.
 */
import { join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { caseCollisionMessage } from '../lib/id-aliases.ts';
import { fileURLToPath } from 'node:url';
import { cacheFolder } from './annotate-cache.ts';
import { linkedMergedCables, mergedCorpus, type ShardMode } from './shard-mode.ts';

/** `dir`: the cables folder (the annotations' cache folder is named by it). */
export async function loadMerged(context: LoaderContext, root: string, dir: string, mode: Extract<ShardMode, { kind: 'merge' }>): Promise<void> {
  const { store, logger } = context;
  const corpus = mergedCorpus(mode);
  const { cables, caseCollisions, skipped } = corpus;
  // The annotations the facts jobs cached, as the loader finds them (cables.ts).
  const annotatedDir = join(cacheFolder(fileURLToPath(context.config.cacheDir), root, dir, null), 'annotated');
  corpus.linkedCables = () => linkedMergedCables(mode, annotatedDir);
  // What a whole build warns of (cables.ts), across shards: each shard saw its own side only.
  for (const collision of caseCollisions) logger.warn(caseCollisionMessage(collision, (path) => relative(root, join(root, path))));
  // Entries an earlier build stored.
  store.clear();
  for (const { path, reason } of skipped) logger.warn(`skipped ${relative(root, join(root, path))}: ${reason}`);
  logger.info(`merge: ${cables.length} cables from ${mode.count} shards (${skipped.length} files left out)`);
}
