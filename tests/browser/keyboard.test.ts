/**
 * The keyboard model of the reader page (issue 10, items 2 and 3; docs/keyboard.md): the first
 * Tab offers a skip link to the cable text; each paragraph is one Tab stop, entered with Enter
 * (its links, terms and buttons then in the Tab order) and left with Escape; term tooltips keep
 * WCAG 1.4.13; screen readers get each paragraph's name and how to enter it. Every anchor lands
 * below the sticky header.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { accessibleDescription, describeInBrowser, openPage, placementOf, UI_WAIT } from '../helpers/browser.ts';
import { SEED_ID } from '../helpers/paths.ts';
import { siteUrl } from '../helpers/site.ts';

const SEED_URL = `/cables/${SEED_ID}/`;

/** What has focus: `#par6` for a paragraph, else a short description with its paragraph. */
function focused(page: Page): Promise<{ id: string; tag: string; className: string; inPara: string | null; text: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      id: element?.id ?? '',
      tag: element?.tagName.toLowerCase() ?? '',
      className: element?.className ?? '',
      inPara: element?.closest('div.para[id]')?.id ?? null,
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40),
    };
  });
}

describeInBrowser('keyboard model', (browser) => {
  test('the first Tab is a skip link to the cable text; from it, six Tabs reach ¶6, passing no term or button', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.tag).toBe('a');
    expect(skip.text).toBe('Skip to the cable text');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#cable-text');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), UI_WAIT).toBe('cable-text');
    const stops: string[] = [];
    for (let presses = 0; presses < 6; presses += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      stops.push(now.tag === 'div' ? now.id : `${now.tag}.${now.className} in ${now.inPara}`);
    }
    expect(stops).toEqual(['par1', 'par2', 'par3', 'par4', 'par5', 'par6']);
    await page.context().close();
  });

  test('from the top of the page, Tab passes the chrome and the title’s tags, then goes paragraph by paragraph: ¶6 is 5 stops after ¶1', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/cables/10ABUJA215/`);
    const stops: string[] = [];
    for (let presses = 0; presses < 60 && stops.at(-1) !== 'par6'; presses += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      stops.push(now.tag === 'div' ? now.id : `${now.tag}.${now.className}${now.inPara ? ` in ${now.inPara}` : ''}`);
    }
    expect(stops.slice(stops.indexOf('par1'))).toEqual(['par1', 'par2', 'par3', 'par4', 'par5', 'par6']);
    expect(stops.filter((stop) => stop.includes(' in par')), 'stops inside paragraphs').toEqual([]);
    // Before issue 10 it took 53 presses on the seed and every term of 10ABUJA215 (55) was a stop.
    const tags = await page.locator('.cable-facts a.tag').count();
    expect(stops.length, stops.join(', ')).toBeLessThanOrEqual(12 + tags + 6);
    await page.context().close();
  });

  test('Enter enters ¶4: Tab goes through its link, terms and buttons only; Escape goes back to ¶4; Tab then goes on to ¶5', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    await page.locator('#par4').focus();
    await page.keyboard.press('Enter');
    const first = await focused(page);
    expect(`${first.tag}.${first.className} in ${first.inPara}`).toBe('a.para-num in par4');
    const inside = await page.evaluate(() =>
      [...document.querySelectorAll('#par4 a[href], #par4 button, #par4 [tabindex]')].filter((element) => element.id !== 'par4').length,
    );
    const visited: string[] = [];
    for (let presses = 1; presses < inside; presses += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      visited.push(`${now.tag}.${now.className}:${now.inPara}`);
    }
    expect(visited.every((stop) => stop.endsWith(':par4')), visited.join(', ')).toBe(true);
    expect(visited.filter((stop) => stop.startsWith('abbr.term'))).toHaveLength(3);
    expect(visited.at(-1)).toBe('button.select-para:par4');
    await page.keyboard.press('Escape');
    expect((await focused(page)).id).toBe('par4');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('par5');
    await page.context().close();
  });

  test('a term reached inside a paragraph shows its tooltip; Escape closes it and keeps focus (WCAG 1.4.13); a second Escape leaves the paragraph', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    await page.locator('#par1').focus();
    await page.keyboard.press('Enter');
    let term = await focused(page);
    for (let presses = 0; presses < 20 && term.tag !== 'abbr'; presses += 1) {
      await page.keyboard.press('Tab');
      term = await focused(page);
    }
    expect(term.tag).toBe('abbr');
    await expect.poll(() => page.locator('#term-tip').isVisible(), UI_WAIT).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#term-tip').isVisible(), UI_WAIT).toBe(false);
    expect(await focused(page)).toEqual(term);
    await page.keyboard.press('Escape');
    expect((await focused(page)).id).toBe('par1');
    await page.context().close();
  });

  test('screen readers: a paragraph is a group named "Paragraph 6", described with how to enter it; its terms keep their meaning', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    expect(await page.locator('#par6').getAttribute('role')).toBe('group');
    expect(await page.locator('#par6').getAttribute('aria-label')).toBe('Paragraph 6');
    expect(await accessibleDescription(page, '#par6')).toMatch(/^Enter: .*Escape/);
    const description = await accessibleDescription(page, '#par1 abbr.term');
    expect(description?.length ?? 0).toBeGreaterThan(3);
    await page.context().close();
  });

  test('without JavaScript paragraphs are no Tab stops and their ¶N links are', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl()}${SEED_URL}`);
    expect(await page.locator('#par6').getAttribute('tabindex')).toBeNull();
    let reached = false;
    for (let presses = 0; presses < 40 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('#par6 a.para-num') ?? false);
    }
    expect(reached).toBe(true);
    await page.context().close();
  });
});

describeInBrowser('anchors land below the sticky header', (browser) => {
  test.each([
    ['a paragraph', `${SEED_URL}#par6`, '#par6'],
    ['an editor’s note', `${SEED_URL}#note-par6`, '#note-par6'],
    ['a section', `${SEED_URL}#vetting`, '#vetting'],
    ['a range', `${SEED_URL}#par4-par6`, '#par4'],
    ['a paragraph with a search highlight', `${SEED_URL}?pagefind-highlight=helicopter#par6`, '#par6'],
    ['a paragraph of a long cable', '/cables/10MAPUTO86/#par5', '#par5'],
    ['the completeness panel (phone layout at 700 px)', `${SEED_URL}#about-completeness`, '#about-completeness'],
    ['the skip link target', `${SEED_URL}#cable-text`, '#cable-text'],
  ])('%s: %s', async (_what, url, selector) => {
    for (const width of [1280, 700]) {
      const page = await openPage(browser(), { viewport: { width, height: 800 } });
      await page.goto(`${siteUrl()}${url}`, { waitUntil: 'networkidle' });
      const placement = await placementOf(page, selector);
      const detail = `${url} at ${width}: ${JSON.stringify(placement)}`;
      expect(placement.top, detail).toBeGreaterThanOrEqual(Math.max(0, placement.coveredTo - 1));
      expect(placement.top, detail).toBeLessThan(placement.viewportHeight / 2);
      await page.context().close();
    }
  });
});
