/**
 * Words searched newest first (`sort=date`) without a Pagefind sort, which would put every page's
 * rank in the metadata every search loads (24 KB gzip at 10,000 cables). Each reader page carries
 * a `date` filter instead: one search (its `none: []` keeps every result and loads the date
 * filter) counts the results per date, then the results of one date at a time are fetched, newest
 * date first, only as far as the list is shown. Undated cables come last, by relevance.
 */
import type { Pagefind, Result } from './pagefind.ts';

/** Results fetched a batch at a time. */
export interface Ordered {
  total: number;
  slice(from: number, to: number): Promise<Result[]>;
}

/** Results already in their order. */
export function inOrder(results: Result[]): Ordered {
  return { total: results.length, slice: (from, to) => Promise.resolve(results.slice(from, to)) };
}

/** The results of `term` under `filters`, newest first. */
export async function newestFirst(engine: Pagefind, term: string, filters: Record<string, unknown>): Promise<Ordered> {
  const all = await engine.search(term, { filters: { ...filters, date: { none: [] } } });
  const counts = all.filters['date'] ?? {};
  const dates = Object.keys(counts).filter((date) => (counts[date] ?? 0) > 0).sort().reverse();
  const ordered: Result[] = [];
  let next = 0;
  let undatedAdded = false;
  return {
    total: all.results.length,
    async slice(from, to) {
      while (ordered.length < to && next < dates.length) {
        const date = dates[next] ?? '';
        next += 1;
        ordered.push(...(await engine.search(term, { filters: { ...filters, date } })).results);
      }
      if (ordered.length < to && next >= dates.length && !undatedAdded) {
        undatedAdded = true;
        const seen = new Set(ordered.map((result) => result.id));
        ordered.push(...all.results.filter((result) => !seen.has(result.id)));
      }
      return ordered.slice(from, to);
    },
  };
}
