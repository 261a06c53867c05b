/** Copying to the clipboard and saying so in the page's live region (`#cr-copy-status`). */

/**
 * Puts text on the clipboard: the async API, else the old `execCommand('copy')`, else a prompt
 * the reader can copy from. Resolves true when the text was copied without the prompt.
 */
export async function copyText(text: string, returnFocusTo?: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (insecure origin, unfocused document): the old way, else ask.
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const copied = document.execCommand('copy');
    field.remove();
    returnFocusTo?.focus();
    if (!copied) window.prompt('Copy this:', text);
    return copied;
  }
}

/** Says something in the polite live region (emptied first, so a repeat is announced again). */
export function announce(message: string): void {
  const status = document.getElementById('cr-copy-status');
  if (!status) return;
  status.textContent = '';
  status.textContent = message;
}

const resetTimers = new WeakMap<HTMLElement, number>();

/** Shows "Copied" on the button for two seconds, then its own label again. */
export function flashCopied(button: HTMLElement): void {
  const label = button.dataset['label'] ?? button.textContent ?? '';
  button.dataset['label'] = label;
  button.textContent = 'Copied';
  window.clearTimeout(resetTimers.get(button));
  resetTimers.set(
    button,
    window.setTimeout(() => {
      button.textContent = label;
    }, 2000),
  );
}
