/**
 * A table of cables (home and browse pages) as HTML text: subject linked to the reader page,
 * reference id, date, origin (the post's name, as the facets give it) and classification. Text,
 * so that the build can write the browse pages in one pass (./browse-page.ts); the home page
 * prints it through CableList.astro. Escaped as Astro escapes a template's values.
 */
import type { ListedCable } from '../lib/browse.ts';
import { escapeAttribute, escapeHtml } from '../site/bulk-pages.ts';
import { classificationLevel } from '../site/format.ts';

const HEAD =
  '<thead><tr><th scope="col">Subject</th><th scope="col">Reference id</th><th scope="col">Date</th><th scope="col">Origin</th><th scope="col">Classification</th></tr></thead>';

function row(cable: ListedCable): string {
  const date = cable.date ? `<time datetime="${escapeAttribute(cable.date)}">${escapeHtml(cable.date)}</time>` : '';
  return (
    `<tr><td class="subject"><a href="${escapeAttribute(`/cables/${cable.id}/`)}">${escapeHtml(cable.subject ?? cable.id)}</a></td>` +
    `<td class="mono">${escapeHtml(cable.referenceId ?? '')}</td>` +
    `<td class="date">${date}</td>` +
    `<td>${escapeHtml(cable.origin ?? '')}</td>` +
    `<td><span class="${escapeAttribute(`cls cls-${classificationLevel(cable.classification)}`)}">${escapeHtml(cable.classification ?? '')}</span></td></tr>`
  );
}

/** The table of these cables, with a caption for screen readers. */
export function cableList(cables: readonly ListedCable[], caption: string): string {
  return `<table class="cable-list"><caption class="sr-only">${escapeHtml(caption)}</caption>${HEAD}<tbody>${cables.map(row).join('')}</tbody></table>`;
}
