/**
 * Cable language explained in place (issue 3, item 1; WCAG 1.4.13): every `abbr.term` on the
 * reader page can be reached by Tab, shows its meaning in a tooltip on focus and on hover, keeps
 * it while the pointer moves onto it, hides it on Esc (focus stays) and on blur/leave, stays
 * inside a phone's viewport, and gives screen readers the meaning as the accessible description.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { accessibleDescription, describeInBrowser, openPage, UI_WAIT } from '../helpers/browser.ts';
import { SEED_ID } from '../helpers/paths.ts';
import { siteUrl } from '../helpers/site.ts';

const SEED_URL = `/cables/${SEED_ID}/`;
const MAPUTO_URL = '/cables/10MAPUTO86/';
const TIP = '#term-tip';

/** The seed's terms the issue names, each with words its meaning must carry (public facts). */
const SEED_TERMS: [term: string, meaning: RegExp][] = [
  ['SFRC', /Senate Foreign Relations Committee/i],
  ['Staffdel', /staff/i],
  ['reftel', /refer/i],
  ['GOG', /Government of Guatemala/i],
  ['PNC', /police/i],
  ['NAFTA', /North American Free Trade Agreement/i],
  ['MPP', /Mission Performance Plan/i],
  ['E.O. 12958', /Executive Order/i],
];

describeInBrowser('term tooltips', (browser) => {
  // Issue 10 (docs/keyboard.md): a paragraph is one Tab stop; Enter puts its terms in the Tab order.
  test('by keyboard (Tab, and Enter on a paragraph holding one) SFRC, Staffdel, reftel, GOG, PNC, NAFTA, MPP and E.O. 12958 each show their meaning; Esc hides it and keeps focus', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    const pending = new Map(SEED_TERMS);
    for (let presses = 0; presses < 500 && pending.size > 0; presses += 1) {
      await page.keyboard.press('Tab');
      const holdsPending = await page.evaluate((terms) => {
        const element = document.activeElement;
        if (!element?.matches('div.para')) return false;
        return [...element.querySelectorAll('abbr.term')].some((abbr) => terms.includes((abbr.textContent ?? '').replace(/\s+/g, ' ').trim()));
      }, [...pending.keys()]);
      if (holdsPending) await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element?.matches('abbr.term') ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
      });
      const meaningPattern = focused === null ? undefined : pending.get(focused);
      if (focused === null || !meaningPattern) continue;
      pending.delete(focused);
      const meaning = await meaningOfFocused(page);
      expect(meaning, `${focused}'s meaning`).toMatch(meaningPattern);
      await expect.poll(() => tipText(page), UI_WAIT).toContain(meaning);
      expect(await tipInsideViewport(page), `${focused}'s tooltip inside the viewport`).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(TIP).isVisible(), UI_WAIT).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim()), 'focus stays on the term').toBe(focused);
    }
    expect([...pending.keys()], 'terms Tab never reached').toEqual([]);
    await page.context().close();
  });

  test('screen readers get each meaning as the accessible description (aria-describedby → the terms list)', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    for (const [term, meaningPattern] of SEED_TERMS) {
      const marker = await markFirstTerm(page, term);
      const description = await accessibleDescription(page, `[data-test-term="${marker}"]`);
      expect(description, term).toMatch(meaningPattern);
      expect(description).toBe(await meaningOf(page, `[data-test-term="${marker}"]`));
    }
    // The tooltip repeats what the description says: hidden from the accessibility tree, so it is not read twice.
    await page.locator('abbr.term').first().focus();
    await expect.poll(() => page.locator(TIP).isVisible(), UI_WAIT).toBe(true);
    expect(await page.locator(TIP).getAttribute('role')).toBe('tooltip');
    expect(await page.locator(TIP).getAttribute('aria-hidden')).toBe('true');
    await page.context().close();
  });

  test('hover shows the meaning; it stays while the pointer moves onto the tooltip, and goes when the pointer leaves', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    const marker = await markFirstTerm(page, 'SFRC');
    const term = page.locator(`[data-test-term="${marker}"]`);
    const meaning = await meaningOf(page, `[data-test-term="${marker}"]`);
    await term.hover();
    await expect.poll(() => tipText(page), UI_WAIT).toContain(meaning);
    // Onto the tooltip itself (WCAG 1.4.13 "hoverable"), through the gap between the two.
    const tipBox = await page.locator(TIP).boundingBox();
    if (!tipBox) throw new Error('tooltip has no box');
    await page.mouse.move(tipBox.x + tipBox.width / 2, tipBox.y + tipBox.height / 2, { steps: 8 });
    await page.waitForTimeout(600);
    expect(await page.locator(TIP).isVisible(), 'tooltip stays under the pointer').toBe(true);
    // Away from both: it goes.
    await page.mouse.move(5, 790, { steps: 4 });
    await expect.poll(() => page.locator(TIP).isVisible(), UI_WAIT).toBe(false);
    // Esc also dismisses a hover tooltip; nothing had focus, so focus is still on the body.
    await term.hover();
    await expect.poll(() => page.locator(TIP).isVisible(), UI_WAIT).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(TIP).isVisible(), UI_WAIT).toBe(false);
    await page.context().close();
  });

  test('blur hides the tooltip', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${SEED_URL}`);
    const marker = await markFirstTerm(page, 'GOG');
    await page.locator(`[data-test-term="${marker}"]`).focus();
    await expect.poll(() => page.locator(TIP).isVisible(), UI_WAIT).toBe(true);
    await page.locator('#par4 a.para-num').focus();
    await expect.poll(() => page.locator(TIP).isVisible(), UI_WAIT).toBe(false);
    await page.context().close();
  });

  test('at phone width (390 px) every seed term’s tooltip stays inside the viewport and the page does not scroll sideways', async () => {
    const page = await openPage(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${siteUrl()}${SEED_URL}`);
    const count = await page.locator('abbr.term').count();
    expect(count).toBeGreaterThanOrEqual(SEED_TERMS.length);
    for (let index = 0; index < count; index += 1) {
      const term = page.locator('abbr.term').nth(index);
      await term.focus();
      await expect.poll(() => page.locator(TIP).isVisible(), UI_WAIT).toBe(true);
      expect(await tipInsideViewport(page), `tooltip of term #${index} "${await term.textContent()}"`).toBe(true);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0], `scrollWidth/clientWidth ${widths.join('/')}`).toBeLessThanOrEqual(widths[1] ?? 0);
    }
    // A tap on a term shows its meaning too (touch screens have no hover).
    const marker = await markFirstTerm(page, 'PNC');
    await page.locator(`[data-test-term="${marker}"]`).tap();
    await expect.poll(() => tipText(page), UI_WAIT).toContain(await meaningOf(page, `[data-test-term="${marker}"]`));
    await page.context().close();
  });

  test('10MAPUTO86: tags in the header and the marking badges show their meaning by keyboard', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${MAPUTO_URL}`);
    // Issue 10: tags are chips linking to their browse page, explained like the terms.
    for (const selector of ['.cable-facts ul.tags a.tag', '#par1 abbr.marking']) {
      const element = page.locator(selector).first();
      await element.focus();
      const meaning = await meaningOf(page, selector);
      expect(meaning.length, `${selector} has a meaning`).toBeGreaterThan(3);
      await expect.poll(() => tipText(page), UI_WAIT).toContain(meaning);
      expect(await accessibleDescription(page, selector)).toBe(meaning);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(TIP).isVisible(), UI_WAIT).toBe(false);
    }
    expect(await meaningOf(page, '#par1 abbr.marking')).toMatch(/secret/i);
    await page.context().close();
  });

  // Issue 10 (docs/keyboard.md): terms inside a paragraph leave the Tab order (-1) until it is entered.
  test.each([SEED_URL, MAPUTO_URL])('%s: every term and tag is focusable (in the Tab order outside paragraphs) and described by a non-empty entry of the terms list', async (url) => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}${url}`);
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll('abbr.term, abbr.marking, a.tag')].flatMap((term) => {
        const ids = (term.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const described = ids.map((id) => document.getElementById(id));
        const tabOrder = term.closest('div.para') ? '-1' : term.matches('a') ? null : '0';
        const ok =
          term.getAttribute('tabindex') === tabOrder &&
          ids.length > 0 &&
          described.every((target) => target?.matches('.cable-terms dd') && (target.textContent ?? '').trim().length > 0);
        return ok ? [] : [`${term.outerHTML.slice(0, 160)}`];
      }),
    );
    expect(problems).toEqual([]);
    expect(await page.locator('abbr.term').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

/** The meaning (text of the aria-describedby target) of the first element matching the selector. */
function meaningOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
  });
}

function meaningOfFocused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const ids = (document.activeElement?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
  });
}

/** Marks the first `abbr.term` whose text is `term` with a test attribute; returns its value. */
async function markFirstTerm(page: Page, term: string): Promise<string> {
  const marker = term.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const found = await page.evaluate(
    ([text, value]) => {
      const element = [...document.querySelectorAll('abbr.term')].find((abbr) => (abbr.textContent ?? '').replace(/\s+/g, ' ').trim() === text);
      element?.setAttribute('data-test-term', value);
      return Boolean(element);
    },
    [term, marker] as const,
  );
  expect(found, `an abbr.term "${term}" on the page`).toBe(true);
  return marker;
}

/** The visible tooltip's text, or '' when it is hidden. */
async function tipText(page: Page): Promise<string> {
  const tip = page.locator(TIP);
  if (!(await tip.isVisible())) return '';
  return ((await tip.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The tooltip lies wholly inside the viewport. */
function tipInsideViewport(page: Page): Promise<boolean> {
  return page.locator(TIP).evaluate((tip) => {
    const box = tip.getBoundingClientRect();
    const root = document.documentElement;
    return box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= root.clientWidth && box.bottom <= root.clientHeight;
  });
}
