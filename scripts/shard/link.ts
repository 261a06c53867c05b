/**
 * The link stage of a sharded build (issue 12; docs/whole-release.md): after every shard's facts
 * job, one job reads every shard's facts, one shard's file at a time, and writes for each shard
 * `<work>/links/k-of-N.json` (`ShardLinks`): only what its cables take from the corpus (their site
 * ids, which of their references are on the site, who cites them, their names' site names, which
 * of their tags have a Pagefind filter of their own). A pages job then reads its links, not every
 * shard's facts.
 *
 * Its memory grows with the corpus, as `linkSite` over the corpus needs: every cable's id,
 * subject, date, references and names, and its listing columns for the tag counts. Name facts
 * equal in several cables are kept once (names are most of the facts, and cables repeat them).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { facetGroups } from '../../src/lib/browse.ts';
import { hasOwnTagFilter } from '../../src/lib/facet-values.ts';
import type { EntityFacts } from '../../src/lib/names/site.ts';
import type { ShardSpec } from '../../src/lib/shards.ts';
import { linkSite, type FileFacts } from '../../src/lib/site-cables.ts';
import { digestOfFacts, factsPath, linksPath, requireFacts, type Listing, type ShardFacts, type ShardLinks } from '../../src/loader/shard-mode.ts';

/** One cable as the link stage keeps it. */
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

/** Reads every shard's facts, one file at a time: the cables as `Kept`, and each file's digest. */
function readCorpus(work: string, count: number): { kept: Kept[]; digests: string[] } {
  const kept: Kept[] = [];
  const digests: string[] = [];
  // One object per distinct name fact: `linkSite` only reads them.
  const shared = new Map<string, EntityFacts>();
  const share = (entity: EntityFacts): EntityFacts => {
    const key = JSON.stringify(entity);
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, entity);
    return entity;
  };
  for (let index = 1; index <= count; index += 1) {
    const bytes = readFileSync(factsPath(work, { index, count }));
    digests.push(digestOfFacts(bytes));
    const { cables } = JSON.parse(bytes.toString('utf8')) as ShardFacts;
    for (const { path, contentHash, facts, listing } of cables) {
      kept.push({ path, shard: index, contentHash, listing, facts: { ...facts, entities: facts.entities.map(share) } });
    }
  }
  return { kept, digests };
}

const sorted = <T>(values: Iterable<T>): T[] => [...new Set(values)].sort();

/** Writes every shard's links from every shard's facts (which must all be there). */
export function writeShardLinks(work: string, count: number): LinkResult {
  requireFacts(work, count);
  const { kept, digests } = readCorpus(work, count);
  const { idOf, duplicates, caseCollisions, links } = linkSite(kept);
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
      names: sorted(own.flatMap((cable) => cable.facts.entities.map((entity) => entity.slug))).flatMap((slug) => {
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
