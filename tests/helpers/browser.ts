/**
 * Browser test helpers: the Chromium launched once by tests/setup/site.ts, reached over its
 * websocket, and page checks several test files share.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';

const endpoint = inject('browserEndpoint');
const missing = inject('browserMissing');

/**
 * `describe` for browser tests: runs them against the shared Chromium, or skips them with the
 * reason when there is none (global setup already failed the run if `CI` is set).
 * The callback receives a getter for the connected browser.
 */
export function describeInBrowser(name: string, body: (browser: () => Browser) => void): void {
  if (!endpoint) console.warn(`[browser] SKIPPED "${name}": ${missing}`);
  describe.skipIf(!endpoint)(name, () => {
    let connected: Browser | undefined;
    beforeAll(async () => {
      connected = await chromium.connect(endpoint);
    });
    afterAll(async () => {
      await connected?.close();
    });
    body(() => {
      if (!connected) throw new Error('browser not connected');
      return connected;
    });
  });
}

/**
 * How long to wait for the page to get somewhere (results rendered, hash set, clipboard written).
 * Generous for a loaded 2-core CI machine; it bounds a wait, it is never a speed check.
 */
export const UI_WAIT = { timeout: 30_000 };

/** A fresh context and page; the caller closes the context. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  return context.newPage();
}

/** Where an element sits against the viewport and any sticky/fixed bar stuck to its top. */
export interface Placement {
  top: number;
  bottom: number;
  viewportHeight: number;
  /** Lowest bottom edge of fixed or sticky elements that sit at the top of the viewport. */
  coveredTo: number;
}

/** Measures an element once its position has stopped changing (smooth scrolling, late layout). */
export async function placementOf(page: Page, selector: string): Promise<Placement> {
  let previous = '';
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const placement = await page.evaluate((target) => {
      const element = document.querySelector(target);
      if (!element) throw new Error(`no element ${target}`);
      const rect = element.getBoundingClientRect();
      let coveredTo = 0;
      for (const candidate of document.querySelectorAll('body *')) {
        const style = getComputedStyle(candidate);
        if (style.position !== 'fixed' && style.position !== 'sticky') continue;
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const box = candidate.getBoundingClientRect();
        if (box.height > 0 && box.top <= 1 && box.bottom > coveredTo && !candidate.contains(element)) coveredTo = box.bottom;
      }
      return { top: rect.top, bottom: rect.bottom, viewportHeight: window.innerHeight, coveredTo };
    }, selector);
    const key = JSON.stringify(placement);
    if (key === previous) return placement;
    previous = key;
    await page.waitForTimeout(50);
  }
  throw new Error(`${selector} kept moving`);
}

/** One Pagefind result: the page URL, its sub-results' anchors, and the words its excerpts mark. */
export interface FoundPage {
  url: string;
  anchors: string[];
  marked: string[];
}

/** Runs a Pagefind JS API search in the page and returns every result, best first. */
export async function pagefindSearch(page: Page, query: string): Promise<FoundPage[]> {
  // A string, not a function: the test runner rewrites `import()` inside test-file functions.
  const script = `(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const results = await Promise.all(search.results.map((result) => result.data()));
    return results.map((data) => ({
      url: data.url,
      anchors: data.sub_results.map((sub) => sub.url.split('#')[1] ?? ''),
      marked: [data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)]
        .flatMap((excerpt) => [...excerpt.matchAll(/<mark>(.*?)<\\/mark>/g)].map((match) => match[1].toLowerCase())),
    }));
  })()`;
  return page.evaluate(script) as Promise<FoundPage[]>;
}

/** Lets the page read and write the clipboard (copy buttons, and the test reading what they copied). */
export async function grantClipboard(page: Page, origin: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}

/** The clipboard's text, read inside the page. */
export function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The text of every polite/status live region, joined: what a screen reader was told. */
export function liveRegionText(page: Page): Promise<string> {
  return page
    .locator('[aria-live]:not([aria-live="off"]), [role="status"]')
    .allTextContents()
    .then((texts) => texts.join(' '));
}

/**
 * Presses Tab until the focused element matches the selector; returns whether it got there
 * within `maxPresses`. Keyboard-only reachability, as a reader without a mouse has it.
 */
export async function tabUntil(page: Page, selector: string, maxPresses = 400): Promise<boolean> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector)) return true;
  }
  return false;
}

/**
 * The accessible description Chromium computes for the first element matching the selector
 * (what a screen reader announces after the name), read from the accessibility tree over CDP.
 */
export async function accessibleDescription(page: Page, selector: string): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element ${selector}`);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const value = nodes[0]?.description?.value;
    return typeof value === 'string' ? value : undefined;
  } finally {
    await cdp.detach();
  }
}

/**
 * Loads every result of the search list ("More results" until it hides; at most 50 batches).
 * Scrolling may load the rest while the button moves (the list loads more near its end), so the
 * click is dispatched: it needs no stable box, and on a list already complete it fetches nothing.
 */
export async function showAllResults(page: Page): Promise<void> {
  const more = page.locator('#search-more');
  const listed = page.locator('#search-results li.result');
  for (let clicks = 0; clicks < 50 && (await more.isVisible()); clicks += 1) {
    const before = await listed.count();
    await more.dispatchEvent('click');
    await expect.poll(async () => (await listed.count()) > before || (await more.isHidden()), UI_WAIT).toBe(true);
  }
}
