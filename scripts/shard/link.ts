/**
 * The link stage of a sharded build (issue 12; docs/whole-release.md): after every shard's facts
 * job, one job reads every shard's facts, one shard's file at a time, and writes for each shard
 * `<work>/links/k-of-N.json` (`ShardLinks`): only what its cables take from the corpus (their site
 * ids, which of their references are on the site, who cites them, their names' site names, which
 * of their tags have a Pagefind filter of their own). A pages job then reads its links, not every
 * shard's facts.
 *
 * It reads every shard's facts once, one file at a time: the names are counted as they are read
 * (`SiteNameCounts`: what the name rules need per distinct slug, not per cable), each cable keeps
 * its id, subject, date, references and listing columns (site ids, "Cited by", the tag counts),
 * and each shard the slugs its cables name (for its links' site names; reading the files again
 * for them cost ≈ 2 CPU s at 50,000 cables). So its memory grows with the corpus by what a cable
 * keeps besides its names, with each shard's distinct slugs, and with the vocabulary
 * (docs/whole-release.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { facetGroups } from '../../src/lib/browse.ts';
import { hasOwnTagFilter } from '../../src/lib/facet-values.ts';
import { postOfId, SiteNameCounts, type EntityFacts, type SiteName } from '../../src/lib/names/site.ts';
import type { ShardSpec } from '../../src/lib/shards.ts';
import { linkSite, type FileFacts } from '../../src/lib/site-cables.ts';
import { digestOfFacts, factsPath, linksPath, requireFacts, type Listing, type ShardFacts, type ShardLinks } from '../../src/loader/shard-mode.ts';

/** One cable as the link stage keeps it: its facts without their names (counted apart). */
interface Kept extends FileFacts {
  shard: number;
  contentHash: string;
  listing: Listing;
}

export interface LinkResult {
  cables: number;
  /** Bytes of every shard's links written. */
  bytes: number;
}

/** Shard k's facts file: its bytes' digest, and its cables. */
function readFacts(work: string, shard: ShardSpec): { digest: string; cables: ShardFacts['cables'] } {
  const bytes = readFileSync(factsPath(work, shard));
  return { digest: digestOfFacts(bytes), cables: (JSON.parse(bytes.toString('utf8')) as ShardFacts).cables };
}

const sorted = <T>(values: Iterable<T>): T[] => [...new Set(values)].sort();

/** Between a shard's slugs kept as one string (a slug is a URL path segment: no line breaks). */
const SLUG_SEPARATOR = '\n';

/** A kept cable's names: none, one array for all (`linkSite` only reads it). */
const NO_NAMES: readonly EntityFacts[] = [];

/**
 * Reads every shard's facts, one file at a time: the cables as `Kept`, the site names (the counts
 * are let go once settled: they are most of the memory when names repeat little), each shard's
 * slugs (sorted) and each file's digest.
 */
function readCorpus(work: string, count: number): { kept: Kept[]; names: Map<string, SiteName>; slugs: string[]; digests: string[] } {
  const kept: Kept[] = [];
  const names = new SiteNameCounts();
  const slugs: string[] = [];
  const digests: string[] = [];
  for (let index = 1; index <= count; index += 1) {
    const { digest, cables } = readFacts(work, { index, count });
    digests.push(digest);
    const shardSlugs = new Set<string>();
    for (const { path, contentHash, facts, listing } of cables) {
      for (const entity of facts.entities) {
        names.add(entity, postOfId(facts.id));
        shardSlugs.add(entity.slug);
      }
      kept.push({ path, shard: index, contentHash, listing, facts: { ...facts, entities: NO_NAMES as EntityFacts[] } });
    }
    // One string a shard, not a string a slug: ≈ half the heap where names repeat little (251,287 simulated cables: 6.2 million slugs).
    slugs.push(sorted(shardSlugs).join(SLUG_SEPARATOR));
  }
  return { kept, names: names.siteNames(), slugs, digests };
}

/** Writes every shard's links from every shard's facts (which must all be there). */
export function writeShardLinks(work: string, count: number): LinkResult {
  requireFacts(work, count);
  const { kept, names, slugs, digests } = readCorpus(work, count);
  const { idOf, duplicates, caseCollisions, links } = linkSite(kept, names);
  const siteId = (cable: Kept): string => idOf.get(cable.path) ?? cable.facts.id;
  // Tags counted as a whole build counts them (its listings' groups), over the corpus.
  const tags = facetGroups(kept.map((cable) => ({ id: siteId(cable), ...cable.listing })), 'tag');
  const ownFilters = new Set(tags.filter((group) => hasOwnTagFilter(group.cables.length, kept.length)).map((group) => group.name));

  let bytes = 0;
  for (let index = 1; index <= count; index += 1) {
    const shard: ShardSpec = { index, count };
    const own = kept.filter((cable) => cable.shard === index);
    const paths = new Set(own.map((cable) => cable.path));
    const ids = own.map(siteId);
    const out: ShardLinks = {
      shard,
      facts: digests,
      cables: own.map((cable) => ({ path: cable.path, contentHash: cable.contentHash, id: siteId(cable) })),
      inSite: sorted(own.flatMap((cable) => cable.facts.annotations.references.flatMap((reference) => (reference.referenceId !== null && links.ids.has(reference.referenceId) ? [reference.referenceId] : [])))),
      citedBy: sorted(ids).flatMap((id) => {
        const citing = links.citedBy.get(id);
        return citing ? [[id, citing] as [string, typeof citing]] : [];
      }),
      names: slugs[index - 1]!.split(SLUG_SEPARATOR).flatMap((slug) => {
        const name = links.names.get(slug);
        return name ? [[slug, name] as [string, typeof name]] : [];
      }),
      ownFilterTags: sorted(own.flatMap((cable) => cable.listing.facets.tags)).filter((tag) => ownFilters.has(tag)),
      duplicates: duplicates.filter((duplicate) => paths.has(duplicate.path)),
      caseCollisions: caseCollisions.filter((collision) => collision.cables.some((cable) => paths.has(cable.path))),
    };
    const path = linksPath(work, shard);
    mkdirSync(dirname(path), { recursive: true });
    const text = JSON.stringify(out);
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  }
  return { cables: kept.length, bytes };
}
