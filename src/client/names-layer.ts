/**
 * The names layer: people, organisations and places tinted in the text, turned on and off by the
 * legend's button and remembered (localStorage). Without this script the page carries no
 * `data-names` and the text reads clean (the marks are plain links, untinted).
 */

const STORAGE_KEY = 'cable-reader:names';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: the layer is on for this page only
  }
}

function remember(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered where storage is blocked; the toggle still works.
  }
}

function show(on: boolean, buttons: Iterable<HTMLButtonElement>): void {
  document.documentElement.dataset['names'] = on ? 'on' : 'off';
  for (const button of buttons) button.setAttribute('aria-pressed', String(on));
}

/** Applies the remembered choice (on unless turned off) and wires the legend's toggle. */
export function initNamesLayer(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button.names-toggle')];
  show(stored() !== 'off', buttons);
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const on = document.documentElement.dataset['names'] !== 'on';
      show(on, buttons);
      remember(on);
    });
  }
}
