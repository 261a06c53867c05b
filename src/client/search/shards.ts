/**
 * The search index in shards (issue 12): a site built in shards (scripts/build.ts --shard) has
 * one Pagefind index per shard under `/pagefind-shards/<k>/` and a stub primary bundle at
 * `/pagefind/` whose `shards.json` names them (years, cables, fragment prefix) and the word →
 * shards table. A search merges into the primary (Pagefind's multisite `mergeIndex`: a shard's
 * entry and meta are loaded, the wasm is shared) only the shards scope.ts chooses: those holding
 * its words, within its year filter, and without one the newest first, step by step as the
 * reader asks (`scope`). Pagefind searches every merged index and ranks the results together; the
 * results of merged shards outside the search's scope are left out by their id's prefix. A whole
 * build's `shards.json` is empty: the primary is the whole index.
 */
import type { Pagefind, Search, SearchOptions } from './pagefind.ts';
import { planScope, WordLookup, type Manifest, type ScopePlan } from './scope.ts';

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

/** The site's manifest, or none (a whole build, or a site built before shards). */
async function readManifest(base: string): Promise<Manifest> {
  try {
    const response = await fetch(`${base}shards.json`);
    if (response.ok) return { shards: [], ...((await response.json()) as Partial<Manifest>) };
  } catch {
    // No manifest: searched as one index.
  }
  return { shards: [] };
}

/**
 * The search engine over every shard: `primary` (already given its options) when the site is
 * not sharded, else a wrapper that merges the shards a search needs before running it. The
 * merged indexes get the same `options` as the primary.
 */
export async function withShards(primary: Pagefind, base: string, options: Record<string, unknown>): Promise<Pagefind> {
  const manifest = await readManifest(base);
  if (manifest.shards.length === 0) return primary;
  const { noWorker: _, basePath: __, ...indexOptions } = options;
  const words = new WordLookup(manifest.words);
  const merged = new Map<number, Promise<void>>();
  const merge = (shards: number[]): Promise<unknown> =>
    Promise.all(
      shards.map((index) => {
        let loading = merged.get(index);
        if (!loading) {
          loading = (primary as Pagefind & Mergeable).mergeIndex(manifest.shards[index]!.path, indexOptions);
          merged.set(index, loading);
        }
        return loading;
      }),
    );
  const plan = async (term: string | null, searchOptions: SearchOptions | undefined, preloading: boolean): Promise<ScopePlan> => {
    const holding = term ? await words.shardsFor(term) : null;
    // A typed search loads what the first step would search; a search asks for its own scope. A
    // search without words is the filter-only listing's prefetch (main.ts): the newest shard, not
    // every one (a word typed next merges what its own first step needs).
    const request = searchOptions?.scope ?? (preloading && term ? 'first' : term ? null : 'first');
    return planScope(manifest, holding, yearsOf(searchOptions?.filters), request);
  };
  /** Leaves out results of merged shards outside the plan (when every shard's prefix is known). */
  const within = (found: Search, { shards }: ScopePlan): Search['results'] => {
    const prefixes = shards.map((index) => manifest.shards[index]!.prefix);
    if (merged.size === shards.length || prefixes.some((prefix) => prefix === undefined)) return found.results;
    return found.results.filter((result) => prefixes.some((prefix) => result.id.startsWith(`${prefix}/`)));
  };
  return {
    options: (more) => primary.options(more),
    // The primary's wasm and metadata; a shard's come with the first search that needs it.
    init: () => primary.init(),
    search: async (term, searchOptions) => {
      const { scope: _scope, ...pagefindOptions } = searchOptions ?? {};
      const chosen = await plan(term, searchOptions, false);
      await merge(chosen.shards);
      const found = await primary.search(term, pagefindOptions);
      return { ...found, results: within(found, chosen), ...(chosen.summary ? { scope: chosen.summary } : {}) };
    },
    preload: async (term, searchOptions) => {
      const { scope: _scope, ...pagefindOptions } = searchOptions ?? {};
      await merge((await plan(term, searchOptions, true)).shards);
      return primary.preload(term, pagefindOptions);
    },
  };
}
