/**
 * Metadata typed as words (issue 9): a reference id leads to its cable, a post's name or a TAGS
 * code is offered as a filter, and a misspelling is answered from the site's own vocabulary.
 */
import { postNameOf, postSlug, REFERENCE_ID } from '../../lib/facet-values.ts';
import { MIN_WORD, suggest, wordsOf } from '../../lib/spelling.ts';

/** A cable found by its reference id: what its redirect page says (src/lib/id-aliases.ts). */
export interface IdHit {
  id: string;
  subject: string | null;
  date: string | null;
  origin: string | null;
  classification: string | null;
}

/**
 * The cable whose reference id is the whole query (`10MAPUTO80`, `10maputo80`), or null. Reads the
 * id's lower-case redirect page (~0.6 KB), which exists for every cable whose id has capitals.
 */
export async function lookupId(query: string): Promise<IdHit | null> {
  const typed = query.trim();
  if (!REFERENCE_ID.test(typed)) return null;
  try {
    const response = await fetch(`/cables/${encodeURIComponent(typed.toLowerCase())}/`);
    if (!response.ok) return null;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const link = page.querySelector<HTMLAnchorElement>('a#cable[data-id]');
    const id = link?.dataset['id'];
    if (!link || !id || id.toUpperCase() !== typed.toUpperCase()) return null;
    const { subject, date, origin, classification } = link.dataset;
    return { id, subject: subject ?? null, date: date ?? null, origin: origin ?? null, classification: classification ?? null };
  } catch {
    return null;
  }
}

/** A facet value the site has: its URL value, name and count. */
export interface KnownValue {
  slug: string;
  name: string;
  count: number;
}

/** A filter the query's words name: a post (the whole query) or TAGS codes (any word). */
export interface Offer {
  facet: 'origin' | 'tag';
  value: KnownValue;
}

/** Posts and tags the query names: `AMEMBASSY MAPUTO`, `Madrid` → the post; `PREL`, `prel` → the tag. */
export function offersFor(query: string, origins: ReadonlyMap<string, KnownValue>, tags: ReadonlyMap<string, KnownValue>): Offer[] {
  const offers: Offer[] = [];
  const name = postNameOf(query);
  const post = name === null ? undefined : origins.get(postSlug(name));
  if (post) offers.push({ facet: 'origin', value: post });
  for (const word of new Set(query.toUpperCase().split(/[^\p{L}\p{N}]+/u))) {
    const tag = tags.get(word);
    // Two-letter country tags (`SP`, `US`) are common words or parts of them: offered only in capitals as typed.
    if (tag && (word.length > 2 || query.includes(word))) offers.push({ facet: 'tag', value: tag });
  }
  return offers;
}

/**
 * Did Pagefind match this query word, or fall back to a short prefix of it (`he` for
 * `helicpter`)? Matched when a marked word shares at least all but the last three letters of it
 * (stemming: `helicopters` marks `helicopter`), and never fewer than MIN_WORD letters.
 */
export function wordMatched(word: string, marked: readonly string[]): boolean {
  const lower = word.toLowerCase();
  const needed = Math.min(lower.length, Math.max(MIN_WORD, lower.length - 3));
  return marked.some((mark) => commonPrefix(mark, lower) >= needed);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** The query's words, as spelling checks them (letters only). */
export function spelledWords(query: string): string[] {
  return wordsOf(query);
}

let vocabulary: Promise<{ words: string[]; known: Set<string> }> | undefined;

/** The site's vocabulary (`/search/words.json`), loaded once and only when a search needs it. */
function loadVocabulary(): Promise<{ words: string[]; known: Set<string> }> {
  vocabulary ??= fetch('/search/words.json')
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .then((words) => ({ words, known: new Set(words) }))
    .catch(() => ({ words: [], known: new Set<string>() }));
  return vocabulary;
}

/**
 * The query with each misspelt word replaced by the vocabulary's nearest word
 * (`helicpter` → `helicopter`), or null when no word changes.
 */
export async function correction(query: string, words: readonly string[]): Promise<string | null> {
  const { words: list, known } = await loadVocabulary();
  let changed = false;
  const corrected = words.map((word) => {
    const better = suggest(word, list, known);
    if (better) changed = true;
    return better ?? word;
  });
  return changed && corrected.join(' ') !== query.toLowerCase() ? corrected.join(' ') : null;
}
