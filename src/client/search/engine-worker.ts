/**
 * The search engine off the page's main thread: this module worker loads Pagefind (and the
 * shards of a sharded site) and runs every search, so a search over thousands of results never
 * freezes typing or scrolling. Pagefind's own worker mode would add its 43 KB worker script (12.7
 * KB gzip) to a first search; this worker is a few hundred bytes and runs the same pagefind.js the
 * page would have loaded. Protocol: engine-protocol.ts.
 */
import type { Answer, Request, SearchSummary } from './engine-protocol.ts';
import { loadPagefind, type Result, type SearchOptions } from './pagefind.ts';

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

async function answer(request: Request): Promise<SearchSummary | Awaited<ReturnType<Result['data']>> | null> {
  const engine = await loadPagefind({ noWorker: true });
  switch (request.op) {
    case 'init':
      await engine.init();
      return null;
    case 'preload':
      await engine.preload(request.term, request.options);
      return null;
    case 'search': {
      const found = await engine.search(request.term, request.options);
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
