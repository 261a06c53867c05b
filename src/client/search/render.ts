/**
 * The search page's result items, built as DOM (never from HTML strings, except Pagefind's
 * excerpts, whose `<mark>`s alone are kept).
 */
import type { ListingRow } from '../../lib/facet-values.ts';
import type { ResultData, SubResult } from './pagefind.ts';

/** The search page's element with this id; a missing one is a page bug, said at once. */
export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`search page: no #${id}`);
  return node as T;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

const template = document.createElement('template');

/**
 * A marked word's edges that are not part of the word: Pagefind marks a whole space-delimited
 * token, so `helicopters.` and `(MBS)` come marked with their punctuation.
 */
const MARK_EDGES = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/** Moves a mark's leading and trailing punctuation out of it, when a word is left inside. */
function trimMark(mark: Element): void {
  const [, lead = '', word = '', trail = ''] = MARK_EDGES.exec(mark.textContent ?? '') ?? [];
  if (!word || (!lead && !trail)) return;
  mark.textContent = word;
  if (lead) mark.before(lead);
  if (trail) mark.after(trail);
}

/** Pagefind's excerpt HTML with its marks kept (around the word alone) and anything else turned into text. */
function excerpt(html: string): DocumentFragment {
  template.innerHTML = html;
  for (const node of template.content.querySelectorAll('*')) {
    if (node.tagName === 'MARK') trimMark(node);
    else node.replaceWith(node.textContent ?? '');
  }
  return template.content.cloneNode(true) as DocumentFragment;
}

/** `ref · date · origin · classification`, from the reader page's Pagefind meta. */
export function metaLine(meta: ResultData['meta']): string {
  return [meta['ref'], meta['date'], meta['origin'], meta['classification']].filter(Boolean).join(' · ');
}

const isSection = (sub: SubResult) => sub.anchor?.element.toLowerCase() === 'section';

/**
 * One cable of the results: its title linked to the cable, the meta line, the matching sections
 * on one line and every matching paragraph (with the highlight parameter), in page order.
 * Returns the item and how many paragraphs it lists.
 */
export function resultItem(data: ResultData): { item: HTMLLIElement; paragraphs: number } {
  const item = cableItem(data.url.split('?')[0] ?? data.url, data.meta['title'] || data.url, metaLine(data.meta), 'result');
  const hits = data.sub_results
    .filter((sub) => sub.url.includes('#'))
    .sort((a, b) => (a.anchor?.location ?? 0) - (b.anchor?.location ?? 0));
  const sections = hits.filter(isSection);
  const paras = hits.filter((sub) => !isSection(sub));
  if (sections.length) {
    const line = element('p', 'section-hits', sections.length === 1 ? 'Section: ' : 'Sections: ');
    sections.forEach((sub, index) => {
      const anchor = element('a', '', sub.title);
      anchor.href = sub.url;
      line.append(...(index ? [' · ', anchor] : [anchor]));
    });
    item.append(line);
  }
  if (paras.length) {
    const subs = element('ul', 'sub-results');
    for (const sub of paras) {
      const line = element('li');
      const anchor = element('a', '', sub.title);
      anchor.href = sub.url;
      const words = element('span', 'excerpt', '— ');
      words.append(excerpt(sub.excerpt));
      line.append(anchor, ' ', words);
      subs.append(line);
    }
    item.append(subs);
  }
  return { item, paragraphs: paras.length };
}

/** A cable listed by filters alone (no words): its title and meta line, one compact item. */
export function rowItem([id, subject, date, origin, classification]: ListingRow): HTMLLIElement {
  const line = [id, date, origin, classification].filter(Boolean).join(' · ');
  return cableItem(`/cables/${encodeURIComponent(id)}/`, subject || id, line, 'result result-listed');
}

/** A result's cable: its title linking to the reader page (without the highlight parameter) and its meta line. */
function cableItem(href: string, title: string, meta: string, className: string): HTMLLIElement {
  const item = element('li', className);
  const heading = element('h2');
  const link = element('a', '', title);
  link.href = href;
  heading.append(link);
  item.append(heading, element('p', 'result-meta', meta));
  return item;
}

/** The words a result's excerpts mark, lower case (what Pagefind matched). */
export function markedWords(data: ResultData): string[] {
  return [data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)].flatMap((html) =>
    [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => (match[1] ?? '').toLowerCase()),
  );
}
