/**
 * The search engine off the page's main thread: this module worker loads Pagefind (and the
 * shards of a sharded site) and runs every search, so a search over thousands of results never
 * freezes typing or scrolling. Pagefind's own worker mode would add its 43 KB worker script (12.7
 * KB gzip) to a first search; this worker is 1.6 KB gzip and runs the same pagefind.js the
 * page would have loaded. Protocol: engine-protocol.ts.
 */
import type { Answer, Request, SearchSummary } from './engine-protocol.ts';
import { loadPagefind, type Result, type Search, type SearchOptions } from './pagefind.ts';
import { SearchQueue, Superseded } from './search-queue.ts';

/** The worker's global scope, typed by what it uses (the project's DOM types describe a Window). */
const scope = self as unknown as {
  postMessage(message: Answer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void;
};

/**
 * The results of the last KEPT queries, by search number: the page asks for the data of the ones
 * it shows. A query is its words and filters but the date: newest first runs one search per date
 * (by-date.ts), and all of them stay while the query does.
 */
const KEPT = 8;
const searches = new Map<number, { query: string; results: Result[] }>();
/** The kept queries, the last searched last. */
const recent: string[] = [];
let searchCount = 0;

function keep(query: string, results: Result[]): number {
  searchCount += 1;
  searches.set(searchCount, { query, results });
  if (recent.at(-1) !== query) {
    if (recent.includes(query)) recent.splice(recent.indexOf(query), 1);
    recent.push(query);
  }
  const dropped = recent.length > KEPT ? recent.shift() : undefined;
  for (const [number, search] of searches) if (search.query === dropped) searches.delete(number);
  return searchCount;
}

/** The query a search belongs to: its words and its filters without the date. */
function queryOf(term: string | null, options: SearchOptions | undefined): string {
  const { date: _, ...filters } = options?.filters ?? {};
  return JSON.stringify([term, filters]);
}

/** Searches run one at a time; a guess of the words typed so far is dropped when overtaken (search-queue.ts). */
const queue = new SearchQueue<Search>();
/**
 * Index chunks still loading for the words typed (`preload`). A search waits for them: Pagefind
 * extends a word with every word loaded that it starts, so the chunks of the prefixes typed before
 * are part of its results, however soon after the last key it runs.
 */
const loading = new Set<Promise<void>>();

function preload(request: Request & { op: 'preload' }): Promise<void> {
  queue.invalidate();
  const loaded = loadPagefind({ noWorker: true }).then((engine) => engine.preload(request.term, request.options));
  loading.add(loaded);
  void loaded.catch(() => undefined).finally(() => loading.delete(loaded));
  return loaded;
}

/**
 * Guesses are made only while Pagefind's last search took less than this (ms): a guess still
 * running at the last key delays the last search by up to that long, which outweighs the 150 ms
 * typing pause a guess saves once searches are slower than twice the pause (a loaded machine, a
 * slow device).
 */
const GUESS_UNDER_MS = 300;
/**
 * How long Pagefind's part of the last search took (ms). None yet: no guess, so the first
 * search of a fresh page (its wasm not yet optimised, a short prefix) never runs ahead of the
 * reader's words.
 */
let lastSearchMs = Number.POSITIVE_INFINITY;

function searchQueued(request: Request & { op: 'search' }): Promise<Search> {
  const key = JSON.stringify([request.term, request.options ?? null]);
  if (request.guess && lastSearchMs > GUESS_UNDER_MS) return Promise.reject(new Superseded(key));
  return queue.submit(key, request.guess === true, async (stillWanted) => {
    await Promise.allSettled([...loading]);
    const engine = await loadPagefind({ noWorker: true });
    // The reader typed on while the chunks loaded: Pagefind's part, which nothing can stop, is skipped.
    if (!stillWanted()) throw new Superseded(key);
    const started = performance.now();
    const found = await engine.search(request.term, request.options);
    lastSearchMs = performance.now() - started;
    return found;
  });
}

async function answer(request: Request): Promise<SearchSummary | Awaited<ReturnType<Result['data']>> | null> {
  if (request.op === 'preload') {
    await preload(request);
    return null;
  }
  const engine = await loadPagefind({ noWorker: true });
  switch (request.op) {
    case 'init':
      await engine.init();
      return null;
    case 'search': {
      const found = await searchQueued(request);
      // A guess's results stay with the queue until the page's own search takes them over.
      if (request.guess) return null;
      const search = keep(queryOf(request.term, request.options), found.results);
      return { search, ids: found.results.map((result) => result.id), filters: found.filters, scope: found.scope };
    }
    case 'data': {
      const result = searches.get(request.search)?.results[request.index];
      if (!result) throw new Error(`no result ${request.index} of search ${request.search}`);
      return result.data();
    }
  }
}

scope.addEventListener('message', ({ data: request }) => {
  answer(request).then(
    (value) => scope.postMessage({ call: request.call, ok: true, value }),
    (error: unknown) => scope.postMessage({ call: request.call, ok: false, error: String(error) }),
  );
});
