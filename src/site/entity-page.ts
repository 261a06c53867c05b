/**
 * `/entities/<slug>/`: one person, organisation or place, and every cable and paragraph that
 * names it (docs/entities.md), with a short excerpt; names found only in a header say where.
 * As HTML text, so the build can write the thousands of them in one pass (./bulk-pages.ts) and
 * `npm run dev` can render the same through the route (src/pages/entities/[slug].astro).
 */
import { escapeHtml, type BulkPage } from './bulk-pages.ts';
import { count } from './format-annotations.ts';
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

/** The page of one name: its path, title, description and main content. */
export function entityPage(entity: SiteEntity): BulkPage {
  const kind = ENTITY_GROUPS.find((group) => group.kind === entity.kind)?.singular ?? entity.kind;
  const name = escapeHtml(entity.name);
  const main =
    `<div class="page-head"><h1>${name}</h1><p class="lede">A ${escapeHtml(kind)}, named in ${count(entity.cables.length, 'cable')}. ` +
    `<a href="/entities/">All names</a></p></div>` +
    entity.cables.map(cableSection).join('');
  return {
    path: `/entities/${entity.slug}/`,
    title: entity.name,
    description: `${entity.name}: every cable and paragraph that names this ${kind}.`,
    main,
  };
}
