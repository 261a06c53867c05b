/**
 * The search page's engine: Pagefind in a worker (engine-worker.ts), behind the same `Pagefind`
 * interface the page would use in-page. A result's `data()` asks the worker for that result's
 * fragment. Where the browser has no workers, Pagefind runs in the page.
 */
import type { Answer, Request, SearchSummary } from './engine-protocol.ts';
import { loadPagefind, type Pagefind, type ResultData, type SearchOptions } from './pagefind.ts';

export interface Engine extends Pagefind {
  /**
   * Starts the search of the words typed so far, before the typing pause ends: a `search` of the
   * same words and options asked next takes it over (search-queue.ts). Nothing is fetched but
   * the index chunks the search needs. Without a worker, nothing (it would block the page).
   */
  guess(term: string, options?: SearchOptions): void;
}

/** A request without its number (`ask` gives it one). */
type Question = Request extends infer R ? (R extends Request ? Omit<R, 'call'> : never) : never;

function workerEngine(worker: Worker): Engine {
  const pending = new Map<number, { resolve: (value: Answer & { ok: true }) => void; reject: (error: Error) => void }>();
  let calls = 0;
  worker.addEventListener('message', ({ data: answer }: MessageEvent<Answer>) => {
    const waiting = pending.get(answer.call);
    pending.delete(answer.call);
    if (answer.ok) waiting?.resolve(answer);
    else waiting?.reject(new Error(answer.error));
  });
  // A worker that cannot start or crashed: every open call fails, and the page says so.
  worker.addEventListener('error', (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`search worker: ${event.message}`));
    pending.clear();
  });
  const ask = async (question: Question): Promise<Answer & { ok: true }> => {
    calls += 1;
    const call = calls;
    const answered = new Promise<Answer & { ok: true }>((resolve, reject) => pending.set(call, { resolve, reject }));
    worker.postMessage({ ...question, call });
    return answered;
  };
  return {
    options: () => Promise.resolve(),
    init: async () => {
      await ask({ op: 'init' });
    },
    preload: async (term, options) => {
      await ask({ op: 'preload', term, options });
    },
    guess: (term, options) => {
      // A dropped guess (the reader typed on) is nobody's error.
      ask({ op: 'search', term, options, guess: true }).catch(() => undefined);
    },
    search: async (term, options) => {
      const { search, ids, filters, scope } = (await ask({ op: 'search', term, options })).value as SearchSummary;
      const data = async (index: number) => (await ask({ op: 'data', search, index })).value as ResultData;
      return { filters, ...(scope ? { scope } : {}), results: ids.map((id, index) => ({ id, data: () => data(index) })) };
    },
  };
}

let engine: Promise<Engine> | undefined;

/** The page's search engine, started once, on first need. */
export function pagefind(): Promise<Engine> {
  engine ??=
    typeof Worker === 'undefined'
      ? loadPagefind({ noWorker: true }).then((inPage) => ({ ...inPage, guess: () => undefined }))
      : Promise.resolve(workerEngine(new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'search' })));
  return engine;
}
