/**
 * Names that help reading (issue 7, item 3), in Chromium on the real build: each mark links to
 * its name's page and says what it is on hover and focus; a legend explains the tints; the reader
 * turns the layer off and on, and the choice is remembered; without JavaScript the text reads clean.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { accessibleDescription, describeInBrowser, openPage, UI_WAIT } from '../helpers/browser.ts';
import { siteUrl } from '../helpers/site.ts';

const MAPUTO = '/cables/10MAPUTO86/';
const GUEBUZA = '#par1 a.entity[data-entity="armando-guebuza"]';

/** The background of the first matching element, as the browser computes it. */
function backgroundOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

describeInBrowser('names in the text', (browser) => {
  for (const width of [1280, 390]) {
    test(`${width} px: a mark links to its name's page, which lists the cable and paragraph`, async () => {
      const page = await openPage(browser(), { viewport: { width, height: 844 } });
      await page.goto(`${siteUrl()}${MAPUTO}`);
      // `President Guebuza` in the text; the site knows him as Armando Guebuza (one entity, one page).
      expect(await page.locator(GUEBUZA).first().textContent()).toBe('Guebuza');
      await page.locator(GUEBUZA).first().click();
      await page.waitForURL(/\/entities\/armando-guebuza\/$/, UI_WAIT);
      expect(await page.locator('h1').textContent()).toBe('Armando Guebuza');
      expect(await page.locator(`a[href^="${MAPUTO}#par1"], a[href="${MAPUTO}#par1"]`).count()).toBeGreaterThan(0);
      await page.context().close();
    });

    test(`${width} px: the legend explains the tints; the toggle turns the layer off, remembered, and on again`, async () => {
      const page = await openPage(browser(), { viewport: { width, height: 844 } });
      await page.goto(`${siteUrl()}${MAPUTO}`);
      const legend = page.locator('.names-legend');
      await expect.poll(() => legend.isVisible(), UI_WAIT).toBe(true);
      expect(await legend.locator('.entity-key').allTextContents()).toEqual(['person', 'organisation', 'place']);
      const toggle = legend.getByRole('button', { name: 'Mark names' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await backgroundOf(page, GUEBUZA)).not.toBe(TRANSPARENT);
      // The key's tint is the mark's tint.
      expect(await backgroundOf(page, '.entity-key-person')).toBe(await backgroundOf(page, GUEBUZA));

      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await backgroundOf(page, GUEBUZA)).toBe(TRANSPARENT);
      expect(await legend.locator('.entity-key').first().isVisible()).toBe(false);
      await page.reload();
      await expect.poll(() => page.locator('.names-toggle').getAttribute('aria-pressed'), UI_WAIT).toBe('false');
      expect(await backgroundOf(page, GUEBUZA)).toBe(TRANSPARENT);

      await page.locator('.names-toggle').click();
      expect(await backgroundOf(page, GUEBUZA)).not.toBe(TRANSPARENT);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.context().close();
    });
  }

  test('a mark says what it is on hover and on focus, and to screen readers', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${MAPUTO}`);
    await page.locator(GUEBUZA).first().hover();
    await expect.poll(() => page.locator('#term-tip').textContent(), UI_WAIT).toMatch(/Armando Guebuza ?, person/);
    await page.mouse.move(0, 0);
    await page.locator(GUEBUZA).first().focus();
    await expect.poll(() => page.locator('#term-tip').isVisible(), UI_WAIT).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#term-tip').isVisible(), UI_WAIT).toBe(false);
    // The accessible name computation puts a space between the link and its kind.
    expect(await accessibleDescription(page, GUEBUZA)).toMatch(/Armando Guebuza ?, person/);
    await page.context().close();
  });

  test('without JavaScript the text reads clean: no tints, no legend', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl()}${MAPUTO}`);
    expect(await backgroundOf(page, GUEBUZA)).toBe(TRANSPARENT);
    expect(await page.locator(GUEBUZA).first().evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none');
    expect(await page.locator('.names-legend').isVisible()).toBe(false);
    await page.context().close();
  });
});
