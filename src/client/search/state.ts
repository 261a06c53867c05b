/**
 * The search page's state, read from and written to the URL (CONTRACT.md: `q`, `year`, `origin`,
 * `classification`, `tag` repeatable, `sort=date`; on a sharded site `scope`), so every search is a
 * link. Pure: no DOM.
 */
import { ownTagFilter, parseYearRange } from '../../lib/facet-values.ts';

/** The longest query searched, in characters (longer input is cut, and the page says so). */
export const MAX_QUERY_CHARS = 200;
/** The most words a query searches (each word costs Pagefind index chunks). */
export const MAX_QUERY_WORDS = 12;

/** Markup typed or pasted into the box: `<b>`, `</script>`, `<img src=x>`. Its words are searched, never its tags. */
const MARKUP = /<\/?[a-z][^<>]*>?/gi;

export interface SearchState {
  /** The words searched, cleaned (markup removed, capped). */
  q: string;
  year: { from: number; to: number } | null;
  origin: string | null;
  classification: string | null;
  tags: string[];
  /** `date`: newest first; else by relevance (a search with no words is always by date). */
  sort: 'date' | null;
  /**
   * On a sharded site, how far back words without a year filter are searched (scope.ts): the newest
   * N index shards holding them, or `all`; absent, the first step.
   */
  scope?: number | 'all';
}

/** `scope=all`, or a count of shards. */
const SCOPE = /^(?:all|[1-9]\d{0,3})$/;

/** The values the site has for each filter (from the page's own controls). */
export interface KnownValues {
  years: readonly string[];
  origins: ReadonlySet<string>;
  classifications: ReadonlySet<string>;
  tags: ReadonlySet<string>;
}

/** A state and what was wrong with the input it came from, in words for the reader. */
export interface ReadState {
  state: SearchState;
  notices: string[];
}

/** Cleans a typed query: markup dropped, whitespace squashed, at most MAX_QUERY_WORDS words and MAX_QUERY_CHARS characters. */
export function cleanQuery(raw: string): { q: string; notices: string[] } {
  const notices: string[] = [];
  let q = raw.replace(MARKUP, ' ');
  if (q !== raw) notices.push('Markup is not searched: only its words are.');
  q = q.replace(/\s+/g, ' ').trim();
  const words = q.split(' ').filter(Boolean);
  if (words.length > MAX_QUERY_WORDS) {
    notices.push(`Only the first ${MAX_QUERY_WORDS} words are searched.`);
    q = words.slice(0, MAX_QUERY_WORDS).join(' ');
  }
  if (q.length > MAX_QUERY_CHARS) {
    notices.push(`Only the first ${MAX_QUERY_CHARS} characters are searched.`);
    q = q.slice(0, MAX_QUERY_CHARS).replace(/\s+\S*$/, '');
  }
  return { q, notices };
}

/** Reads the state from URL parameters; unknown values are dropped with a notice each. */
export function readState(params: URLSearchParams, known: KnownValues): ReadState {
  const { q, notices } = cleanQuery(params.get('q') ?? '');
  const state: SearchState = { q, year: null, origin: null, classification: null, tags: [], sort: params.get('sort') === 'date' ? 'date' : null };
  const scope = params.get('scope');
  if (scope !== null && SCOPE.test(scope)) state.scope = scope === 'all' ? 'all' : Number(scope);
  const year = params.get('year');
  if (year) {
    const range = parseYearRange(year);
    if (range && known.years.some((value) => Number(value) >= range.from && Number(value) <= range.to)) state.year = range;
    else notices.push(`No cable is from “${year}”: the year filter was left out.`);
  }
  const origin = params.get('origin');
  if (origin) {
    if (known.origins.has(origin)) state.origin = origin;
    else notices.push(`No post is called “${origin}”: the post filter was left out.`);
  }
  const classification = params.get('classification');
  if (classification) {
    if (known.classifications.has(classification)) state.classification = classification;
    else notices.push(`“${classification}” is not a classification of these cables: left out.`);
  }
  for (const tag of params.getAll('tag')) {
    const code = tag.trim().toUpperCase();
    if (known.tags.has(code)) {
      if (!state.tags.includes(code)) state.tags.push(code);
    } else if (tag.trim()) notices.push(`No cable is tagged “${tag}”: left out.`);
  }
  return { state, notices };
}

/** The URL parameters of a state, in the contract's order. */
export function stateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.year) params.set('year', state.year.from === state.year.to ? String(state.year.from) : `${state.year.from}-${state.year.to}`);
  if (state.origin) params.set('origin', state.origin);
  if (state.classification) params.set('classification', state.classification);
  for (const tag of state.tags) params.append('tag', tag);
  if (state.sort) params.set('sort', state.sort);
  if (state.scope !== undefined) params.set('scope', String(state.scope));
  return params;
}

/** Does the state filter at all? */
export function hasFilters(state: SearchState): boolean {
  return state.year !== null || state.origin !== null || state.classification !== null || state.tags.length > 0;
}

/**
 * Pagefind's `filters` option for a state (every key must hold; a year range is any of its years).
 * A tag in `ownFilters` is its own Pagefind filter (`tag-PREL: 'yes'`, facet-values.ts).
 */
export function pagefindFilters(state: SearchState, years: readonly string[], ownFilters: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  const { year } = state;
  if (year) filters['year'] = { any: years.filter((value) => Number(value) >= year.from && Number(value) <= year.to) };
  if (state.origin) filters['origin'] = state.origin;
  if (state.classification) filters['classification'] = state.classification;
  const shared = state.tags.filter((tag) => !ownFilters.has(tag));
  for (const tag of state.tags) if (ownFilters.has(tag)) filters[ownTagFilter(tag)] = 'yes';
  if (shared.length) filters['tag'] = { all: shared };
  return filters;
}
