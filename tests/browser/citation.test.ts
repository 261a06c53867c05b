/**
 * Citation (issue 3, item 7): a paragraph's Cite button copies the cable's citation with its
 * caveats, the paragraph and its address; the cable's button copies the whole-cable citation.
 */
import { expect, test } from 'vitest';
import { clipboardText, describeInBrowser, grantClipboard, liveRegionText, openPage, tabUntil, UI_WAIT } from '../helpers/browser.ts';
import { SEED_ID } from '../helpers/paths.ts';
import { siteUrl } from '../helpers/site.ts';

const SEED_URL = `/cables/${SEED_ID}/`;
/** The issue's own example: the seed is a partial extract published by Scoop. */
const SEED_CITATION = '"Guatemala/Mexico Border Issues, Staffdel Meacham", cable (partial extract, via Scoop)';

describeInBrowser('copy citation', (browser) => {
  test('seed ¶6 Cite copies the issue’s citation exactly and says so', async () => {
    const page = await openPage(browser());
    await grantClipboard(page, siteUrl());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    await page.locator('#par6 button.copy-cite').click();
    await expect.poll(() => clipboardText(page), UI_WAIT).toBe(`${SEED_CITATION}, ¶6, ${siteUrl()}${SEED_URL}#par6`);
    await expect.poll(() => liveRegionText(page), UI_WAIT).toContain('Copied citation');
    expect(await page.locator('#par6 button.copy-cite').textContent()).toBe('Copied');
    await page.context().close();
  });

  test('the whole-cable citation shows the absolute address and copies it without a paragraph', async () => {
    const page = await openPage(browser());
    await grantClipboard(page, siteUrl());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    const expected = `${SEED_CITATION}, ${siteUrl()}${SEED_URL}`;
    await expect.poll(() => page.locator('.cite-cable .cite-text').textContent(), UI_WAIT).toBe(expected);
    await page.locator('.cite-cable button.copy-cite[data-anchor=""]').click();
    await expect.poll(() => clipboardText(page), UI_WAIT).toBe(expected);
    await expect.poll(() => liveRegionText(page), UI_WAIT).toContain('Copied citation');
    await page.context().close();
  });

  // Issue 10 (docs/keyboard.md): the buttons of a paragraph are in the Tab order once Enter entered it.
  test('by keyboard: Tab to ¶6, Enter, Tab reaches its Cite button, which shows while focused; Enter copies', async () => {
    const page = await openPage(browser());
    await grantClipboard(page, siteUrl());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    expect(await tabUntil(page, 'div.para#par6'), 'Tab reaches ¶6').toBe(true);
    await page.keyboard.press('Enter');
    expect(await tabUntil(page, '#par6 button.copy-cite', 40), 'Tab reaches ¶6 Cite').toBe(true);
    await expect
      .poll(() => page.locator('#par6 .para-tools').evaluate((tools) => Number(getComputedStyle(tools).opacity)), UI_WAIT)
      .toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboardText(page), UI_WAIT).toBe(`${SEED_CITATION}, ¶6, ${siteUrl()}${SEED_URL}#par6`);
    await page.context().close();
  });

  test('10MAPUTO86 ¶3 Cite: the cable’s own citation text, ¶3 and its address', async () => {
    const page = await openPage(browser());
    await grantClipboard(page, siteUrl());
    await page.goto(`${siteUrl()}/cables/10MAPUTO86/`);
    const citation = await page.locator('article[data-citation]').getAttribute('data-citation');
    expect(citation, 'article carries data-citation').toBeTruthy();
    expect(citation).toContain('10MAPUTO86');
    await page.locator('#par3 button.copy-cite').click();
    await expect.poll(() => clipboardText(page), UI_WAIT).toBe(`${citation}, ¶3, ${siteUrl()}/cables/10MAPUTO86/#par3`);
    await page.context().close();
  });
});
