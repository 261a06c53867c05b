/**
 * The reader page's paragraphs as the DOM contract shapes them (`div.para#parN`, or an own
 * anchor such as `text-1` when unnumbered): document order, labels, range anchors, citations.
 */

/** Every paragraph of the cable, in document order. */
export function paragraphs(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('div.para[id]')];
}

/** The paragraph with this anchor, if the page has one. */
export function paragraphById(anchor: string): HTMLElement | undefined {
  const element = document.getElementById(anchor);
  return element instanceof HTMLElement && element.matches('div.para') ? element : undefined;
}

/** The paragraph's number when its anchor is `parN`, else null. */
export function numberOf(para: HTMLElement): number | null {
  const match = /^par(\d+)$/.exec(para.id);
  return match?.[1] ? Number(match[1]) : null;
}

/** Longest label taken from an unnumbered paragraph's title (some titles are whole headings). */
const LABEL_MAX = 40;

/** How the page names a paragraph: `¶6`, or the (shortened) title an unnumbered one carries. */
export function labelOf(para: HTMLElement): string {
  const number = numberOf(para);
  if (number !== null) return `¶${number}`;
  const title = para.dataset['pagefindTitle']?.trim() || para.id;
  if (title.length <= LABEL_MAX) return title;
  const cut = title.slice(0, LABEL_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), LABEL_MAX / 2)).trimEnd()}…`;
}

/** A span of paragraphs, first and last in document order (the same one for a single paragraph). */
export interface ParagraphRange {
  first: HTMLElement;
  last: HTMLElement;
}

/** Orders two paragraphs into a range. */
export function rangeOf(one: HTMLElement, other: HTMLElement): ParagraphRange {
  const before = one === other || Boolean(one.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING);
  return before ? { first: one, last: other } : { first: other, last: one };
}

/** The paragraphs from first to last inclusive. */
export function paragraphsIn(range: ParagraphRange): HTMLElement[] {
  const all = paragraphs();
  const start = all.indexOf(range.first);
  const end = all.indexOf(range.last);
  return start < 0 || end < 0 ? [] : all.slice(start, end + 1);
}

/**
 * The range a fragment names: `par4-par6` (or `par6-par4`), also with unnumbered anchors that
 * hold hyphens themselves (`text-1-text-3`). A fragment naming one element is not a range.
 */
export function parseRange(fragment: string): ParagraphRange | null {
  const anchor = safeDecode(fragment.replace(/^#/, ''));
  if (!anchor || document.getElementById(anchor)) return null;
  for (let at = anchor.indexOf('-'); at > 0; at = anchor.indexOf('-', at + 1)) {
    const first = paragraphById(anchor.slice(0, at));
    const last = paragraphById(anchor.slice(at + 1));
    if (first && last) return rangeOf(first, last);
  }
  return null;
}

/** The fragment that links to a range: `par4-par6`, or `par4` for one paragraph. */
export function rangeAnchor(range: ParagraphRange): string {
  return range.first === range.last ? range.first.id : `${range.first.id}-${range.last.id}`;
}

/** The range as a citation locator: `¶6`, `¶¶4–6`, or labels joined by a dash. */
export function rangeLocator(range: ParagraphRange): string {
  if (range.first === range.last) return labelOf(range.first);
  const first = numberOf(range.first);
  const last = numberOf(range.last);
  return first !== null && last !== null ? `¶¶${first}–${last}` : `${labelOf(range.first)}–${labelOf(range.last)}`;
}

/** The range as the selection bar names it: `¶4–¶6`, `¶4`. */
export function rangeLabel(range: ParagraphRange): string {
  return range.first === range.last ? labelOf(range.first) : `${labelOf(range.first)}–${labelOf(range.last)}`;
}

/**
 * This page's absolute address without query or fragment: its canonical address when the site
 * has one (SITE_URL), else where it was loaded from.
 */
export function pageUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.origin + location.pathname;
}

/** The cable's citation text (`article[data-citation]`), or the document title when missing. */
export function citationText(): string {
  return document.querySelector<HTMLElement>('article[data-citation]')?.dataset['citation'] ?? document.title;
}

/** A paragraph range's citation: `<citation>, ¶6, <url>#par6`. */
export function citeRange(range: ParagraphRange): string {
  return `${citationText()}, ${rangeLocator(range)}, ${pageUrl()}#${rangeAnchor(range)}`;
}

/** `decodeURIComponent`, or the text as it is when it is not valid percent-encoding (`#%`). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
