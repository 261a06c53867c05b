/**
 * Issue 9 over the real dist/: browse pages (every facet value's pages together list exactly the
 * cables whose JSON carries the value, newest first, 100 a page, rel=next/prev), every cable
 * reachable from /browse/, byte budgets, ids in any case, the reader page's Pagefind filters and
 * tag links, and the search vocabulary.
 */
import { tagSlug } from '../../src/lib/facet-values.ts';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { classificationSlug, hasOwnTagFilter, ownTagFilter, postSlug, postNameOf } from '../../src/lib/facet-values.ts';
import type { Facets } from '../../src/lib/facets.ts';
import { newestFirst } from '../../src/lib/browse.ts';
import { VOCABULARY_SIZE } from '../../src/lib/spelling.ts';
import type { Cable } from '../../src/lib/types.ts';
import { allCableJson, attr, distHas, readDist, readPage, select, selectAll } from '../helpers/site.ts';

type SiteCable = Cable & { facets: Facets };
const cables = allCableJson() as Map<string, SiteCable>;
const KB = 1024;

/** The values the JSON's facets give a cable, per browse facet. */
function valuesOf(cable: SiteCable): Record<'year' | 'origin' | 'classification' | 'tag', string[]> {
  const { facets } = cable;
  return {
    year: [facets.year ?? 'undated'],
    origin: facets.origin ? [facets.origin.slug] : [],
    classification: facets.classification ? [facets.classification.slug] : [],
    tag: facets.tags.map(tagSlug),
  };
}

/** Follows a facet value's pages by rel=next from its first page; returns each page's cable ids. */
function browsePages(firstUrl: string): { url: string; ids: string[] }[] {
  const pages: { url: string; ids: string[] }[] = [];
  let url: string | undefined = firstUrl;
  let previous: string | undefined;
  while (url) {
    expect(distHas(url), url).toBe(true);
    const page = readPage(url);
    const ids = selectAll('table.cable-list tbody tr td.subject a', page).map((link) => /^\/cables\/(.+)\/$/.exec(attr(link, 'href') ?? '')?.[1] ?? '');
    pages.push({ url, ids });
    expect(attr(select('link[rel="prev"]', page), 'href'), `${url} rel=prev`).toBe(previous);
    previous = url;
    url = attr(select('link[rel="next"]', page), 'href');
  }
  return pages;
}

/** Every browse page the /browse/ index links to, by facet. */
const index = readPage('/browse/');
const valueLinks = selectAll('a[href^="/browse/"]', index).map((link) => attr(link, 'href') ?? '').filter((href) => /^\/browse\/[a-z]+\/[^/]+\/$/.test(href));

describe('/browse/ and /browse/<facet>/<value>/', () => {
  test('the index lists every facet value the JSON has, with its count', () => {
    const expected = new Map<string, number>();
    for (const cable of cables.values()) {
      for (const [facet, values] of Object.entries(valuesOf(cable))) {
        for (const value of values) expected.set(`/browse/${facet}/${encodeURIComponent(value)}/`, (expected.get(`/browse/${facet}/${encodeURIComponent(value)}/`) ?? 0) + 1);
      }
    }
    expect(new Set(valueLinks)).toEqual(new Set(expected.keys()));
    const counts = selectAll('.facet-links li', index).map((item) => [attr(select('a', item), 'href'), Number(select('.count', item) && (select('.count', item)?.children[0] as { value?: string } | undefined)?.value)]);
    for (const [href, count] of counts) expect(count, String(href)).toBe(expected.get(String(href)));
  });

  test('each value’s pages together list exactly the cables carrying it, newest first, at most 100 a page, linked by rel=next/prev', () => {
    const problems: string[] = [];
    for (const href of valueLinks) {
      const [, facet, value] = /^\/browse\/([a-z]+)\/([^/]+)\/$/.exec(href) ?? [];
      const pages = browsePages(href);
      if (pages.some((page, n) => page.ids.length > 100 || (n < pages.length - 1 && page.ids.length !== 100))) problems.push(`${href}: page sizes ${pages.map((page) => page.ids.length)}`);
      pages.forEach((page, n) => {
        if (n > 0 && page.url !== `${href}${n + 1}/`) problems.push(`${href}: page ${n + 1} is ${page.url}`);
      });
      const listed = pages.flatMap((page) => page.ids);
      const expected = [...cables.values()]
        .filter((cable) => valuesOf(cable)[facet as 'year'].includes(decodeURIComponent(value ?? '')))
        .sort(newestFirst)
        .map((cable) => cable.id);
      if (listed.join() !== expected.join()) problems.push(`${href}: lists ${listed.length}, JSON says ${expected.length}`);
    }
    expect(problems).toEqual([]);
  });

  test('a year’s pages list exactly that year’s cables (2009, by the JSON’s date)', () => {
    const listed = browsePages('/browse/year/2009/').flatMap((page) => page.ids);
    const expected = [...cables.values()].filter((cable) => cable.date?.startsWith('2009-')).map((cable) => cable.id);
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed)).toEqual(new Set(expected));
    expect(listed).toHaveLength(expected.length);
  });

  test('PREL (177 cables) spans two pages: 100 and 77', () => {
    const pages = browsePages('/browse/tag/PREL/');
    expect(pages.map((page) => page.ids.length)).toEqual([100, 77]);
    expect(pages.map((page) => page.url)).toEqual(['/browse/tag/PREL/', '/browse/tag/PREL/2/']);
  });

  test('Madrid is one post however the cables spell it: 22 cables under /browse/origin/madrid/', () => {
    const ids = browsePages('/browse/origin/madrid/').flatMap((page) => page.ids);
    expect(ids).toHaveLength(22);
    expect(new Set(ids.map((id) => cables.get(id)?.origin))).toEqual(new Set(['AMEMBASSY MADRID', 'MADRID', 'Embassy Madrid']));
    for (const id of ids) expect(postSlug(postNameOf(cables.get(id)?.origin ?? '') ?? '')).toBe('madrid');
  });

  test('every cable is reachable from /browse/', () => {
    const reached = new Set(valueLinks.flatMap((href) => browsePages(href).flatMap((page) => page.ids)));
    expect([...cables.keys()].filter((id) => !reached.has(id))).toEqual([]);
  });
});

describe('budgets (gzip bytes)', () => {
  const gzipped = (url: string) => gzipSync(readDist(url)).length;

  test('home ≤ 30 KB', () => {
    expect(gzipped('/')).toBeLessThanOrEqual(30 * KB);
  });

  test('every browse page ≤ 50 KB', () => {
    const pages = ['/browse/', ...valueLinks.flatMap((href) => browsePages(href).map((page) => page.url))];
    const over = pages.map((url) => [url, gzipped(url)] as const).filter(([, bytes]) => bytes > 50 * KB);
    expect(over).toEqual([]);
    expect(pages.length).toBeGreaterThan(100);
  });
});

describe('ids in any case', () => {
  test('/cables/<id in lower case>/ leads to /cables/<ID>/: meta refresh, canonical link, a plain link', () => {
    const problems: string[] = [];
    for (const id of cables.keys()) {
      const lower = id.toLowerCase();
      if (lower === id) continue;
      const url = `/cables/${lower}/`;
      if (!distHas(url)) {
        problems.push(`${url} missing`);
        continue;
      }
      const page = readPage(url);
      const target = `/cables/${id}/`;
      if (attr(select('meta[http-equiv="refresh"]', page), 'content') !== `0;url=${target}`) problems.push(`${url}: refresh`);
      if (attr(select('link[rel="canonical"]', page), 'href') !== target) problems.push(`${url}: canonical`);
      if (attr(select('a#cable', page), 'href') !== target) problems.push(`${url}: link`);
    }
    expect(problems).toEqual([]);
    expect(distHas('/cables/10maputo86/')).toBe(true);
  });
});

describe('reader page facets', () => {
  test('Pagefind filters match the JSON’s facets on every reader page; no Pagefind sort', () => {
    const problems: string[] = [];
    const total = cables.size;
    const tagCounts = new Map<string, number>();
    for (const cable of cables.values()) for (const tag of new Set(cable.tags)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    // A common tag is a filter of its own (`tag-PREL:yes`), the rest values of `tag` (facet-values.ts).
    const tagFilter = (tag: string) => (hasOwnTagFilter(tagCounts.get(tag) ?? 0, total) ? `${ownTagFilter(tag)}:yes` : `tag:${tag}`);
    expect(tagFilter('PREL')).toBe('tag-PREL:yes');
    for (const cable of cables.values()) {
      const page = readPage(`/cables/${cable.id}/`);
      const filters = selectAll('article [data-pagefind-filter]', page).map((node) => attr(node, 'dataPagefindFilter'));
      const { facets } = cable;
      const expected = [
        facets.year && `year:${facets.year}`,
        facets.month && `month:${facets.month}`,
        cable.date && `date:${cable.date}`,
        facets.origin && `origin:${facets.origin.slug}`,
        cable.classification && `classification:${classificationSlug(cable.classification)}`,
        ...cable.tags.map(tagFilter),
        facets.partial && 'partial:yes',
        facets.redacted && 'redacted:yes',
      ].filter(Boolean);
      if (filters.join() !== expected.join()) problems.push(`${cable.id}: ${filters.join()} ≠ ${expected.join()}`);
      // A sort would put every page's rank in the metadata every search loads (24 KB at 10,000 cables).
      if (select('[data-pagefind-sort]', page)) problems.push(`${cable.id}: has a Pagefind sort`);
    }
    expect(problems).toEqual([]);
  });

  test('each tag in the header links to its browse page', () => {
    const cable = cables.get('10MAPUTO80');
    const page = readPage('/cables/10MAPUTO80/');
    const hrefs = selectAll('ul.tags li a.tag', page).map((link) => attr(link, 'href'));
    expect(hrefs).toEqual(cable?.tags.map((tag) => `/browse/tag/${tagSlug(tag)}/`));
    for (const href of hrefs) expect(distHas(href ?? ''), href).toBe(true);
  });
});

describe('search vocabulary', () => {
  test('/search/words.json holds the cables’ words, most frequent first, and is loaded by no page up front', () => {
    const words = JSON.parse(readDist('/search/words.json')) as string[];
    expect(words).toContain('helicopter');
    expect(words).toContain('meacham');
    expect(words).not.toContain('helicpter');
    expect(words.every((word) => word.length >= 4)).toBe(true);
    expect(words.length).toBeLessThanOrEqual(VOCABULARY_SIZE);
    expect(gzipSync(readDist('/search/words.json')).length).toBeLessThanOrEqual(64 * KB);
    expect(readDist('/search/')).not.toContain('words.json');
  });
});
