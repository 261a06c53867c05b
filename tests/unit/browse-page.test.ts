/**
 * Browse pages as the build writes them in one pass (src/components/browse-page.ts, the table in
 * cable-list.ts): the markup Astro's route printed (rows and escaping as in the built
 * /browse/year/2009/), pages numbered as Astro's paginate numbers them, the lede's range on a
 * split list, and paths where the route would have put them.
 */
import { expect, test } from 'vitest';
import { browsePages } from '../../src/components/browse-page.ts';
import { cableList } from '../../src/components/cable-list.ts';
import type { FacetGroup, ListedCable } from '../../src/lib/browse.ts';

const FACETS = { year: '2009', month: '2009-12', origin: null, classification: null, tags: [], partial: false, redacted: false };
/** 09DOHA733 as the content store lists it: a subject with an apostrophe. */
const DOHA: ListedCable = {
  id: '09DOHA733',
  referenceId: '09DOHA733',
  subject: "VISIT OF QATAR'S PRIME MINISTER TO WASHINGTON JANUARY 4-5",
  date: '2009-12-21',
  origin: 'AMEMBASSY DOHA',
  classification: 'SECRET//NOFORN',
  facets: FACETS,
};
/** A cable with no subject, date, reference id, origin or classification lists its id and empty cells. */
const BARE: ListedCable = { id: 'guatemala-mexico-border-issues-staffdel-meacham', referenceId: null, subject: null, date: null, origin: null, classification: null, facets: FACETS };

test('a row as the route printed it: escaped subject, date, class of the classification; empty cells for what a cable lacks', () => {
  const html = cableList([DOHA, BARE], 'Cables of 2009, newest first');
  expect(html).toContain(
    '<tr><td class="subject"><a href="/cables/09DOHA733/">VISIT OF QATAR&#39;S PRIME MINISTER TO WASHINGTON JANUARY 4-5</a></td><td class="mono">09DOHA733</td>' +
      '<td class="date"><time datetime="2009-12-21">2009-12-21</time></td><td>AMEMBASSY DOHA</td><td><span class="cls cls-secret">SECRET//NOFORN</span></td></tr>',
  );
  expect(html).toContain(
    '<tr><td class="subject"><a href="/cables/guatemala-mexico-border-issues-staffdel-meacham/">guatemala-mexico-border-issues-staffdel-meacham</a></td><td class="mono"></td><td class="date"></td><td></td><td><span class="cls cls-none"></span></td></tr>',
  );
  expect(html.startsWith('<table class="cable-list"><caption class="sr-only">Cables of 2009, newest first</caption><thead>')).toBe(true);
});

test('150 cables of a tag: two pages numbered as paginate does, linked both ways, the range in the lede and caption', () => {
  const cables = Array.from({ length: 150 }, (_, index) => ({ ...DOHA, id: `09DOHA${index}` }));
  const group: FacetGroup = { facet: 'tag', slug: 'Human-Rights', name: 'Human Rights', cables };
  const pages = [...browsePages(group)];
  expect(pages.map((page) => [page.path, page.title, page.head])).toEqual([
    ['/browse/tag/Human-Rights/', 'Cables tagged Human Rights', '<link rel="next" href="/browse/tag/Human-Rights/2/">'],
    ['/browse/tag/Human-Rights/2/', 'Cables tagged Human Rights, page 2', '<link rel="prev" href="/browse/tag/Human-Rights/">'],
  ]);
  expect(pages[1]!.description).toBe('150 cables tagged Human Rights, newest first.');
  expect(pages[1]!.main).toContain(
    '<p class="lede">150 cables, newest first; page 2 of 2 (101–150 of 150). <a href="/search/?tag=Human-Rights">Search within them</a>.</p>',
  );
  expect(pages[1]!.main).toContain('<caption class="sr-only">Cables tagged Human Rights, newest first, 101–150 of 150</caption>');
  expect(pages[1]!.main.endsWith('<nav class="pager" aria-label="Pages"><a rel="prev" href="/browse/tag/Human-Rights/">← Newer</a><span>Page 2 of 2</span><span></span></nav>')).toBe(true);
  expect(pages.flatMap((page) => [...page.main.matchAll(/href="\/cables\/([^/]+)\/"/g)].map((match) => match[1]))).toEqual(cables.map((cable) => cable.id));
});

test('undated cables: no search link; a value with # or ? is escaped in the path as Astro does', () => {
  const [undated] = browsePages({ facet: 'year', slug: 'undated', name: 'Undated', cables: [BARE] });
  expect(undated!.main).toContain('<h1>Cables without a date</h1><p class="lede">1 cable, newest first.</p></div>');
  const [odd] = browsePages({ facet: 'tag', slug: 'C#?', name: 'C#?', cables: [DOHA] });
  expect(odd!.path).toBe('/browse/tag/C%23%3F/');
});
