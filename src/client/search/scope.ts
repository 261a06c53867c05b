/**
 * Which shards a search on a sharded site merges (issue 12). The merge writes a word → shards
 * table (src/lib/word-table.ts): a search looks up its words' bucket (one small file a word) and
 * merges only shards holding every word. Without a year filter or `sort=date`, it then searches
 * the newest of those first: enough shards for a first screen of results (FIRST_SCREEN cables, at
 * most FIRST_SHARDS shards: each costs its Pagefind meta, ≈ 21 KB gzip for 3,125 cables), and the
 * page offers the older ones a step at a time (`scope=N`: the newest N shards holding the words;
 * `scope=all`: every one). A step merges only the shards it adds.
 */
import { bucketsForWord, shardsForQuery, shardsForWord, type Bucket, type WordTableInfo } from '../../lib/word-table.ts';

/** One shard as scripts/shard/assemble.ts writes it into shards.json. */
export interface ShardInfo {
  path: string;
  /** The years its cables are dated, sorted (`undated` last when some have no date). */
  years: string[];
  cables: number;
  /** Its fragments' folder: a result's id starts with it. */
  prefix?: string;
}

export interface Manifest {
  shards: ShardInfo[];
  words?: WordTableInfo;
}

/** How far back a search reaches: the first step, the newest N shards holding its words, or all of them. */
export type ScopeRequest = 'first' | number | 'all';

/** Results (cables) a first screen needs: a longer list starts with the best few (main.ts). */
export const FIRST_SCREEN = 10;
/** The most shards a first step merges (≈ 4 × 25 KB with their word chunks: docs/search.md). */
export const FIRST_SHARDS = 4;
/** Shards each further step adds. */
export const STEP_SHARDS = 4;

/** What a scoped search searched, for the page's scope line. */
export interface ScopeSummary {
  /** Shards searched and shards holding the words (or every shard, when the table cannot tell: `narrowed` false). */
  searched: number;
  holding: number;
  narrowed: boolean;
  /** Years of the searched shards' cables, and of the next step's. */
  years: string[];
  nextYears: string[];
  /** Whether a shard not searched holds the words in one of `years` too (a year split across shards). */
  partial: boolean;
  /** `scope=` of the next step, or null when every shard holding the words was searched. */
  next: number | null;
}

export interface ScopePlan {
  /** Shards to merge and search (indexes into the manifest). */
  shards: number[];
  summary: ScopeSummary | null;
}

/** The years of some shards, sorted, `undated` left out. */
function yearsOf(shards: readonly ShardInfo[]): string[] {
  return [...new Set(shards.flatMap((shard) => shard.years))].filter((year) => year !== 'undated').sort();
}

/**
 * The shards a search merges. `holding` (shard → pages, from the table; null: unknown) narrows
 * them; `years` (a year filter) too. A request of null (a year filter, `sort=date`, a filter-only
 * search) searches every shard left; otherwise the newest first, as `request` says.
 */
export function planScope(manifest: Manifest, holding: Map<number, number> | null, years: Set<string> | null, request: ScopeRequest | null): ScopePlan {
  const eligible = manifest.shards
    .map((_, index) => index)
    .filter((index) => holding === null || holding.has(index))
    .filter((index) => years === null || manifest.shards[index]!.years.some((year) => years.has(year)))
    // Shards are cut by year, oldest first (src/lib/shards.ts): the newest first.
    .reverse();
  if (request === null || years !== null) return { shards: eligible, summary: null };
  let count = eligible.length;
  if (request === 'first') {
    count = 0;
    let pages = 0;
    // Unknown counts (no table, or words it cannot look up): one shard, the newest.
    const limit = holding === null ? 1 : FIRST_SHARDS;
    while (count < eligible.length && count < limit && pages < FIRST_SCREEN) {
      pages += holding?.get(eligible[count]!) ?? 0;
      count += 1;
    }
  } else if (request !== 'all') count = Math.min(Math.max(1, request), eligible.length);
  const shards = eligible.slice(0, count);
  const nextCount = Math.min(count + STEP_SHARDS, eligible.length);
  const pick = (indexes: number[]) => indexes.map((index) => manifest.shards[index]!);
  return {
    shards,
    summary: {
      searched: count,
      holding: eligible.length,
      narrowed: holding !== null,
      years: yearsOf(pick(shards)),
      nextYears: yearsOf(pick(eligible.slice(count, nextCount))),
      partial: yearsOf(pick(eligible.slice(count))).some((year) => yearsOf(pick(shards)).includes(year)),
      next: count < eligible.length ? nextCount : null,
    },
  };
}

/** The table's buckets, fetched once each, from the site's `/pagefind/words/`. */
export class WordLookup {
  private readonly loaded = new Map<number, Promise<Bucket>>();
  private readonly info: WordTableInfo | undefined;

  constructor(info: WordTableInfo | undefined) {
    this.info = info;
  }

  private bucket(index: number): Promise<Bucket> {
    let loading = this.loaded.get(index);
    if (!loading) {
      loading = fetch(`${this.info!.path}${index}.json`).then((response) => (response.ok ? (response.json() as Promise<Bucket>) : {}));
      this.loaded.set(index, loading);
    }
    return loading;
  }

  /** The shards holding every word of `query` (null: the table cannot tell). */
  async shardsFor(query: string): Promise<Map<number, number> | null> {
    const info = this.info;
    if (!info || info.buckets < 1) return null;
    const words = query.split(/\s+/).filter(Boolean);
    const perWord = await Promise.all(
      words.map(async (word) => {
        const buckets = await Promise.all(bucketsForWord(word, info.buckets).map((index) => this.bucket(index)));
        return shardsForWord(buckets, word);
      }),
    );
    return shardsForQuery(perWord);
  }
}
