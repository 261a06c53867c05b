/**
 * The parts of Pagefind's JS API (1.6) the search page uses, typed, and its loading: imported at
 * run time from the built index (never bundled). It runs in the search page's engine worker
 * (engine-worker.ts; the page talks to it through engine.ts), with Pagefind's own worker off
 * (`noWorker`): that one would add its 12.7 KB gzip script to a first search.
 */

import type { ScopeRequest, ScopeSummary } from './scope.ts';
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
  /** On a sharded site, what a scoped search searched (shards.ts). */
  scope?: ScopeSummary;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
  /** On a sharded site, how far back a search without a year filter reaches (shards.ts; not Pagefind's). */
  scope?: ScopeRequest;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  /** Loads the wasm and the metadata now (a first search would). */
  init(): Promise<void>;
  /** Loads the index chunks a search for `term` will need, and nothing else. */
  preload(term: string, options?: SearchOptions): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<Search>;
}

let loaded: Promise<Pagefind> | undefined;

/** The site's Pagefind, loaded once (`/pagefind/pagefind.js`, ~20 KB; the index comes in chunks as searched). */
export function loadPagefind(extra: Record<string, unknown> = {}): Promise<Pagefind> {
  loaded ??= (async () => {
    // A variable path: the bundler must leave this import to the browser.
    const path = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ path)) as Pagefind;
    // The paths are given: in a worker, Pagefind would take its own absolute URL as the base and
    // give every result an absolute URL.
    const options = { basePath: '/pagefind/', baseUrl: '/', highlightParam: 'pagefind-highlight', excerptLength: 24, ...extra };
    await module.options(options);
    // A site built in shards: their indexes are merged as searches need them (shards.ts).
    return withShards(module, '/pagefind/', options);
  })();
  return loaded;
}
