/**
 * Issue 9, the search page's pure parts: the URL state (every parameter of CONTRACT.md, unknown
 * values dropped with a message), query cleaning (markup, length caps), Pagefind's filter option,
 * typed posts and tags offered as filters, and the spelling correction on the real seeds' words.
 */
import { describe, expect, test } from 'vitest';
import { readCable, listCableFiles } from '../../src/lib/read.ts';
import { countWords, editDistance, suggest, vocabulary } from '../../src/lib/spelling.ts';
import { offersFor, wordMatched, type KnownValue } from '../../src/client/search/metadata.ts';
import { cleanQuery, MAX_QUERY_CHARS, MAX_QUERY_WORDS, pagefindFilters, readState, stateParams, type KnownValues } from '../../src/client/search/state.ts';

const known: KnownValues = {
  years: ['2003', '2004', '2008', '2009', '2010'],
  origins: new Set(['madrid', 'maputo']),
  classifications: new Set(['secret', 'secret-noforn']),
  tags: new Set(['PREL', 'PGOV', 'SP']),
};

describe('URL state', () => {
  test('every parameter read and written back in the contract’s order', () => {
    const { state, notices } = readState(new URLSearchParams('sort=date&tag=prel&tag=PGOV&origin=madrid&year=2008-2010&classification=secret&q=ETA'), known);
    expect(notices).toEqual([]);
    expect(state).toEqual({ q: 'ETA', year: { from: 2008, to: 2010 }, origin: 'madrid', classification: 'secret', tags: ['PREL', 'PGOV'], sort: 'date' });
    expect(stateParams(state).toString()).toBe('q=ETA&year=2008-2010&origin=madrid&classification=secret&tag=PREL&tag=PGOV&sort=date');
    expect(pagefindFilters(state, known.years)).toEqual({
      year: { any: ['2008', '2009', '2010'] },
      origin: 'madrid',
      classification: 'secret',
      tag: { all: ['PREL', 'PGOV'] },
    });
    // A common tag has a Pagefind filter of its own (facet-values.ts OWN_FILTER_SHARE): only that one loads.
    expect(pagefindFilters(state, known.years, new Set(['PREL']))).toEqual({
      year: { any: ['2008', '2009', '2010'] },
      origin: 'madrid',
      classification: 'secret',
      'tag-PREL': 'yes',
      tag: { all: ['PGOV'] },
    });
  });

  test('unknown values are left out, each with a message', () => {
    const { state, notices } = readState(new URLSearchParams('origin=atlantis&classification=top-secret&tag=NOPE&year=1850&sort=random'), known);
    expect(state).toEqual({ q: '', year: null, origin: null, classification: null, tags: [], sort: null });
    expect(notices).toHaveLength(4);
  });
});

describe('cleanQuery', () => {
  test('markup is dropped with a message, its words kept', () => {
    expect(cleanQuery('<script>alert(1)</script>helicopter')).toEqual({ q: 'alert(1) helicopter', notices: ['Markup is not searched: only its words are.'] });
  });

  test(`2,000 words are cut to ${MAX_QUERY_WORDS}, and any query to ${MAX_QUERY_CHARS} characters`, () => {
    const { q, notices } = cleanQuery(Array.from({ length: 2000 }, () => 'word').join(' '));
    expect(q.split(' ')).toHaveLength(MAX_QUERY_WORDS);
    expect(notices).toEqual([`Only the first ${MAX_QUERY_WORDS} words are searched.`]);
    const long = cleanQuery('x'.repeat(150) + ' ' + 'y'.repeat(150));
    expect(long.q.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });
});

describe('typed metadata', () => {
  const value = (slug: string, name: string, count: number): KnownValue => ({ slug, name, count });
  const origins = new Map([['maputo', value('maputo', 'Maputo', 2)], ['madrid', value('madrid', 'Madrid', 22)]]);
  const tags = new Map([['PREL', value('PREL', 'PREL', 177)], ['SP', value('SP', 'SP', 20)]]);

  test.each([
    ['AMEMBASSY MAPUTO', [['origin', 'maputo']]],
    ['Madrid', [['origin', 'madrid']]],
    ['PREL', [['tag', 'PREL']]],
    ['prel', [['tag', 'PREL']]],
    ['sp', []],
    ['SP', [['tag', 'SP']]],
    ['helicopter', []],
  ])('%s → %j', (query, expected) => {
    expect(offersFor(query, origins, tags).map((offer) => [offer.facet, offer.value.slug])).toEqual(expected);
  });

  test('a word is matched when a marked word shares all but its last three letters; never on a 2-letter prefix', () => {
    expect(wordMatched('helicopter', ['helicopter'])).toBe(true);
    expect(wordMatched('helicopters', ['helicopter'])).toBe(true);
    expect(wordMatched('helicpter', ['he', 'helped'])).toBe(false);
    expect(wordMatched('Meachem', ['mea', 'meaning'])).toBe(false);
  });
});

describe('spelling from the seeds’ own words', async () => {
  const counts = new Map<string, number>();
  for (const file of await listCableFiles('seeds')) {
    const cable = await readCable(file);
    for (const paragraph of cable.paragraphs) countWords(paragraph.text, counts);
  }
  const words = vocabulary(counts);

  test.each([
    ['helicpter', 'helicopter'],
    ['Meachem', 'meacham'],
    ['ambasador', 'ambassador'],
  ])('%s → %s', (typo, word) => {
    expect(suggest(typo, words)).toBe(word);
  });

  test('a known word, a short word or a word far from any other gets no suggestion', () => {
    expect(suggest('helicopter', words)).toBeNull();
    // The cables' own misspellings are words of the index: searching them finds those cables.
    expect(suggest('goverment', words)).toBeNull();
    expect(suggest('hx', words)).toBeNull();
    expect(suggest('qqqqzzzzxxxx', words)).toBeNull();
  });

  test('edit distance counts a swap as one edit', () => {
    expect(editDistance('helicopter', 'helicotper', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
