/**
 * A name's or a term's cables 100 a page (src/site/split-list.ts, issue 12): paths numbered as
 * browse pages, every item on exactly one page, links between neighbours only; and the lede's article.
 */
import { expect, test } from 'vitest';
import { aNoun } from '../../src/site/format-annotations.ts';
import { pagerLinks, pagerNav, pageRange, splitList } from '../../src/site/split-list.ts';

test('250 items: three pages, numbered from /2/, every item once, in order', () => {
  const items = Array.from({ length: 250 }, (_, index) => index);
  const pages = [...splitList('/entities/u-s/', items)];
  expect(pages.map((page) => [page.path, page.prev, page.next, page.first, page.end])).toEqual([
    ['/entities/u-s/', null, '/entities/u-s/2/', 1, 100],
    ['/entities/u-s/2/', '/entities/u-s/', '/entities/u-s/3/', 101, 200],
    ['/entities/u-s/3/', '/entities/u-s/2/', null, 201, 250],
  ]);
  expect(pages.flatMap((page) => page.items)).toEqual(items);
  expect(pageRange(pages[1]!)).toBe('; page 2 of 3 (101–200)');
  expect(pagerLinks(pages[1]!)).toBe('<link rel="prev" href="/entities/u-s/"><link rel="next" href="/entities/u-s/3/">');
  expect(pagerNav(pages[2]!, '← Newer', 'Older →')).toBe(
    '<nav class="pager" aria-label="Pages"><a rel="prev" href="/entities/u-s/2/">← Newer</a><span>Page 3 of 3</span><span></span></nav>',
  );
});

test('one page (or none used): no links, no pager, no range; an empty list keeps its first page', () => {
  for (const items of [[], [1], Array.from({ length: 100 }, (_, index) => index)]) {
    const pages = [...splitList('/glossary/eo/', items)];
    expect(pages).toHaveLength(1);
    expect([pagerLinks(pages[0]!), pagerNav(pages[0]!, 'a', 'b'), pageRange(pages[0]!)]).toEqual(['', '', '']);
  }
});

test('a name\'s or a term\'s page says what it is with the right article', () => {
  expect(['person', 'organisation', 'place', 'acronym', 'subject tag'].map(aNoun)).toEqual(['A person', 'An organisation', 'A place', 'An acronym', 'A subject tag']);
});
