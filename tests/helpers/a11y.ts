/**
 * The axe-core suite: no WCAG 2.2 AA violation on the home, reader and search pages (issue 2,
 * item 8). One test file per colour scheme, so the two run in parallel.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from 'vitest';
import { describeInBrowser, openPage, UI_WAIT } from './browser.ts';
import { SEED_ID } from './paths.ts';
import { siteUrl } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each page with what must be on screen before it is checked. */
const PAGES: { url: string; ready: string }[] = [
  { url: '/', ready: 'table.cable-list' },
  // The seed reader page as a search hit opens it: the whole page plus the :target paragraph and
  // the highlight marks, whose contrast must hold too (a superset of the plain page).
  { url: `/cables/${SEED_ID}/?pagefind-highlight=helicopter#par6`, ready: '#par6 mark.pagefind-highlight' },
  { url: '/cables/04AMMAN1288/', ready: '#par1' },
  { url: '/search/?q=helicopter', ready: `#search-results li.result .sub-results a` },
];

/** Defines the axe tests for one colour scheme. */
export function describeAxe(colorScheme: 'light' | 'dark'): void {
  describeInBrowser(`axe WCAG 2.2 AA, ${colorScheme} scheme`, (browser) => {
    test.each(PAGES)('$url', async ({ url, ready }) => {
      const page = await openPage(browser(), { colorScheme });
      await page.goto(`${siteUrl()}${url}`);
      await page.locator(ready).first().waitFor(UI_WAIT);
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
