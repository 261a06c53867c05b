/**
 * The axe-core suite: no WCAG 2.2 AA violation on the home, reader, search, glossary and names
 * pages (issue 2 item 8, issue 3 "Done when") and the browse and filtered search pages (issue 9),
 * including reader pages with a term tooltip open and a paragraph range selected. One test file
 * per colour scheme, so the two run in parallel.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, openPage, UI_WAIT } from './browser.ts';
import { SEED_ID } from './paths.ts';
import { siteUrl } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each page with what must be on screen before it is checked, and what to do first. */
interface AxePage {
  name: string;
  url: string;
  ready: string;
  prepare?: (page: Page) => Promise<void>;
}

const PAGES: AxePage[] = [
  { name: 'home', url: '/', ready: 'table.cable-list' },
  // The seed reader page as a search hit opens it: the whole page plus the :target paragraph and
  // the highlight marks, whose contrast must hold too (a superset of the plain page).
  { name: 'seed from search', url: `/cables/${SEED_ID}/?pagefind-highlight=helicopter#par6`, ready: '#par6 mark.pagefind-highlight' },
  {
    // Everything the reader can open at once: a range selected (the bar), a tooltip on a term.
    name: 'seed with a range selected and a tooltip open',
    url: `/cables/${SEED_ID}/`,
    ready: '#par4',
    prepare: async (page) => {
      await page.locator('#par4 button.select-para').click();
      await page.locator('#par6 button.select-para').click({ modifiers: ['Shift'] });
      await page.locator('#range-bar').waitFor(UI_WAIT);
      await openTooltip(page, '#par4 abbr.term');
    },
  },
  {
    name: '10MAPUTO86 with a marking tooltip open',
    url: '/cables/10MAPUTO86/',
    ready: '#par1',
    prepare: (page) => openTooltip(page, '#par1 abbr.marking'),
  },
  { name: '10MAPUTO86 #par3-par5', url: '/cables/10MAPUTO86/#par3-par5', ready: '#par3.in-range' },
  { name: '04AMMAN1288', url: '/cables/04AMMAN1288/', ready: '#par1' },
  // Issue 10: the warning of a file whose text is another cable, and a paragraph entered by keyboard.
  {
    name: '05SOFIA1280 with ¶2 entered by keyboard',
    url: '/cables/05SOFIA1280/',
    ready: '.notice-conflict',
    prepare: async (page) => {
      await page.locator('#par2').focus();
      await page.keyboard.press('Enter');
    },
  },
  { name: 'search', url: '/search/?q=helicopter', ready: `#search-results li.result .sub-results a` },
  // Issue 9: filters alone, offers and "Did you mean", the browse index and a browse page.
  { name: 'search by filters', url: '/search/?year=2008-2010&tag=PREL', ready: '#filter-tags button[data-tag="PREL"]' },
  { name: 'search with an offer and a correction', url: '/search/?q=helicpter', ready: '#search-offers .did-you-mean a' },
  { name: 'search offering a tag', url: '/search/?q=PREL', ready: '#search-offers a' },
  { name: 'browse', url: '/browse/', ready: '.facet-links a' },
  { name: 'browse tag PREL, page 2', url: '/browse/tag/PREL/2/', ready: 'table.cable-list' },
  { name: 'glossary', url: '/glossary/', ready: 'dl.glossary dt', prepare: (page) => keepFirstEntries(page, 'dl.glossary', 2 * 15) },
  { name: 'glossary entry SFRC', url: '/glossary/sfrc/', ready: 'h1' },
  { name: 'names', url: '/entities/', ready: 'ul.entity-list li' },
  { name: 'names: people, letter A', url: '/entities/all/people/a/', ready: 'ul.entity-list li' },
  {
    name: "10MAPUTO86 with a name's tooltip open",
    url: '/cables/10MAPUTO86/',
    ready: '#par1',
    prepare: (page) => openTooltip(page, '#par1 a.entity'),
  },
  { name: 'name Guatemala', url: '/entities/guatemala/', ready: 'h1' },
];

/**
 * Keeps the first `count` children of every list matching the selector and drops the rest.
 * /glossary/ holds hundreds of entries of one and the same markup; axe takes
 * minutes over them on two cores. Every part of the page (header, nav, headings, each group,
 * its first entries) is still checked; ids and links of the whole page are checked in tests/build.
 */
async function keepFirstEntries(page: Page, listSelector: string, count: number): Promise<void> {
  const dropped = await page.evaluate(
    ([selector, keep]) => {
      let removed = 0;
      for (const list of document.querySelectorAll(selector)) {
        for (const child of [...list.children].slice(keep)) {
          child.remove();
          removed += 1;
        }
      }
      return removed;
    },
    [listSelector, count] as const,
  );
  expect(dropped, `${listSelector}: more than ${count} entries to sample from`).toBeGreaterThan(0);
}

/** Focuses the first matching term and waits for its tooltip. */
async function openTooltip(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().focus();
  await page.locator('#term-tip').waitFor({ state: 'visible', ...UI_WAIT });
}

/** Defines the axe tests for one colour scheme. */
export function describeAxe(colorScheme: 'light' | 'dark'): void {
  describeInBrowser(`axe WCAG 2.2 AA, ${colorScheme} scheme`, (browser) => {
    test.each(PAGES)('$name: $url', async ({ url, ready, prepare }) => {
      const page = await openPage(browser(), { colorScheme });
      const response = await page.goto(`${siteUrl()}${url}`);
      expect(response?.status(), url).toBe(200);
      await page.locator(ready).first().waitFor(UI_WAIT);
      await prepare?.(page);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(summarise(results.violations)).toEqual([]);
      await page.context().close();
    });
  });
}

/** One readable line per violating node: rule, impact, selector, and axe's own explanation. */
function summarise(
  violations: { id: string; impact?: string | null; nodes: { target: unknown; failureSummary?: string }[] }[],
): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? 'n/a'}) at ${JSON.stringify(node.target)}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  );
}
