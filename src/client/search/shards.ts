/**
 * The search index in shards (issue 12): a site built in shards (scripts/build.ts --shard) has
 * one Pagefind index per shard under `/pagefind-shards/<k>/` and a stub primary bundle at
 * `/pagefind/` whose `shards.json` names them with the years each holds. Each shard's index is
 * merged into the primary (Pagefind's multisite `mergeIndex`: its entry and meta are loaded, the
 * wasm is shared) the first time a search needs it, so a search filtered by year loads only the
 * shards that hold those years; Pagefind searches every merged index and ranks the results
 * together. A whole build's `shards.json` is empty: the primary is the whole index.
 */
import type { Pagefind, SearchOptions } from './pagefind.ts';

/** One shard as scripts/shard/merge.ts writes it. */
interface Shard {
  path: string;
  years: string[];
}

/** The part of Pagefind's API that merges another index. */
interface Mergeable {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

/** The years a `year` filter allows (`2009`, or `{ any: [...] }` as state.ts writes it), or null for any. */
function yearsOf(filters: SearchOptions['filters']): Set<string> | null {
  const year = filters?.['year'];
  if (typeof year === 'string') return new Set([year]);
  if (year && typeof year === 'object' && 'any' in year && Array.isArray(year.any)) return new Set(year.any.map(String));
  return null;
}

/**
 * The search engine over every shard: `primary` (already given its options) when the site is
 * not sharded, else a wrapper that merges the shards a search needs before running it. The
 * merged indexes get the same `options` as the primary.
 */
export async function withShards(primary: Pagefind, base: string, options: Record<string, unknown>): Promise<Pagefind> {
  let shards: Shard[] = [];
  try {
    const response = await fetch(`${base}shards.json`);
    if (response.ok) shards = ((await response.json()) as { shards?: Shard[] }).shards ?? [];
  } catch {
    // No manifest: a site built before shards, searched as one index.
  }
  if (shards.length === 0) return primary;
  const { noWorker: _, basePath: __, ...indexOptions } = options;
  const merged = new Map<string, Promise<void>>();
  const load = (filters: SearchOptions['filters']): Promise<unknown> => {
    const years = yearsOf(filters);
    const needed = shards.filter((shard) => years === null || shard.years.some((year) => years.has(year)));
    return Promise.all(
      needed.map((shard) => {
        let loading = merged.get(shard.path);
        if (!loading) {
          loading = (primary as Pagefind & Mergeable).mergeIndex(shard.path, indexOptions);
          merged.set(shard.path, loading);
        }
        return loading;
      }),
    );
  };
  return {
    options: (more) => primary.options(more),
    // The primary's wasm and metadata; a shard's come with the first search that needs it.
    init: () => primary.init(),
    search: async (term, searchOptions) => {
      await load(searchOptions?.filters);
      return primary.search(term, searchOptions);
    },
    preload: async (term, searchOptions) => {
      await load(searchOptions?.filters);
      return primary.preload(term, searchOptions);
    },
  };
}
