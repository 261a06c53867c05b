/**
 * The sitemap of a sharded build (issue 12): the merge (`CABLE_MERGE`) generates the list pages
 * only, so @astrojs/sitemap, which lists the pages of its own build, would leave out every reader
 * page the shard jobs wrote. These are their URLs, from every shard's facts under the site ids the
 * shards gave them, for the sitemap's `customPages`: the merged sitemap lists what a whole build's
 * does. Empty in a whole or shard build.
 */
import { mergedCorpus, shardMode } from '../loader/shard-mode.ts';

/** `/cables/<ID>/` of every cable of every shard, as absolute URLs under `site`. */
export function shardReaderPages(site: string): string[] {
  const mode = shardMode(process.cwd());
  if (mode.kind !== 'merge') return [];
  // As @astrojs/sitemap makes a page's URL: its path from the site's root.
  return mergedCorpus(mode).cables.map(({ id }) => new URL(`/cables/${id}/`, site).href);
}
