/**
 * Site-wide pages and budgets over dist/: the home list, the search page's form, the chrome
 * every page shares, the reader page's weight, and the Pagefind index.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { newestFirst } from '../../src/lib/browse.ts';
import { SEED_ID } from '../helpers/paths.ts';
import {
  allCableJson,
  attr,
  distHas,
  distPath,
  readDist,
  readPage,
  select,
  selectAll,
  textOf,
} from '../helpers/site.ts';

const cables = allCableJson();

describe('home /', () => {
  const page = readPage('/');
  const rows = selectAll('table.cable-list tbody tr', page);
  // CONTRACT.md (issue 9): the newest cables, at most 100, never the whole list.
  const newest = [...cables.values()].sort(newestFirst).slice(0, 100);

  test('an h1 and one row for each of the 100 newest cables (undated last), each linking to its reader page', () => {
    expect(select('h1', page)).toBeDefined();
    expect(rows).toHaveLength(Math.min(100, cables.size));
    const linked = rows.map((row) => attr(select('a[href^="/cables/"]', row), 'href'));
    expect(linked).toEqual(newest.map((cable) => `/cables/${cable.id}/`));
  });

  test('each row shows subject, reference id, date, origin and classification of its cable', () => {
    const problems: string[] = [];
    for (const row of rows) {
      const id = /^\/cables\/(.+)\/$/.exec(attr(select('a', row), 'href') ?? '')?.[1] ?? '';
      const cable = cables.get(id);
      if (!cable) {
        problems.push(`row links to unknown ${id}`);
        continue;
      }
      const text = textOf(row);
      const expected = [cable.subject ?? cable.id, cable.referenceId, cable.origin, cable.classification];
      for (const value of expected) if (value && !text.includes(value.replace(/\s+/g, ' '))) problems.push(`${id}: row lacks "${value}"`);
      const time = attr(select('time', row), 'dateTime');
      if ((time ?? null) !== cable.date) problems.push(`${id}: <time datetime=${time}> ≠ ${cable.date}`);
    }
    expect(problems).toEqual([]);
  });

  test('newest first, undated last', () => {
    const dates = rows.map((row) => attr(select('time', row), 'dateTime') ?? null);
    const dated = dates.filter((date) => date !== null);
    expect(dates.slice(0, dated.length)).toEqual(dated);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dated.length).toBe(100);
  });

  test('the ways in: every year, posts, tags and classifications link to their browse pages, and /browse/ and /search/ are linked', () => {
    const links = selectAll('.ways-in a', page).map((link) => attr(link, 'href') ?? '');
    const years = new Set([...cables.values()].map((cable) => cable.date?.slice(0, 4) ?? 'undated'));
    for (const year of years) expect(links, year).toContain(`/browse/year/${year}/`);
    expect(links.some((href) => href.startsWith('/browse/origin/'))).toBe(true);
    expect(links).toContain('/browse/origin/madrid/');
    expect(links).toContain('/browse/tag/PREL/');
    expect(links.some((href) => href.startsWith('/browse/classification/'))).toBe(true);
    expect(links).toContain('/browse/');
    expect(links).toContain('/search/');
    for (const href of links) expect(distHas(href), href).toBe(true);
  });
});

describe('every page', () => {
  const pages = ['/', '/search/', `/cables/${SEED_ID}/`, '/cables/04AMMAN1288/'];

  test.each(pages)('%s has the shared chrome: home link, GET search form, skip link, main#cr-main', (url) => {
    const page = readPage(url);
    expect(select('header a[href="/"]', page), 'site name linking to /').toBeDefined();
    const form = select('form[role="search"]', page);
    expect(attr(form, 'action')).toBe('/search/');
    expect((attr(form, 'method') ?? 'get').toLowerCase()).toBe('get');
    const input = select('input[type="search"][name="q"]', form ?? page);
    expect(input).toBeDefined();
    const label = select(`label[for="${attr(input, 'id')}"]`, page);
    expect(textOf(label)).toBe('Search cables');
    // The first link skips the chrome: to main#cr-main, or on a reader page to the cable text in it (issue 10).
    const skip = select('body > a.skip-link', page);
    const target = (attr(skip, 'href') ?? '').slice(1);
    expect(selectAll('a[href]', page)[0], 'skip link first').toBe(skip);
    expect(target === 'cr-main' || select(`main [id="${target}"]`, page) !== undefined, `skip link target #${target} in main`).toBe(true);
    expect(select('main#cr-main', page)).toBeDefined();
    expect(selectAll('header [data-pagefind-body], footer [data-pagefind-body]', page)).toEqual([]);
  });

  test('the search page has its input, status and result list', () => {
    const page = readPage('/search/');
    expect(select('form input#search-input[type="search"][name="q"]', page)).toBeDefined();
    expect(attr(select('#search-status', page), 'role')).toBe('status');
    expect(select('ol#search-results', page)).toBeDefined();
  });
});

describe('reader header block', () => {
  // Issue 10: one compact line of facts under the title (what the copy lacks left out); the rest
  // of the header (references, markings, E.O., Classified By) in "about this copy".
  test('04AMMAN1288 shows its facts line, tag chips and the rest of its header with their values', () => {
    const cable = cables.get('04AMMAN1288');
    const page = readPage('/cables/04AMMAN1288/');
    const facts = select('article.cable .cable-facts', page);
    expect(selectAll('dl.facts dt', facts ?? page).map((term) => textOf(term))).toEqual(['Reference id', 'Year', 'Origin', 'Classification']);
    // No date line in this partial extract: the year its id gives, said to be the id's.
    expect(selectAll('dl.facts dd', facts ?? page).map((value) => textOf(value))).toEqual([cable?.referenceId, '2004 (by its id)', cable?.origin, cable?.classification]);
    expect(selectAll('ul.tags a.tag', facts ?? page).map((chip) => textOf(chip))).toEqual(cable?.tags);
    const meta = select('#about-this-copy dl.cable-meta', page);
    expect(selectAll('dt', meta ?? page).map((term) => textOf(term))).toEqual(['References', 'Paragraph markings', 'E.O.', 'Classified by']);
    const text = textOf(meta);
    for (const value of cable?.references ?? []) expect(text).toContain(value);
    expect(text).toContain('12958');
    expect(text).toContain('Edward W. Gnehm');
  });
});

describe('reader page weight', () => {
  const html = readDist(`/cables/${SEED_ID}/`);
  const page = readPage(`/cables/${SEED_ID}/`);

  test('seed reader page: HTML + linked CSS ≤ 15 KB gzip', () => {
    const stylesheets = selectAll('link[rel~="stylesheet"]', page).map((link) => attr(link, 'href') ?? '');
    const cssBytes = stylesheets.map((href) => {
      expect(href, 'stylesheet served from this site').toMatch(/^\//);
      return gzipSync(readFileSync(distPath(href.split('?')[0] ?? href))).length;
    });
    const total = gzipSync(html).length + cssBytes.reduce((sum, bytes) => sum + bytes, 0);
    console.log(`[budget] seed reader page: ${gzipSync(html).length} B HTML + ${cssBytes.join(' + ') || 0} B CSS (gzip) = ${total} B`);
    expect(total).toBeLessThanOrEqual(15 * 1024);
  });

  test('no reader page loads Pagefind up front (no pagefind <script src>, preload or import)', () => {
    // A plain scan (no HTML parse): any <script src> or <link href> naming pagefind is an offender.
    const loadsPagefind = /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?[^"'\s>]*pagefind[^>]*>/gi;
    const offenders = [...cables.keys()].flatMap((id) =>
      (readDist(`/cables/${id}/`).match(loadsPagefind) ?? []).map((tag) => `${id}: ${tag}`),
    );
    expect(offenders).toEqual([]);
    // The scan does see such a tag (inline imports are left to the browser test's request log).
    expect('<script type="module" src="/pagefind/pagefind-highlight.js"></script>').toMatch(loadsPagefind);
  });
});

describe('Pagefind index', () => {
  test('is present with its JS API, highlight script and one page per cable', () => {
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-highlight.js', '/pagefind/pagefind-entry.json']) {
      expect(distHas(file), file).toBe(true);
    }
    const entry = JSON.parse(readDist('/pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    // Only reader pages carry data-pagefind-body: home and search are not indexed.
    expect(pages).toBe(cables.size);
  });
});
