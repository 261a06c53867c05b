/**
 * The reader page's keyboard model (issue 10, item 2; docs/keyboard.md). Each paragraph is one
 * Tab stop (`tabindex="0"`, a group named by its ¶N link and described by `#para-keys`); the
 * links, terms and buttons inside it are out of the Tab order until the reader enters it:
 * - Enter (or F2) on a focused paragraph enters it: its controls join the Tab order and the
 *   first one takes focus; Tab and Shift+Tab then move through them, and on past its ends;
 * - Escape inside goes back to the paragraph (after a tooltip's own Escape has closed it);
 * - focus arriving inside by any other way (a click, a script) enters it the same way;
 * - leaving it, or focus back on the paragraph itself, takes its controls out of the Tab order.
 * Without this script, paragraphs are not stops and the links in them are (see the static HTML).
 */
import { labelOf, numberOf, paragraphs } from './paragraphs.ts';

/** What inside a paragraph can take focus: links, buttons, and terms (`abbr` with a tabindex). */
const CONTROLS = 'a[href], button, [tabindex]';

/** The paragraph whose controls are in the Tab order now. */
let entered: HTMLElement | null = null;

/** Makes every paragraph one Tab stop and wires entering and leaving. */
export function initParagraphKeys(): void {
  for (const para of paragraphs()) {
    para.tabIndex = 0;
    para.setAttribute('role', 'group');
    const number = numberOf(para);
    para.setAttribute('aria-label', number !== null ? `Paragraph ${number}` : labelOf(para));
    para.setAttribute('aria-describedby', 'para-keys');
    setControls(para, false);
  }
  document.addEventListener('keydown', onKeydown);
  document.addEventListener('focusin', (event) => {
    const para = paragraphOf(event.target);
    // Inside a paragraph: it is entered. On a paragraph itself, or outside any: none is.
    if (para && event.target !== para) {
      if (para !== entered) enter(para, false);
    } else if (entered) leave();
  });
}

function onKeydown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target instanceof HTMLElement ? event.target : null;
  const para = paragraphOf(target);
  if (!para || !target) return;
  if (target === para && (event.key === 'Enter' || event.key === 'F2')) {
    event.preventDefault();
    enter(para, true);
  } else if (target !== para && event.key === 'Escape') {
    event.preventDefault();
    leave();
    para.focus();
  }
}

/** The paragraph an element is in (or is). */
function paragraphOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('div.para[id]') : null;
}

/** Puts a paragraph's controls into the Tab order; with `focusFirst`, focuses the first one. */
function enter(para: HTMLElement, focusFirst: boolean): void {
  if (entered && entered !== para) leave();
  entered = para;
  const controls = setControls(para, true);
  if (focusFirst) controls.find((control) => control.getClientRects().length > 0)?.focus();
}

/** Takes the entered paragraph's controls out of the Tab order. */
function leave(): void {
  if (entered) setControls(entered, false);
  entered = null;
}

/** Sets the Tab order of a paragraph's controls (0 in it, -1 out); returns them in order. */
function setControls(para: HTMLElement, inTabOrder: boolean): HTMLElement[] {
  const controls = [...para.querySelectorAll<HTMLElement>(CONTROLS)].filter((control) => control !== para);
  for (const control of controls) control.tabIndex = inTabOrder ? 0 : -1;
  return controls;
}
