/**
 * The parts of Pagefind's JS API (1.6) the search page uses, typed, and its loading: imported at
 * run time from the built index (never bundled). Search runs on the main thread (`noWorker`):
 * Pagefind's worker script adds 12.7 KB gzip to a first search, which would take it past its
 * 200 KB budget at 10,000 cables (measured: 206 KB at 251 cables with the worker, 193 KB
 * without), and a query is capped at 12 words (state.ts), so one search is a few milliseconds
 * of work, never a frozen tab.
 */

import { withShards } from './shards.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; location: number };
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

export interface Result {
  id: string;
  data(): Promise<ResultData>;
}

export interface Search {
  results: Result[];
  /** Per filter value, how many results it would leave. */
  filters: Record<string, Record<string, number>>;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  /** Loads the wasm and the metadata now (a first search would). */
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<Search>;
  debouncedSearch(term: string | null, options?: SearchOptions, timeout?: number): Promise<Search | null>;
}

let loaded: Promise<Pagefind> | undefined;

/** The site's Pagefind, loaded once (`/pagefind/pagefind.js`, ~20 KB; the index comes in chunks as searched). */
export function pagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    // A variable path: the bundler must leave this import to the browser.
    const path = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ path)) as Pagefind;
    const options = { highlightParam: 'pagefind-highlight', excerptLength: 24, noWorker: true };
    await module.options(options);
    // A site built in shards: their indexes are merged as searches need them (shards.ts).
    return withShards(module, '/pagefind/', options);
  })();
  return loaded;
}
