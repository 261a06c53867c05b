/**
 * The Content-Security-Policy (src/layouts/csp.ts, public/_headers) in real Chromium: every page
 * type loads and runs its scripts under its policy with no violation, no console error and no
 * uncaught exception; malformed hashes and highlight parameters are ignored without errors
 * (issue 11).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowser, openPage, UI_WAIT } from '../helpers/browser.ts';
import { SEED_ID } from '../helpers/paths.ts';
import { siteUrl } from '../helpers/site.ts';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** What went wrong on a page: CSP violations, console errors, uncaught exceptions. */
interface Trouble {
  violations: string[];
  errors: string[];
}

describeInBrowser('Content-Security-Policy and a robust client', (browser) => {
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    page = await openPage(browser());
    // Before any page script: record every violation the policy reports.
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.name}: ${error.message}`));
  });

  afterAll(async () => {
    await page.context().close();
  });

  /** Loads a page, lets its scripts run (`ready` is a selector or a function to wait for), reports trouble. */
  async function visit(path: string, ready?: string): Promise<Trouble> {
    errors.length = 0;
    await page.goto(`${siteUrl()}${path}`, { waitUntil: 'load' });
    if (ready) await page.waitForSelector(ready, { state: 'attached', ...UI_WAIT });
    // Module scripts and the highlighter's dynamic import settle after load.
    await page.waitForLoadState('networkidle');
    return { violations: await page.evaluate(() => window.cspViolations), errors: [...errors] };
  }

  test('every page carries a policy without unsafe-inline; wasm-unsafe-eval on /search/ only', async () => {
    for (const path of ['/', `/cables/${SEED_ID}/`, '/glossary/', '/404.html', '/search/']) {
      await page.goto(`${siteUrl()}${path}`);
      const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      expect(policy, path).toMatch(/^default-src 'self'; script-src 'self'/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy?.includes('wasm-unsafe-eval'), path).toBe(path === '/search/');
    }
  });

  test.each([
    ['a reader page (its class toggle and module run)', `/cables/${SEED_ID}/`, 'html.js'],
    ['a reader page reached from search (the highlighter runs)', `/cables/${SEED_ID}/?pagefind-highlight=helicopter#par6`, 'mark.pagefind-highlight'],
    ['the glossary', '/glossary/', undefined],
    ['a glossary entry', '/glossary/reftel/', undefined],
    ['the names', '/entities/', undefined],
    ['the home page', '/', undefined],
    ['the 404 page', '/404.html', undefined],
    ['a search (Pagefind loads its worker and WebAssembly)', '/search/?q=helicopter', '#search-results li'],
  ])('%s: no violation, no error', async (_what, path, ready) => {
    expect(await visit(path, ready)).toEqual({ violations: [], errors: [] });
  });

  test.each([
    ['a malformed hash', `/cables/${SEED_ID}/?pagefind-highlight=x#%`],
    ['a malformed hash without highlight', `/cables/${SEED_ID}/#%E0%A4%A`],
    ['a malformed highlight value', `/cables/${SEED_ID}/?pagefind-highlight=%E0%A4%A#par6`],
    ['an empty highlight value', `/cables/${SEED_ID}/?pagefind-highlight=#par6`],
    ['a range hash with bad escapes', `/cables/${SEED_ID}/#par4-%ZZ`],
  ])('%s is ignored without errors', async (_what, path) => {
    expect(await visit(path, 'html.js')).toEqual({ violations: [], errors: [] });
  });

  test('an overlong highlight value is not marked (20,000 words froze the page)', async () => {
    // 1,500 words: over the 500-character cap, under the static server's 16 KB request-line limit.
    const words = Array.from({ length: 1_500 }, (_, i) => `w${i}`).join('+');
    expect(await visit(`/cables/${SEED_ID}/?pagefind-highlight=${words}#par6`, 'html.js')).toEqual({ violations: [], errors: [] });
    expect(await page.locator('mark.pagefind-highlight').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].some((script) => script.src.includes('pagefind-highlight')))).toBe(false);
  });
});
