/**
 * Text first (issue 10, item 1): on every cable's reader page, ¶1 (the first paragraph's box)
 * begins on the first screen, at 1280×800 and at 390×844, with the facts, tags and notices above
 * it and "about this copy" beside the text (wide) or after it (narrow).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, openPage } from '../helpers/browser.ts';
import { SEED_ID } from '../helpers/paths.ts';
import { allCableJson, siteUrl } from '../helpers/site.ts';

const cables = allCableJson();
/** At least the first line of ¶1 must show: its box's top this far above the screen's bottom. */
const FIRST_LINE_PX = 40;

const SCREENS = [
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 }, mobile: false },
  { name: 'phone 390×844', viewport: { width: 390, height: 844 }, mobile: true },
];

describeInBrowser('text first', (browser) => {
  test.each(SCREENS)('$name: ¶1 begins on the first screen of every cable', async ({ viewport, mobile }) => {
    const page = await openPage(browser(), { viewport, isMobile: mobile, hasTouch: mobile });
    const problems: string[] = [];
    let measured = 0;
    let lowest = { id: '', top: 0 };
    for (const [id, cable] of cables) {
      await page.goto(`${siteUrl()}/cables/${id}/`, { waitUntil: 'load' });
      const top = await firstParagraphTop(page);
      if (top === null) {
        // A copy with no text at all (the parser says so): nothing to put first.
        if (cable.paragraphs.length > 0) problems.push(`${id}: no div.para for ${cable.paragraphs.length} paragraphs`);
        continue;
      }
      measured += 1;
      if (top > lowest.top) lowest = { id, top: Math.round(top) };
      if (top + FIRST_LINE_PX > viewport.height) problems.push(`${id}: ¶1 starts at ${Math.round(top)} px`);
    }
    console.log(`[text first] ${viewport.width}×${viewport.height}: ¶1 starts at most ${lowest.top} px down (${lowest.id}), ${measured} cables`);
    expect(problems).toEqual([]);
    expect(measured).toBeGreaterThan(240);
    await page.context().close();
  });

  test('wide: citation, source, completeness and sections sit in a column left of the text; narrow: after it', async () => {
    for (const [width, where] of [[1280, 'beside'], [390, 'after']] as const) {
      const page = await openPage(browser(), { viewport: { width, height: 800 } });
      for (const id of [SEED_ID, '10MAPUTO86', '04AMMAN1288']) {
        await page.goto(`${siteUrl()}/cables/${id}/`);
        const about = await page.locator('#about-this-copy').boundingBox();
        const text = await page.locator('#cable-text').boundingBox();
        if (!about || !text) throw new Error(`${id}: no box`);
        const detail = `${id} at ${width}: ${JSON.stringify({ about, text })}`;
        if (where === 'beside') {
          expect(about.x + about.width, detail).toBeLessThanOrEqual(text.x);
          expect(about.y, detail).toBeLessThan(800);
          expect(await page.locator('.about-link').isVisible(), detail).toBe(false);
        } else {
          expect(about.y, detail).toBeGreaterThanOrEqual(text.y + text.height);
          expect(await page.locator('.about-link a[href="#about-this-copy"]').isVisible(), detail).toBe(true);
        }
        for (const part of ['#about-cite', '#about-source', 'nav.toc']) {
          expect(await page.locator(`#about-this-copy ${part}`).count(), `${id} ${part}`).toBe(1);
        }
      }
      await page.context().close();
    }
  });

  test('the facts line leaves out what the copy lacks; tags are chips linking to their browse page', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/cables/10MAPUTO86/`);
    expect(await page.locator('.cable-facts .facts dd').allTextContents()).toEqual(['10MAPUTO86', '28 January 2010', 'AMEMBASSY MAPUTO', 'SECRET//NOFORN']);
    const chips = page.locator('.cable-facts ul.tags a.tag');
    expect(await chips.allTextContents()).toEqual(cables.get('10MAPUTO86')?.tags);
    expect(await chips.first().getAttribute('href')).toBe('/browse/tag/PREL/');
    // The seed states none of the four: no facts line, and no "not stated".
    await page.goto(`${siteUrl()}/cables/${SEED_ID}/`);
    expect(await page.locator('.cable-facts').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('not stated');
    await page.context().close();
  });
});

/** The top of the first paragraph's box against the viewport after load, or null without one. */
function firstParagraphTop(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const first = document.querySelector('article.cable div.para');
    return first ? first.getBoundingClientRect().top : null;
  });
}
