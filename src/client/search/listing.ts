/**
 * Filters chosen without words (issue 9): the matching cables, newest first, from the site's own
 * listing data (src/site/search-listing.ts) instead of Pagefind, which would need one fragment per
 * cable shown (4–7 KB gzip each) and its filter index. Each facet value's ranks come from
 * `/search/sets/<facet>/<value>.json`, are intersected here, and the rows of the ranks shown come
 * from `/search/rows/N.json`.
 */
import { ROWS_PER_FILE, tagSlug, type ListingRow } from '../../lib/facet-values.ts';
import type { SearchState } from './state.ts';

const sets = new Map<string, Promise<number[]>>();
const rowFiles = new Map<number, Promise<ListingRow[]>>();

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** A facet value's ranks, ascending (the file holds distances). */
function ranksOf(facet: string, value: string): Promise<number[]> {
  const url = `/search/sets/${facet}/${encodeURIComponent(value)}.json`;
  let ranks = sets.get(url);
  if (!ranks) {
    ranks = json<number[]>(url).then((distances) => {
      let rank = 0;
      return distances.map((distance) => (rank += distance));
    });
    sets.set(url, ranks);
  }
  return ranks;
}

/** Ranks in both ascending lists. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const both: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) both.push(x);
    if (x <= y) i += 1;
    if (y <= x) j += 1;
  }
  return both;
}

/** The ranks (newest first) of the cables a state's filters list; the years are those the site has. */
export async function listedRanks(state: SearchState, years: readonly string[]): Promise<number[]> {
  const wanted: Promise<number[]>[] = [];
  const { year } = state;
  if (year) {
    const inRange = years.filter((value) => Number(value) >= year.from && Number(value) <= year.to);
    wanted.push(Promise.all(inRange.map((value) => ranksOf('year', value))).then((lists) => lists.flat().sort((a, b) => a - b)));
  }
  if (state.origin) wanted.push(ranksOf('origin', state.origin));
  if (state.classification) wanted.push(ranksOf('classification', state.classification));
  for (const tag of state.tags) wanted.push(ranksOf('tag', tagSlug(tag)));
  const lists = (await Promise.all(wanted)).sort((a, b) => a.length - b.length);
  const [first, ...rest] = lists;
  return rest.reduce((both, list) => intersect(both, list), first ?? []);
}

/** The rows of these ranks, in their order (one request per file of rows, each fetched once). */
export async function rowsOf(ranks: readonly number[]): Promise<ListingRow[]> {
  const files = [...new Set(ranks.map((rank) => Math.floor(rank / ROWS_PER_FILE)))];
  const loaded = new Map<number, ListingRow[]>();
  await Promise.all(
    files.map(async (file) => {
      let rows = rowFiles.get(file);
      if (!rows) {
        rows = json<ListingRow[]>(`/search/rows/${file}.json`);
        rowFiles.set(file, rows);
      }
      loaded.set(file, await rows);
    }),
  );
  return ranks.flatMap((rank) => {
    const row = loaded.get(Math.floor(rank / ROWS_PER_FILE))?.[rank % ROWS_PER_FILE];
    return row ? [row] : [];
  });
}
