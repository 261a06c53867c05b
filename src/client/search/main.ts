/**
 * The search page (src/pages/search/index.astro): reads the state from the URL, runs it with
 * Pagefind and lists the results; every change of words or filters runs again and rewrites the
 * URL, so a search is always a link. Words list every matching paragraph of each cable (Pagefind);
 * filters alone list the matching cables newest first from the site's listing data (listing.ts).
 */
import { inOrder, newestFirst, type Ordered } from './by-date.ts';
import { Controls } from './controls.ts';
import { listedRanks, rowsOf } from './listing.ts';
import { correction, lookupId, offersFor, spelledWords, wordMatched, type IdHit, type Offer } from './metadata.ts';
import { pagefind } from './engine.ts';
import type { ResultData, Search, SearchOptions } from './pagefind.ts';
import { showScope } from './scope-line.ts';
import { byId, element, markedWords, resultItem, rowItem } from './render.ts';
import { cleanQuery, hasFilters, pagefindFilters, readState, stateParams, type SearchState } from './state.ts';

/**
 * Each cable a word search shows costs one Pagefind fragment (~3–5 KB gzip), and a first search
 * must stay within 200 KB at 10,000 cables, where Pagefind's own files are ~155 KB before any
 * word (docs/benchmarks.md): a long list of word hits starts with the best two. A short list is
 * shown whole; more come on request or on scrolling to the end. Cables listed by filters alone
 * come from the site's listing data (listing.ts, ~2 KB for fifty rows) and start with ten.
 */
const WHOLE = 10;
const FIRST = { words: 2, listed: 10 };
const MORE = { words: 10, listed: 20 };
/** Fewer results than this, and the spelling of the words is checked. */
const FEW = 3;
/** Milliseconds of quiet after the last keystroke before a typed search runs. */
const TYPING_PAUSE = 150;
/** Letters the last word needs before typing loads its index chunk: a shorter prefix can span several. */
const PRELOAD_LETTERS = 3;
/** How close (px) the end of the list must scroll to the viewport to load the next cables. */
const NEAR = 300;

const input = byId<HTMLInputElement>('search-input');
const notices = byId<HTMLDivElement>('search-notices');
const offersBox = byId<HTMLDivElement>('search-offers');
const status = byId<HTMLDivElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
/** A sharded site's scope line, above the results and after them (scope-line.ts). */
const scopeTop = byId<HTMLParagraphElement>('search-scope');
const scopeEnd = byId<HTMLParagraphElement>('search-scope-more');
const controls = new Controls();

let state: SearchState = { q: '', year: null, origin: null, classification: null, tags: [], sort: null };
/** The word search's results, in the order shown (relevance, or newest first). */
let found: Ordered = inOrder([]);
/** The listing's ranks (filters without words). */
let ranks: number[] = [];
let shown = 0;
let paragraphs = 0;
/** The cable pinned first because the query is its reference id. */
let idHit: IdHit | null = null;
/** What a scoped word search searched (a sharded site), for the scope line. */
let scoped: Search['scope'];
/** Whether Pagefind's results listed so far held the id's cable (skipped there: it is pinned first). */
let idInResults = false;
/** Bumped by every search, so work that arrives late for an older one is dropped. */
let generation = 0;
/** The batch being fetched, if any (a scroll and a click must not fetch the same one twice). */
let loading: Promise<void> | null = null;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Cables the current search found (the pinned id cable aside). */
const count = () => (state.q ? found.total : ranks.length);

/** What the filters say, for the status line: `from Madrid, 2008–2009, tagged PREL`. */
function filterWords(): string {
  const parts: string[] = [];
  if (state.year) parts.push(state.year.from === state.year.to ? `of ${state.year.from}` : `of ${state.year.from}–${state.year.to}`);
  if (state.origin) parts.push(`from ${controls.origins.get(state.origin)?.name ?? state.origin}`);
  if (state.classification) parts.push(`classified ${controls.classifications.get(state.classification)?.name ?? state.classification}`);
  if (state.tags.length) parts.push(`tagged ${state.tags.join(' and ')}`);
  return parts.join(', ');
}

function say(): void {
  const total = count() + (idHit && !idInResults ? 1 : 0);
  const cables = plural(total, 'cable', 'cables');
  const filters = filterWords();
  if (!state.q) {
    status.textContent = !hasFilters(state) ? '' : total === 0 ? `No cables ${filters}.`
      : `${cables} ${filters}, newest first${shown < count() ? ` — showing ${shown}` : ''}`;
    return;
  }
  const where = filters ? ` ${filters}` : '';
  const paras = plural(paragraphs, 'paragraph', 'paragraphs');
  status.textContent = total === 0 ? `No cables match “${state.q}”${where}.`
    : shown < count() ? `${cables} for “${state.q}”${where} — showing ${shown} (${paras})`
    : paragraphs === 0 ? `${cables} for “${state.q}”${where}`
    : `${cables}, ${paras} for “${state.q}”${where}`;
}

/** Notices about the input (a cut query, markup, unknown filter values), or a prompt when there is nothing to search. */
function showNotices(messages: string[]): void {
  notices.replaceChildren(...messages.map((message) => element('p', '', message)));
}

/** A link to this page with another state. */
function hrefFor(next: SearchState): string {
  const params = stateParams(next).toString();
  return `/search/${params ? `?${params}` : ''}`;
}

/** Offers a post or tag the words name as a filter, with its count (`PREL is a TAGS code…: show its 177 cables`). */
function showOffers(offers: Offer[], corrected: string | null): void {
  const lines = offers.map(({ facet, value }) => {
    const line = element('p', 'offer');
    const link = element('a');
    if (facet === 'origin') {
      line.append(`${value.name} is a post. `);
      link.href = hrefFor({ ...state, q: '', origin: value.slug, sort: 'date' });
      link.textContent = `List its ${plural(value.count, 'cable', 'cables')}, newest first`;
    } else {
      line.append(`${value.slug} is a TAGS code. `);
      link.href = hrefFor({ ...state, q: '', tags: [...new Set([...state.tags, value.slug])], sort: 'date' });
      link.textContent = `List the ${plural(value.count, 'cable', 'cables')} tagged ${value.slug}`;
    }
    line.append(link);
    return line;
  });
  if (corrected) {
    const line = element('p', 'did-you-mean', 'Did you mean ');
    const link = element('a', '', corrected);
    link.href = hrefFor({ ...state, q: corrected });
    line.append(link, '?');
    lines.unshift(line);
  }
  offersBox.replaceChildren(...lines);
}

/** The reference id's cable, pinned first. */
function idItem(hit: IdHit): HTMLLIElement {
  const item = element('li', 'result result-id');
  const heading = element('h2');
  const link = element('a', '', hit.subject ?? hit.id);
  link.href = `/cables/${encodeURIComponent(hit.id)}/`;
  heading.append(link);
  const facts = [hit.id, hit.date, hit.origin, hit.classification].filter(Boolean).join(' · ');
  item.append(heading, element('p', 'result-meta', `The cable with this reference id: ${facts}`));
  return item;
}

function showMore(): Promise<void> {
  loading ??= fetchMore();
  return loading;
}

/** Renders a word search's result data (already fetched) at the end of the list. */
function append(data: ResultData[]): void {
  for (const one of data) {
    if (idHit && one.url.split('?')[0] === `/cables/${idHit.id}/`) {
      idInResults = true;
      continue;
    }
    const { item, paragraphs: count } = resultItem(one);
    paragraphs += count;
    list.append(item);
  }
}

function batchSize(): number {
  const kind = state.q ? 'words' : 'listed';
  if (shown > 0) return MORE[kind];
  return state.q && count() <= WHOLE ? WHOLE : FIRST[kind];
}

/** Fetches and renders the next batch: Pagefind's result data for words, listing rows for filters alone. */
async function fetchMore(): Promise<void> {
  const forGeneration = generation;
  const size = batchSize();
  try {
    let added = 0;
    if (state.q) {
      const batch = await found.slice(shown, shown + size);
      const data = await Promise.all(batch.map((result) => result.data()));
      if (forGeneration !== generation) return;
      append(data);
      added = batch.length;
    } else {
      const rows = await rowsOf(ranks.slice(shown, shown + size));
      if (forGeneration !== generation) return;
      list.append(...rows.map(rowItem));
      added = rows.length;
    }
    shown += added;
    more.hidden = shown >= count();
    scopeEnd.hidden = !more.hidden;
    say();
  } finally {
    if (forGeneration === generation) loading = null;
  }
}

/** Runs a state: rewrites the URL, searches, and lists the first results. */
async function run(next: SearchState, inputNotices: string[] = []): Promise<void> {
  state = next;
  generation += 1;
  const forGeneration = generation;
  loading = null;
  history.replaceState(null, '', hrefFor(state));
  showNotices(inputNotices);
  const offers = state.q ? offersFor(state.q, controls.origins, controls.tags) : [];
  showOffers(offers, null);
  scoped = undefined;
  showScope(scopeTop, scopeEnd, undefined, '', false, () => '');
  if (!state.q && !hasFilters(state)) {
    found = inOrder([]);
    ranks = [];
    idHit = null;
    shown = paragraphs = 0;
    list.replaceChildren();
    more.hidden = true;
    say();
    return;
  }
  status.textContent = 'Searching…';
  try {
    if (state.q) await searchWords(forGeneration, offers);
    else await listFiltered(forGeneration);
  } catch (error) {
    if (forGeneration !== generation) return;
    found = inOrder([]);
    ranks = [];
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'The search could not run. Please try again, or browse the cables instead.';
    console.error(error);
  }
}

/**
 * A word search's options for a state: its filters and, without a year filter, its scope (a
 * sharded site searches the newest shards holding the words first, scope.ts). The guesses made
 * while typing use the same, so the search after the pause can take a guess over (search-queue.ts).
 */
function wordSearchOptions(of: SearchState): SearchOptions & { filters: NonNullable<SearchOptions['filters']> } {
  const filters = pagefindFilters(of, controls.years, controls.ownFilters);
  const scope = of.year ? undefined : (of.scope ?? 'first');
  return { filters, ...(scope ? { scope } : {}) };
}

/** Words (with any filters): Pagefind's results, by relevance or newest first, the best first. */
async function searchWords(forGeneration: number, offers: Offer[]): Promise<void> {
  const [hit, engine] = await Promise.all([lookupId(state.q), pagefind()]);
  const options = wordSearchOptions(state);
  let search: Search | null = null;
  if (state.sort !== 'date') search = await engine.search(state.q, options);
  const ordered = search ? inOrder(search.results) : await newestFirst(engine, state.q, options.filters);
  if (forGeneration !== generation) return;
  scoped = search?.scope;
  found = ordered;
  ranks = [];
  idHit = hit;
  idInResults = false;
  shown = paragraphs = 0;
  let corrected: string | null = null;
  // The first batch tells whether Pagefind matched the words or only a short prefix of them.
  const batch = await found.slice(0, batchSize());
  let first = await Promise.all(batch.map((result) => result.data()));
  if (forGeneration !== generation) return;
  const marked = first.flatMap(markedWords);
  const words = spelledWords(state.q);
  const unmatched = words.filter((word) => !wordMatched(word, marked));
  if (unmatched.length > 0 && !hit) {
    found = inOrder([]);
    first = [];
  }
  // A query that names a post (`AMEMBASSY MAPUTO`) is answered by the post's offer, not a respelling.
  if (count() < FEW && !hit && !offers.some((offer) => offer.facet === 'origin')) {
    corrected = await correction(state.q, words);
    if (forGeneration !== generation) return;
  }
  list.replaceChildren(...(idHit ? [idItem(idHit)] : []));
  showOffers(offers, corrected);
  append(first);
  shown = first.length;
  more.hidden = shown >= count();
  showScope(scopeTop, scopeEnd, scoped, state.q, state.scope !== undefined, (next) => hrefFor({ ...state, scope: next }));
  scopeEnd.hidden = !more.hidden;
  say();
}

/**
 * Filters without words: their cables, newest first, from the listing data. Then Pagefind and the
 * filters' own indexes load, so words typed over the filters next cost only their index chunk
 * and the fragments shown.
 */
async function listFiltered(forGeneration: number): Promise<void> {
  const listed = await listedRanks(state, controls.years);
  if (forGeneration !== generation) return;
  found = inOrder([]);
  ranks = listed;
  idHit = null;
  shown = paragraphs = 0;
  list.replaceChildren();
  more.hidden = true;
  await showMore();
  if (forGeneration !== generation) return;
  const filters = pagefindFilters(state, controls.years, controls.ownFilters);
  void pagefind()
    .then((engine) => engine.search(null, { filters }))
    .catch(() => undefined);
}

/** The words in the box and the filters in the controls, cleaned. */
function runFromPage(extra: string | null = null): void {
  const { q, notices: cleaned } = cleanQuery(input.value);
  const messages = extra ? [extra, ...cleaned] : cleaned;
  const next = controls.read(q);
  if (!q && !hasFilters(next) && input.value.trim() === '' && extra === null) messages.push('Type words to search, or choose a filter.');
  void run(next, messages);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => runFromPage(), TYPING_PAUSE);
  // Pagefind (script, wasm, metadata) and the index chunks of the words load while they are
  // typed, not after the last key; and the words so far are searched at once, so the search of
  // the last words runs during the pause and the search after it takes it over (search-queue.ts).
  const { q } = cleanQuery(input.value);
  const next = controls.read(q);
  const last = q.split(/\s+/).at(-1) ?? '';
  const options = wordSearchOptions(next);
  pagefind()
    .then((engine) => {
      if (last.length < PRELOAD_LETTERS) return engine.init();
      const loaded = engine.preload(q, options);
      // Newest first runs other searches (by-date.ts): those wait for the pause.
      if (next.sort !== 'date') engine.guess(q, options);
      return loaded;
    })
    .catch(() => undefined);
});
input.form?.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  runFromPage();
});
controls.onChange((message) => runFromPage(message));

// Scrolling (never the first render) to the end of a partial list loads the next cables.
let scrollQueued = false;
addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    if (!more.hidden && more.getBoundingClientRect().top < innerHeight + NEAR) void showMore();
  });
}, { passive: true });
// A scope link searches older shards in place: the shards already merged stay (scope-line.ts).
for (const box of [scopeTop, scopeEnd]) {
  box.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-scope]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const scope = link.dataset['scope'] === 'all' ? 'all' : Number(link.dataset['scope']);
    void run({ ...state, scope }).then(() => list.querySelector('a')?.focus());
  });
}
more.addEventListener('click', () => {
  const first = list.children.length;
  void showMore().then(() => list.children[first]?.querySelector('a')?.focus());
});

const initial = readState(new URLSearchParams(location.search), controls.known());
input.value = initial.state.q;
controls.show(initial.state);
controls.openPanelFor(initial.state);
if (initial.state.q || hasFilters(initial.state) || initial.notices.length > 0) void run(initial.state, initial.notices);
