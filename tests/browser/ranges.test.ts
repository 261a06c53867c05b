/**
 * Range links and paragraph selection (issue 3, item 7): `#par4-par6` highlights ¶4–¶6 and lands
 * on ¶4, on load and on hashchange; Select buttons (shift-click, or taps on a phone) build a
 * range shown in a bar with its link and citation, mirrored in the address bar.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { clipboardText, describeInBrowser, grantClipboard, openPage, placementOf, UI_WAIT } from '../helpers/browser.ts';
import { SEED_ID } from '../helpers/paths.ts';
import { siteUrl } from '../helpers/site.ts';

const SEED_URL = `/cables/${SEED_ID}/`;
const SEED_CITATION = '"Guatemala/Mexico Border Issues, Staffdel Meacham", cable (partial extract, via Scoop)';
const BAR = '#range-bar';

describeInBrowser('range links', (browser) => {
  test.each(['#par4-par6', '#par6-par4'])('%s highlights exactly ¶4, ¶5, ¶6 and opens on ¶4 at the top, focused', async (hash) => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}${hash}`);
    await expect.poll(() => inRange(page), UI_WAIT).toEqual(['par4', 'par5', 'par6']);
    await expectAtTop(page, '#par4');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('par4');
    expect(await highlighted(page, '#par5'), '¶5 looks highlighted').toBe(true);
    expect(await highlighted(page, '#par3'), '¶3 does not').toBe(false);
    expect(await highlighted(page, '#par7'), '¶7 does not').toBe(false);
    await page.context().close();
  });

  test('hashchange: a new range moves the highlight; a single ¶ link clears it; an invalid range does nothing', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}#par4-par6`);
    await expect.poll(() => inRange(page), UI_WAIT).toEqual(['par4', 'par5', 'par6']);
    await page.evaluate(() => {
      location.hash = 'par7-par8';
    });
    await expect.poll(() => inRange(page), UI_WAIT).toEqual(['par7', 'par8']);
    await expectAtTop(page, '#par7');
    await page.locator('#par2 a.para-num').click();
    await expect.poll(() => inRange(page), UI_WAIT).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('#par2')?.matches(':target'))).toBe(true);
    expect(await highlighted(page, '#par2'), ':target ¶2 is highlighted').toBe(true);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const invalid of ['par4-par99', 'par3-nonsense', 'par-', '-par4', '%E0%A4%A']) {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, invalid);
      await page.waitForTimeout(50);
      expect(await inRange(page), invalid).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a range in the text of an editor’s note (¶8’s “¶4–6”) works as a link', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    await page.locator('#note-par8 a[href="#par4-par6"]').click();
    await expect.poll(() => inRange(page), UI_WAIT).toEqual(['par4', 'par5', 'par6']);
    await expectAtTop(page, '#par4');
    await page.context().close();
  });

  test('unnumbered anchors: 04BOGOTA8900 #text-1-par2 spans its opening paragraph to ¶2', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/cables/04BOGOTA8900/#text-1-par2`);
    await expect.poll(() => inRange(page), UI_WAIT).toEqual(['text-1', 'par1', 'par2']);
    await page.context().close();
  });
});

describeInBrowser('paragraph selection', (browser) => {
  test('Select ¶4, shift-click Select ¶6: bar "¶4–¶6 selected", address #par4-par6, copy link and citation, Esc clears', async () => {
    const page = await openPage(browser());
    await grantClipboard(page, siteUrl());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    await page.locator('#par4 button.select-para').click();
    await page.locator('#par6 button.select-para').click({ modifiers: ['Shift'] });
    const bar = page.locator(BAR);
    await expect.poll(() => bar.isVisible(), UI_WAIT).toBe(true);
    expect(await bar.getAttribute('role')).toBe('region');
    expect(await bar.getAttribute('aria-label')).toBe('Selected paragraphs');
    expect(await bar.textContent()).toContain('¶4–¶6 selected');
    expect(await page.evaluate(() => location.hash)).toBe('#par4-par6');
    expect(await inRange(page)).toEqual(['par4', 'par5', 'par6']);
    expect(await pressed(page)).toEqual(['par4', 'par5', 'par6']);

    const link = `${siteUrl()}${SEED_URL}#par4-par6`;
    await bar.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => clipboardText(page), UI_WAIT).toBe(link);
    await bar.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => clipboardText(page), UI_WAIT).toBe(`${SEED_CITATION}, ¶¶4–6, ${link}`);

    // The copied link opens on the same range in a fresh page.
    const other = await page.context().newPage();
    await other.goto(link);
    await expect.poll(() => inRange(other), UI_WAIT).toEqual(['par4', 'par5', 'par6']);
    await other.close();

    // Esc with focus in the bar clears everything; focus goes back to a Select button.
    await bar.getByRole('button', { name: 'Copy citation' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => bar.isVisible(), UI_WAIT).toBe(false);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await inRange(page)).toEqual([]);
    expect(await pressed(page)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.matches('button.select-para') ?? false)).toBe(true);
    await page.context().close();
  });

  test('Select toggles: ¶5 then ¶7 spans ¶5–¶7; unselecting ¶7 leaves ¶5–¶6, then ¶5 and ¶6 leave nothing; Clear empties it', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    await page.locator('#par5 button.select-para').click();
    expect(await pressed(page)).toEqual(['par5']);
    expect(await page.evaluate(() => location.hash)).toBe('#par5');
    await page.locator('#par7 button.select-para').click();
    expect(await pressed(page)).toEqual(['par5', 'par6', 'par7']);
    expect(await page.locator(BAR).textContent()).toContain('¶5–¶7 selected');
    await page.locator('#par7 button.select-para').click();
    expect(await pressed(page)).toEqual(['par5', 'par6']);
    expect(await page.evaluate(() => location.hash)).toBe('#par5-par6');
    await page.locator('#par5 button.select-para').click();
    expect(await pressed(page)).toEqual(['par6']);
    expect(await inRange(page)).toEqual(['par6']);
    await page.locator('#par6 button.select-para').click();
    expect(await pressed(page)).toEqual([]);
    expect(await inRange(page)).toEqual([]);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.locator(BAR).isVisible()).toBe(false);
    await page.locator('#par3 button.select-para').click();
    expect(await page.locator(BAR).textContent()).toContain('¶3 selected');
    await page.locator(BAR).getByRole('button', { name: 'Clear' }).click();
    expect(await pressed(page)).toEqual([]);
    expect(await inRange(page)).toEqual([]);
    expect(await page.locator(BAR).isVisible()).toBe(false);
    await page.context().close();
  });

  test('on a phone (390 px, no shift key) tapping Select on ¶4 then ¶6 selects ¶4–¶6; the bar sits at the bottom, inside the screen', async () => {
    const page = await openPage(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${siteUrl()}${SEED_URL}`);
    await page.locator('#par4 button.select-para').tap();
    await page.locator('#par6 button.select-para').tap();
    const bar = page.locator(BAR);
    await expect.poll(() => bar.textContent(), UI_WAIT).toContain('¶4–¶6 selected');
    const box = await bar.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, right: rect.right, bottom: rect.bottom, width: document.documentElement.clientWidth, height: window.innerHeight, position: getComputedStyle(element).position };
    });
    expect(box.position).toBe('fixed');
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.width);
    expect(Math.abs(box.bottom - box.height), JSON.stringify(box)).toBeLessThanOrEqual(1);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
    await page.context().close();
  });
});

/** Ids of the paragraphs with class in-range, in document order. */
function inRange(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('div.para.in-range')].map((para) => para.id));
}

/** Ids of the paragraphs whose Select button is pressed. */
function pressed(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button.select-para[aria-pressed="true"]')].map((button) => button.closest('div.para')?.id ?? '?'),
  );
}

/** Whether the paragraph looks highlighted: a background (colour or gradient) other than the page's. */
function highlighted(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const para = document.querySelector(target);
    if (!para) throw new Error(`no ${target}`);
    const style = getComputedStyle(para);
    const colour = style.backgroundColor;
    const coloured = colour !== 'rgba(0, 0, 0, 0)' && colour !== getComputedStyle(document.body).backgroundColor;
    return coloured || style.backgroundImage !== 'none';
  }, selector);
}

/** The element starts at the top of the viewport, just below any sticky bar. */
async function expectAtTop(page: Page, selector: string): Promise<void> {
  const placement = await placementOf(page, selector);
  const detail = `${selector} ${JSON.stringify(placement)}`;
  expect(placement.top, detail).toBeGreaterThanOrEqual(Math.max(0, placement.coveredTo - 1));
  expect(placement.top - placement.coveredTo, detail).toBeLessThanOrEqual(48);
}
