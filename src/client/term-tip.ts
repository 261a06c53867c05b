/**
 * Term tooltips (WCAG 1.4.13): hovering or focusing an `abbr.term` (in-text terms, marking badges),
 * a tag chip (`a.tag`) or, with the names layer on, a name's mark (`a.entity`) shows one shared
 * `#term-tip` with the meaning from the element its aria-describedby names.
 * The tip stays while the pointer is over the term or the tip, hides on leave and blur, and Esc
 * hides it without moving focus. Screen readers already get the meaning through
 * aria-describedby, so the tip is aria-hidden (announced once, not twice).
 */

const TERM_SELECTOR =
  'abbr.term[aria-describedby], abbr.marking[aria-describedby], a.tag[aria-describedby], html[data-names="on"] a.entity[aria-describedby]';
/** Time for the pointer to cross from the term to the tip. */
const LEAVE_DELAY_MS = 200;
/** Space between the term and the tip, and between the tip and the viewport's edges. */
const GAP_PX = 6;
const EDGE_PX = 8;

let tip: HTMLElement | undefined;
let current: HTMLElement | undefined;
/** The term whose tip Esc dismissed: it shows again only after the pointer or focus leaves it. */
let dismissed: HTMLElement | undefined;
let hideTimer: number | undefined;

/** Wires the tooltip to every term of the page (event delegation: one set of listeners). */
export function initTermTips(): void {
  document.addEventListener('mouseover', (event) => {
    const term = termAt(event.target);
    if (term) {
      cancelHide();
      if (term !== dismissed) show(term);
    } else if (tip && event.target instanceof Node && tip.contains(event.target)) {
      cancelHide();
    }
  });
  document.addEventListener('mouseout', (event) => {
    const from = event.target instanceof Node ? event.target : null;
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    const inside = (box: Element | undefined, node: Node | null): boolean => Boolean(box && node && box.contains(node));
    if (inside(dismissed, from) && !inside(dismissed, to)) dismissed = undefined;
    const leaving = inside(current, from) || inside(tip, from);
    if (leaving && !inside(current, to) && !inside(tip, to)) scheduleHide();
  });
  document.addEventListener('focusin', (event) => {
    const term = termAt(event.target);
    if (term) {
      cancelHide();
      dismissed = undefined;
      show(term);
    }
  });
  document.addEventListener('focusout', (event) => {
    const term = termAt(event.target);
    if (!term) return;
    if (dismissed === term) dismissed = undefined;
    if (term === current && !term.matches(':hover') && !tip?.matches(':hover')) hide();
  });
  // Capture phase: Esc closes the tip before anything else hears it (the selection bar's Esc).
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !current || !tip || tip.hidden) return;
      dismissed = current;
      hide();
      event.preventDefault();
    },
    true,
  );
  window.addEventListener('resize', () => {
    if (current && tip && !tip.hidden) place(current, tip);
  });
}

function termAt(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest<HTMLElement>(TERM_SELECTOR) ?? undefined;
}

/** The text of the element(s) aria-describedby names: the term's meaning. */
function meaningOf(term: HTMLElement): string {
  const ids = (term.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

function tipElement(): HTMLElement {
  if (tip) return tip;
  tip = document.createElement('div');
  tip.id = 'term-tip';
  tip.className = 'term-tip';
  tip.setAttribute('role', 'tooltip');
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  document.body.append(tip);
  return tip;
}

function show(term: HTMLElement): void {
  const meaning = meaningOf(term);
  if (!meaning) return;
  const element = tipElement();
  const name = document.createElement('span');
  name.className = 'term-tip-term';
  name.textContent = term.textContent?.trim() ?? '';
  element.replaceChildren(name, ' ', meaning);
  element.hidden = false;
  current = term;
  place(term, element);
}

function hide(): void {
  cancelHide();
  if (tip) tip.hidden = true;
  current = undefined;
}

function scheduleHide(): void {
  cancelHide();
  hideTimer = window.setTimeout(() => {
    if (current && document.activeElement === current) return;
    hide();
  }, LEAVE_DELAY_MS);
}

function cancelHide(): void {
  window.clearTimeout(hideTimer);
  hideTimer = undefined;
}

/**
 * Puts the tip below the term (above it when there is no room below), left-aligned with it,
 * and shifted so it stays inside the viewport. Document coordinates: it scrolls with the text.
 */
function place(term: HTMLElement, element: HTMLElement): void {
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  element.style.maxWidth = `${Math.min(352, viewportWidth - 2 * EDGE_PX)}px`;
  element.style.left = '0px';
  element.style.top = '0px';
  const lines = term.getClientRects();
  const firstLine = lines[0] ?? term.getBoundingClientRect();
  const lastLine = lines[lines.length - 1] ?? firstLine;
  const size = element.getBoundingClientRect();
  let left = lastLine.left;
  let top = lastLine.bottom + GAP_PX;
  if (top + size.height > viewportHeight - EDGE_PX && firstLine.top - GAP_PX - size.height >= EDGE_PX) {
    left = firstLine.left;
    top = firstLine.top - GAP_PX - size.height;
  }
  left = Math.max(EDGE_PX, Math.min(left, viewportWidth - EDGE_PX - size.width));
  element.style.left = `${Math.round(left + window.scrollX)}px`;
  element.style.top = `${Math.round(top + window.scrollY)}px`;
}
