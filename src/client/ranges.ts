/**
 * Paragraph ranges: a link `#par4-par6` highlights ¶4–¶6 (class `in-range`) and lands on ¶4, on
 * load and on hashchange; the Select buttons build a range, shown in the `#range-bar` with its
 * link and citation, and mirrored in the address bar (history.replaceState).
 */
import { announce, copyText, flashCopied } from './clipboard.ts';
import {
  citeRange,
  pageUrl,
  paragraphsIn,
  parseRange,
  rangeAnchor,
  rangeLabel,
  rangeOf,
  type ParagraphRange,
} from './paragraphs.ts';

/** The reader's selection (drives the bar); null when the range came from a link. */
let selection: ParagraphRange | null = null;
/** The paragraph a shift-click extends from: the last one the reader selected. */
let extendFrom: HTMLElement | null = null;
let bar: HTMLElement | undefined;
let barLabel: HTMLElement | undefined;

/** Highlights the range the address names and wires hashchange and the Select buttons. */
export function initRanges(): void {
  landOnHash();
  window.addEventListener('hashchange', () => {
    setSelection(null);
    landOnHash();
  });
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.select-para') : null;
    const para = button?.closest<HTMLElement>('div.para');
    if (!button || !para) return;
    toggle(para, event.shiftKey);
  });
}

/**
 * Highlights the range in the address (if any) and brings its first paragraph to the top with
 * focus, so a screen reader starts there too. Also called after the search highlighter has
 * changed the layout.
 */
export function landOnHash(): void {
  const range = parseRange(location.hash);
  highlight(range);
  if (!range) return;
  const first = range.first;
  if (!first.hasAttribute('tabindex')) first.setAttribute('tabindex', '-1');
  first.focus({ preventScroll: true });
  first.scrollIntoView({ block: 'start' });
}

function highlight(range: ParagraphRange | null): void {
  for (const para of document.querySelectorAll('div.para.in-range')) para.classList.remove('in-range');
  document.documentElement.classList.toggle('has-range', range !== null);
  if (range) for (const para of paragraphsIn(range)) para.classList.add('in-range');
}

/** A click on a paragraph's Select button; shift-click spans from the last selected paragraph. */
function toggle(para: HTMLElement, extend: boolean): void {
  const inSelection = selection !== null && paragraphsIn(selection).includes(para);
  if (extend && extendFrom && selection) {
    setSelection(rangeOf(extendFrom, para));
  } else if (!inSelection) {
    // Grows to take the paragraph in (so a phone, with no shift key, picks ¶4 then ¶6 → ¶4–¶6).
    setSelection(selection ? outerRange(selection, para) : rangeOf(para, para));
    extendFrom = para;
  } else if (selection) {
    setSelection(withoutParagraph(selection, para));
  }
  if (selection) {
    history.replaceState(history.state, '', `#${rangeAnchor(selection)}`);
    announce(`${rangeLabel(selection)} selected`);
  } else {
    history.replaceState(history.state, '', location.pathname + location.search);
    announce('Selection cleared');
  }
}

/** The smallest range holding a range and a paragraph. */
function outerRange(range: ParagraphRange, para: HTMLElement): ParagraphRange {
  const first = rangeOf(range.first, para).first;
  const last = rangeOf(range.last, para).last;
  return { first, last };
}

/**
 * The selection after unselecting one of its paragraphs: an end shrinks by one; a middle
 * paragraph ends the selection before it (a selection is one unbroken run).
 */
function withoutParagraph(range: ParagraphRange, para: HTMLElement): ParagraphRange | null {
  const span = paragraphsIn(range);
  const at = span.indexOf(para);
  const kept = at === 0 ? span.slice(1) : span.slice(0, at);
  const first = kept[0];
  const last = kept[kept.length - 1];
  return first && last ? { first, last } : null;
}

function setSelection(range: ParagraphRange | null): void {
  selection = range;
  if (!range) extendFrom = null;
  const selected = new Set(range ? paragraphsIn(range) : []);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.select-para')) {
    const para = button.closest<HTMLElement>('div.para');
    button.setAttribute('aria-pressed', String(para !== null && selected.has(para)));
  }
  highlight(range);
  renderBar();
}

function renderBar(): void {
  if (!selection) {
    if (bar) bar.hidden = true;
    document.documentElement.classList.remove('has-range-bar');
    return;
  }
  const element = barElement();
  if (barLabel) barLabel.textContent = `${rangeLabel(selection)} selected`;
  element.hidden = false;
  document.documentElement.classList.add('has-range-bar');
}

function barElement(): HTMLElement {
  if (bar) return bar;
  bar = document.createElement('div');
  bar.id = 'range-bar';
  bar.className = 'range-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Selected paragraphs');
  barLabel = document.createElement('p');
  barLabel.className = 'range-bar-label';
  const actions = document.createElement('div');
  actions.className = 'range-bar-actions';
  actions.append(
    barButton('Copy link', 'range-copy-link', async (button) => {
      if (!selection) return;
      const url = `${pageUrl()}#${rangeAnchor(selection)}`;
      if (await copyText(url, button)) report(button, `Copied link to ${rangeLabel(selection)}: ${url}`);
    }),
    barButton('Copy citation', 'range-copy-cite', async (button) => {
      if (!selection) return;
      const citation = citeRange(selection);
      if (await copyText(citation, button)) report(button, `Copied citation: ${citation}`);
    }),
    barButton('Clear', 'range-clear', () => clearSelection()),
  );
  bar.append(barLabel, actions);
  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      clearSelection();
    }
  });
  document.body.append(bar);
  return bar;
}

function barButton(label: string, className: string, action: (button: HTMLButtonElement) => unknown): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = label;
  button.addEventListener('click', () => void action(button));
  return button;
}

function report(button: HTMLButtonElement, message: string): void {
  announce(message);
  flashCopied(button);
}

/** Drops the selection, its highlight and the address fragment; focus goes back to the text. */
function clearSelection(): void {
  const returnTo = extendFrom ?? selection?.first;
  const focusInBar = bar?.contains(document.activeElement) ?? false;
  setSelection(null);
  history.replaceState(history.state, '', location.pathname + location.search);
  announce('Selection cleared');
  if (focusInBar) returnTo?.querySelector<HTMLElement>('button.select-para')?.focus();
}
