/**
 * The reader page in real Chromium: copy-link, section links, the ¶N link by keyboard, reading
 * with JavaScript off, phone width, and no search code until the reader asks for it (docs/dom.md).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, openPage, placementOf, UI_WAIT } from '../helpers/browser.ts';
import { SEED_ID } from '../helpers/paths.ts';
import { siteUrl } from '../helpers/site.ts';

const SEED_URL = `/cables/${SEED_ID}/`;

describeInBrowser('reader page', (browser) => {
  test('copy link on ¶4 puts <origin>/cables/<seed>/#par4 on the clipboard and says "Copied"', async () => {
    const page = await openPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() });
    await page.goto(`${siteUrl()}${SEED_URL}`);
    const button = page.locator('#par4 button.copy-link');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), UI_WAIT).toBe(`${siteUrl()}${SEED_URL}#par4`);
    const liveRegions = page.locator('[aria-live]:not([aria-live="off"]), [role="status"]');
    await expect.poll(() => liveRegions.allTextContents().then((texts) => texts.join(' ')), UI_WAIT).toContain('Copied');
    await page.context().close();
  });

  test('a table-of-contents link scrolls its section into view and sets the hash', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    await page.locator('nav.toc a[href="#vetting"]').click();
    await expect.poll(() => page.evaluate(() => location.hash), UI_WAIT).toBe('#vetting');
    await expectUnobstructed(page, 'section#vetting');
    await page.locator('nav.toc a[href="#summary"]').click();
    await expect.poll(() => page.evaluate(() => location.hash), UI_WAIT).toBe('#summary');
    await expectUnobstructed(page, 'section#summary');
    await page.context().close();
  });

  // Issue 10 (docs/keyboard.md): a paragraph is one Tab stop; Enter enters it, onto its ¶N link.
  test('the ¶2 link works by keyboard: Tab to ¶2, Enter onto its link, Enter → #par2, which is styled as :target', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    let reached = false;
    for (let presses = 0; presses < 60 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('div.para#par2') ?? false);
    }
    expect(reached, 'Tab reaches ¶2').toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.matches('#par2 a.para-num') ?? false), 'Enter focuses the ¶2 link').toBe(true);
    const focusRing = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
    });
    expect((focusRing.outline !== 'none' && focusRing.width !== '0px') || focusRing.shadow !== 'none', `focus indicator ${JSON.stringify(focusRing)}`).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash), UI_WAIT).toBe('#par2');
    expect(await page.evaluate(() => document.querySelector('#par2')?.matches(':target'))).toBe(true);
    expect(await targetStyleDiffers(page, '#par2', '#par3'), ':target paragraph looks different').toBe(true);
    await expectUnobstructed(page, '#par2');
    await page.context().close();
  });

  test('a shared #par7 link opens on ¶7, below the sticky header', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}#par7`);
    await expectUnobstructed(page, '#par7');
    expect(await targetStyleDiffers(page, '#par7', '#par6')).toBe(true);
    await page.context().close();
  });

  test('readable with JavaScript off: ¶6 text visible, links and search form work, copy button hidden', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl()}${SEED_URL}`);
    const text = page.locator('#par6 .para-text');
    expect(await text.isVisible()).toBe(true);
    expect(await text.textContent()).toContain('helicopter');
    expect(await page.locator('#par6 button.copy-link').isVisible()).toBe(false);
    await page.locator('a.para-num[href="#par6"]').click();
    expect(new URL(page.url()).hash).toBe('#par6');
    await expectUnobstructed(page, '#par6');
    // The search box is a plain GET form: it reaches /search/?q=… without any script.
    await page.locator('header form[role="search"] input[name="q"]').fill('helicopter');
    await page.locator('header form[role="search"] input[name="q"]').press('Enter');
    await page.waitForURL('**/search/?q=helicopter');
    await page.context().close();
  });

  test('no Pagefind request without the highlight parameter; the highlight script with it', async () => {
    const page = await openPage(browser());
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl()}${SEED_URL}#par6`, { waitUntil: 'networkidle' });
    expect(requested.filter((pathname) => pathname.startsWith('/pagefind/'))).toEqual([]);
    const total = requested.length;
    await page.goto(`${siteUrl()}${SEED_URL}?pagefind-highlight=helicopter#par6`, { waitUntil: 'networkidle' });
    expect(requested.slice(total)).toContain('/pagefind/pagefind-highlight.js');
    await page.context().close();
  });

  test('the search highlight marks whole words: "helicopter" marks "helicopters", not its first ten letters (07BOGOTA1232 ¶6)', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/cables/07BOGOTA1232/?pagefind-highlight=helicopter#par6`);
    const marks = page.locator('#par6 mark.pagefind-highlight');
    await expect.poll(() => marks.count(), UI_WAIT).toBeGreaterThan(0);
    const texts = await marks.allTextContents();
    expect(texts).toContain('helicopters');
    expect(texts.filter((text) => !/^helicopters?$/u.test(text))).toEqual([]);
    await page.context().close();
  });

  test('¶N links and copy buttons show at rest on a touch phone (not on hover only)', async () => {
    const page = await openPage(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${siteUrl()}${SEED_URL}#par4`);
    for (const selector of ['#par4 a.para-num', '#par4 button.copy-link']) {
      const shown = await page.locator(selector).evaluate((element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return style.visibility === 'visible' && Number(style.opacity) > 0.5 && box.width > 0 && box.height > 0;
      });
      expect(shown, selector).toBe(true);
    }
    await page.locator('#par4 a.para-num').tap();
    expect(new URL(page.url()).hash).toBe('#par4');
    await page.context().close();
  });

  test.each([
    [1280, 'beside'],
    [390, 'below'],
  ] as const)('at %i px the editor’s note on ¶6 sits %s the paragraph’s text', async (width, where) => {
    const page = await openPage(browser(), { viewport: { width, height: 900 } });
    await page.goto(`${siteUrl()}${SEED_URL}`);
    const text = await page.locator('#par6 .para-text').boundingBox();
    const note = await page.locator('#par6 aside.note').boundingBox();
    if (!text || !note) throw new Error('¶6 text or note has no box');
    const detail = JSON.stringify({ text, note });
    if (where === 'beside') {
      expect(note.x, detail).toBeGreaterThanOrEqual(text.x + text.width);
      expect(note.y, detail).toBeLessThan(text.y + text.height);
    } else {
      expect(note.y, detail).toBeGreaterThanOrEqual(text.y + text.height);
    }
    await page.context().close();
  });

  test('light and dark colour schemes differ; print hides the chrome and keeps the text', async () => {
    const backgrounds: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage(browser(), { colorScheme });
      await page.goto(`${siteUrl()}${SEED_URL}`);
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      if (colorScheme === 'light') {
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('#par6 .para-text').isVisible()).toBe(true);
        expect(await page.locator('form[role="search"]').first().isVisible(), 'search form in print').toBe(false);
        expect(await page.locator('#par6 button.copy-link').isVisible(), 'copy button in print').toBe(false);
      }
      await page.context().close();
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
  });

  test.each([
    SEED_URL,
    `${SEED_URL}#par4-par6`,
    '/cables/10MAPUTO86/',
    '/cables/07SANTIAGO983/',
    '/cables/04AMMAN1288/',
    '/',
    '/search/?q=helicopter',
    '/glossary/',
    '/glossary/sfrc/',
    '/entities/',
    '/entities/guatemala/',
  ])(
    'no horizontal scrolling at phone width (390 px): %s',
    async (url) => {
      const page = await openPage(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await page.goto(`${siteUrl()}${url}`, { waitUntil: 'networkidle' });
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, JSON.stringify(widths)).toBeLessThanOrEqual(widths.client);
      await page.context().close();
    },
  );
});

/** The element starts inside the viewport and below every sticky or fixed bar. */
async function expectUnobstructed(page: Page, selector: string): Promise<void> {
  const placement = await placementOf(page, selector);
  expect(placement.top, `${selector} ${JSON.stringify(placement)}`).toBeGreaterThanOrEqual(Math.max(0, placement.coveredTo - 1));
  expect(placement.top, `${selector} ${JSON.stringify(placement)}`).toBeLessThan(placement.viewportHeight);
}

/** Does the :target paragraph differ visibly (background, outline, border, shadow) from a plain one? */
async function targetStyleDiffers(page: Page, target: string, plain: string): Promise<boolean> {
  return page.evaluate(
    ([targetSelector, plainSelector]) => {
      const look = (selector: string): string => {
        const style = getComputedStyle(document.querySelector(selector) as Element);
        return [style.backgroundColor, style.outlineStyle, style.outlineColor, style.borderLeftColor, style.borderLeftWidth, style.boxShadow].join('|');
      };
      return look(targetSelector) !== look(plainSelector);
    },
    [target, plain] as const,
  );
}
