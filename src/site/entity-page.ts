/**
 * `/entities/<slug>/`: one person, organisation or place, and every cable and paragraph that
 * names it (docs/entities.md), with a short excerpt; names found only in a header say where.
 * 100 cables a page (`/entities/<slug>/2/`…, rel="next"/"prev", as browse pages), so a name in
 * thousands of cables gives pages of one size, not one page growing with the archive (issue 12).
 * As HTML text, so the build can write the thousands of them in one pass (./bulk-pages.ts) and
 * `npm run dev` can render the same through the route (src/pages/entities/[...path].astro).
 */
import { escapeHtml, type BulkPage } from './bulk-pages.ts';
import { aNoun, count } from './format-annotations.ts';
import { pagerLinks, pagerNav, pageRange, splitList, type ListSource } from './split-list.ts';
import type { EntityCable, SiteEntity } from './site-index.ts';
import { ENTITY_GROUPS, paragraphMark } from './site-data.ts';

/** The slug of the route's frame page (getStaticPaths cannot see the page's own constants): no name's slug starts with `_`. */
export const FRAME_SLUG = '_frame';

const HEADER_FIELDS: Record<string, string> = { classifiedBy: 'classified by', signature: 'signature', addressees: 'addressees' };

function cableSection({ cable, paragraphs, header }: EntityCable): string {
  const id = escapeHtml(cable.id);
  const date = cable.date ? ` · <time datetime="${escapeHtml(cable.date)}">${escapeHtml(cable.date)}</time>` : '';
  const items = paragraphs.map(
    (paragraph) =>
      `<li><a href="/cables/${id}/#${escapeHtml(paragraph.anchor)}">${escapeHtml(paragraphMark(paragraph.anchor, paragraph.number))}</a> ${escapeHtml(paragraph.excerpt)}</li>`,
  );
  const fields = header.map((field) => HEADER_FIELDS[field] ?? field).join(' / ');
  return (
    `<section class="entity-cable"><h2><a href="/cables/${id}/">${escapeHtml(cable.subject ?? cable.id)}</a></h2>` +
    `<p class="meta"><span class="mono">${id}</span>${date}</p>` +
    (items.length > 0 ? `<ul>${items.join('')}</ul>` : '') +
    (header.length > 0 ? `<p class="entity-header">Named in the header (${escapeHtml(fields)}).</p>` : '') +
    `</section>`
  );
}

/**
 * The pages of one name, given the cables naming it (newest first), one at a time: each with its
 * path, title, description, head links and main content.
 */
export function* entityPages(entity: SiteEntity, cables: ListSource<EntityCable>): Generator<BulkPage> {
  const kind = ENTITY_GROUPS.find((group) => group.kind === entity.kind)?.singular ?? entity.kind;
  const name = escapeHtml(entity.name);
  for (const page of splitList(`/entities/${entity.slug}/`, cables)) yield {
    path: page.path,
    title: page.number > 1 ? `${entity.name}, page ${page.number}` : entity.name,
    description: `${entity.name}: every cable and paragraph that names this ${kind}.`,
    head: pagerLinks(page),
    main:
      `<div class="page-head"><h1>${name}</h1><p class="lede">${escapeHtml(aNoun(kind))}, named in ${count(cables.length, 'cable')}${pageRange(page)}. ` +
      `<a href="/entities/">All names</a></p></div>` +
      page.items.map(cableSection).join('') +
      pagerNav(page, '← Newer', 'Older →'),
  };
}
