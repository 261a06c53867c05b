/**
 * `/glossary/<id>/`: one term, its meaning, and every cable that uses it, linked to the first
 * paragraph using it (or to the page when only its header or a marking badge does). 100 cables
 * a page (`/glossary/<id>/2/`…, rel="next"/"prev", as browse pages), so a term most cables use
 * gives pages of one size, not one page growing with the archive (issue 12). As HTML text, so
 * the build writes the hundreds of them in one pass (./bulk-pages.ts) and `npm run dev` renders
 * the same through the route (src/pages/glossary/[...path].astro).
 */
import { escapeHtml, type BulkPage } from './bulk-pages.ts';
import { aNoun, count, paragraphLabel } from './format-annotations.ts';
import { pagerLinks, pagerNav, pageRange, splitList, type ListSource } from './split-list.ts';
import type { TermCable } from './site-index.ts';
import { TERM_GROUPS, type GlossaryTerm } from './site-data.ts';

/** The id of the route's frame page (getStaticPaths cannot see the page's own constants): no glossary id starts with `_`. */
export const FRAME_ID = '_frame';

function cableItem({ cable, firstParagraph }: TermCable): string {
  const id = escapeHtml(cable.id);
  const anchor = firstParagraph ? `#${escapeHtml(firstParagraph)}` : '';
  return (
    `<li><a href="/cables/${id}/${anchor}">${escapeHtml(cable.subject ?? cable.id)}</a> <span class="mono">${id}</span>` +
    (firstParagraph ? ` (first in ${escapeHtml(paragraphLabel(firstParagraph))})` : '') +
    (cable.date ? ` · <time datetime="${escapeHtml(cable.date)}">${escapeHtml(cable.date)}</time>` : '') +
    `</li>`
  );
}

/** The pages of one term, given the cables using it (newest first), one at a time. */
export function* termPages(term: GlossaryTerm, cables: ListSource<TermCable>): Generator<BulkPage> {
  const kind = TERM_GROUPS.find((group) => group.kind === term.kind)?.singular ?? term.kind;
  const contexts = term.contexts.map(
    (context) => `<p class="context">In cables about ${escapeHtml(context.places.join(', '))}: ${escapeHtml(context.meaning)}</p>`,
  );
  const about =
    `<div class="page-head"><h1>${escapeHtml(term.term)}</h1><p class="lede">${escapeHtml(aNoun(kind))}. ` +
    `<a href="/glossary/#${escapeHtml(term.id)}">Glossary</a></p></div>` +
    `<p class="meaning">${escapeHtml(term.meaning)}</p>` +
    contexts.join('') +
    (term.forms.length > 0 ? `<p class="forms">Also written: ${escapeHtml(term.forms.join(', '))}.</p>` : '');
  const used = (range: string) => (cables.length === 0 ? 'Not used in these cables' : `Used in ${count(cables.length, 'cable')}${range.replace(/^;/, ':')}`);
  for (const page of splitList(`/glossary/${term.id}/`, cables)) yield {
    path: page.path,
    title: page.number > 1 ? `${term.term} (glossary), page ${page.number}` : `${term.term} (glossary)`,
    description: `${term.term}: ${term.meaning}`,
    head: pagerLinks(page),
    main:
      about +
      `<h2>${used(pageRange(page))}</h2>` +
      (page.items.length > 0 ? `<ul class="term-cables">${page.items.map(cableItem).join('')}</ul>` : '') +
      pagerNav(page, '← Newer', 'Older →'),
  };
}
