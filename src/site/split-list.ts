/**
 * A list split 100 items a page (a name's or a term's cables, issue 12), as the bulk-written
 * pages need it: each page's path (`/entities/u-s/`, then `/entities/u-s/2/`…, as Astro's
 * `paginate` numbers browse pages), its items, its `rel="prev"`/`"next"` links for `<head>`, and
 * the pager below the list (the markup of src/components/Pager.astro).
 */
import { PAGE_SIZE } from '../lib/browse.ts';
import { escapeAttribute, escapeHtml } from './bulk-pages.ts';

export interface ListPage<T> {
  path: string;
  /** 1-based, of `last`. */
  number: number;
  last: number;
  items: T[];
  /** 1-based positions of the page's first and last item in the whole list. */
  first: number;
  end: number;
  prev: string | null;
  next: string | null;
}

/** A list whose items are taken a run at a time: an array, or a name's records on disk (./spill.ts). */
export interface ListSource<T> {
  readonly length: number;
  slice(start: number, end: number): T[];
}

/**
 * The pages of `items` under `base` (`/entities/u-s/`), one at a time: only the page asked for
 * takes its items (from disk, for a name's records). An empty list still has its first page.
 */
export function* splitList<T>(base: string, items: ListSource<T>, size = PAGE_SIZE): Generator<ListPage<T>> {
  const last = Math.max(1, Math.ceil(items.length / size));
  const pathOf = (number: number) => (number === 1 ? base : `${base}${number}/`);
  for (let number = 1; number <= last; number += 1) {
    const index = number - 1;
    yield {
      path: pathOf(number),
      number,
      last,
      items: items.slice(index * size, number * size),
      first: index * size + 1,
      end: Math.min(number * size, items.length),
      prev: number > 1 ? pathOf(number - 1) : null,
      next: number < last ? pathOf(number + 1) : null,
    };
  }
}

/** `<link rel="prev">` and `<link rel="next">` for the page's `<head>`. */
export function pagerLinks(page: ListPage<unknown>): string {
  return (
    (page.prev ? `<link rel="prev" href="${escapeAttribute(page.prev)}">` : '') +
    (page.next ? `<link rel="next" href="${escapeAttribute(page.next)}">` : '')
  );
}

/** The previous and next links and where the reader is; nothing when there is one page. */
export function pagerNav(page: ListPage<unknown>, prev: string, next: string): string {
  if (page.last === 1) return '';
  const link = (rel: string, href: string | null, text: string) => (href ? `<a rel="${rel}" href="${escapeAttribute(href)}">${escapeHtml(text)}</a>` : '<span></span>');
  return `<nav class="pager" aria-label="Pages">${link('prev', page.prev, prev)}<span>Page ${page.number} of ${page.last}</span>${link('next', page.next, next)}</nav>`;
}

/** `; page 2 of 3 (101–200)` after a count, when the list has more than one page. */
export function pageRange(page: ListPage<unknown>): string {
  return page.last > 1 ? `; page ${page.number} of ${page.last} (${page.first}–${page.end})` : '';
}
