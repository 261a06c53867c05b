/**
 * `/browse/<facet>/<value>/` and its numbered pages `/2/`, `/3/`…: the cables of one facet value,
 * newest first, 100 a page, linked with rel="next"/"prev" (CONTRACT.md "URLs"). As HTML text, so
 * the build writes the hundreds of them in one pass (src/site/bulk-pages.ts: Astro's cost per
 * route saved on each) and `npm run dev` renders the same through the route
 * (src/pages/browse/[facet]/[value]/[...page].astro).
 */
import { FACET_TITLES, type FacetGroup } from '../lib/browse.ts';
import { UNDATED } from '../lib/facet-values.ts';
import { escapeAttribute, escapeHtml, type BulkPage } from '../site/bulk-pages.ts';
import { pagerLinks, pagerNav, splitList } from '../site/split-list.ts';
import { cableList } from './cable-list.ts';

/** The facet and value of the route's frame page: no facet is called so. */
export const FRAME = '_frame';

/**
 * A value as Astro writes it into a page's path (its route generator): NFC, `#` and `?` escaped,
 * so a page written in bulk lands where the route would have put it.
 */
function pathSegment(value: string): string {
  return value.normalize().replace(/#/g, '%23').replace(/\?/g, '%3F');
}

/** `from Madrid`, `tagged PREL`, `of 2009`, `without a date`, `classified SECRET//NOFORN`. */
function describe({ facet, slug, name }: FacetGroup): string {
  switch (facet) {
    case 'origin':
      return `from ${name}`;
    case 'tag':
      return `tagged ${name}`;
    case 'year':
      return slug === UNDATED ? 'without a date' : `of ${name}`;
    case 'classification':
      return `classified ${name}`;
  }
}

/** The pages of one facet value's cables (newest first), made one at a time. */
export function* browsePages(group: FacetGroup): Generator<BulkPage> {
  const { singular } = FACET_TITLES[group.facet];
  const what = describe(group);
  const title = `Cables ${what}`;
  const total = group.cables.length;
  const searchUrl = `/search/?${new URLSearchParams({ [group.facet]: group.slug }).toString()}`;
  const search = group.slug === UNDATED ? '' : ` <a href="${escapeAttribute(searchUrl)}">Search within them</a>.`;
  for (const page of splitList(`/browse/${group.facet}/${pathSegment(group.slug)}/`, group.cables)) {
    const range = `${page.first}–${page.end} of ${total}`;
    const where = page.last > 1 ? `; page ${page.number} of ${page.last} (${range})` : '';
    yield {
      path: page.path,
      title: page.number > 1 ? `${title}, page ${page.number}` : title,
      description: `${total} cables ${what}, newest first.`,
      head: pagerLinks(page),
      main:
        `<div class="page-head"><p class="kicker"><a href="/browse/">Browse</a> · ${escapeHtml(singular)}</p><h1>${escapeHtml(title)}</h1>` +
        `<p class="lede">${total === 1 ? '1 cable' : `${total} cables`}, newest first${escapeHtml(where)}.${search}</p></div>` +
        cableList(page.items, `${title}, newest first${page.last > 1 ? `, ${range}` : ''}`) +
        pagerNav(page, '← Newer', 'Older →'),
    };
  }
}
