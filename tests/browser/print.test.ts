/**
 * The reader page on paper (issue 10, item 6): the print stylesheet keeps the cable text with its
 * ¶ numbers (and each paragraph's #parN), the header facts and the page's address, and drops the
 * site's chrome, the "about this copy" column and the paragraph tools.
 */
import { expect, test } from 'vitest';
import { describeInBrowser, openPage } from '../helpers/browser.ts';
import { SEED_ID } from '../helpers/paths.ts';
import { siteUrl } from '../helpers/site.ts';

describeInBrowser('print', (browser) => {
  test.each(['10MAPUTO86', SEED_ID])('%s: text with ¶ numbers, facts and address; no chrome', async (id) => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/cables/${id}/`);
    await page.emulateMedia({ media: 'print' });
    const address = `${siteUrl()}/cables/${id}/`;
    const shown = async (selector: string): Promise<boolean> => page.locator(selector).first().isVisible();
    for (const selector of ['h1', '#par1 .para-text', '#par1 a.para-num', '.print-only .page-url']) {
      expect(await shown(selector), `${selector} printed`).toBe(true);
    }
    expect(await page.locator('.print-only .page-url').textContent()).toBe(address);
    expect(await page.locator('#par1 a.para-num').evaluate((link) => getComputedStyle(link, '::after').content)).toBe('" #par1"');
    // The link to "what this copy lacks" leads nowhere on paper (the panel is not printed).
    for (const selector of ['.site-header', '.site-footer', 'form[role="search"]', '.skip-link', '#about-this-copy', '.cable-after', '#par1 .para-tools', '.about-link', '.notice-partial a']) {
      expect(await shown(selector), `${selector} not printed`).toBe(false);
    }
    if (id === '10MAPUTO86') {
      expect(await page.locator('.cable-facts').textContent()).toContain('28 January 2010');
      expect(await shown('.cable-facts .facts'), 'facts line printed').toBe(true);
    }
    // One column of text: no notes column beside it on paper.
    const text = await page.locator('#par1 .para-text').boundingBox();
    expect(text?.width ?? 0).toBeGreaterThan(400);
    await page.context().close();
  });
});
