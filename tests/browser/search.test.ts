/**
 * Paragraph-level search in real Chromium: the Pagefind index answers per paragraph, the
 * /search/ page lists every matching paragraph, and a result lands on the paragraph with the
 * word marked (issue 2 "Done when"; CONTRACT.md "Search").
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowser, openPage, pagefindSearch, placementOf, UI_WAIT } from '../helpers/browser.ts';
import { SEED_ID } from '../helpers/paths.ts';
import { siteUrl } from '../helpers/site.ts';

const SEED_URL = `/cables/${SEED_ID}/`;
const SEED_RESULT = `#search-results li.result:has(h2 a[href="${SEED_URL}"])`;

describeInBrowser('Pagefind index (JS API)', (browser) => {
  let page: Page;

  beforeAll(async () => {
    page = await openPage(browser());
    await page.goto(`${siteUrl()}/`);
  });

  afterAll(async () => {
    await page.context().close();
  });

  test.each([
    // The editor's notes are indexed too (docs/dom.md), each its own sub-result: ¶6's note names the helicopter, ¶8's the wiretap.
    ['helicopter', ['par6', 'note-par6']],
    ['wiretap', ['par5', 'par8', 'note-par8']],
    ['biometric', ['par6', 'par8']],
  ])('"%s" finds the seed at %j, and only there', async (word, anchors) => {
    const results = await pagefindSearch(page, word);
    const seed = results.find((result) => result.url === SEED_URL);
    expect(seed, `results: ${results.map((result) => result.url).join(', ')}`).toBeDefined();
    expect(seed?.anchors).toEqual(anchors);
  });

  test.each(['Myanmar', 'Guterres', 'joblessness', 'lockdown', 'synthesis'])('footer word "%s" is in no page of the index', async (word) => {
    // With no exact hit Pagefind falls back to shorter prefixes ("my", "gut"): those are fine,
    // the footer word itself must be marked nowhere, and the seed must not come up.
    const results = await pagefindSearch(page, word);
    expect(results.map((result) => result.url)).not.toContain(SEED_URL);
    expect(results.filter((result) => result.marked.includes(word.toLowerCase())).map((result) => result.url)).toEqual([]);
  });

  test.each([
    ['Bachelet', '/cables/08SANTIAGO118/'],
    ['Scoop', undefined],
  ])('footer word "%s" does not find the seed (but finds real cables that use it)', async (word, alsoIn) => {
    const results = await pagefindSearch(page, word);
    expect(results.map((result) => result.url)).not.toContain(SEED_URL);
    if (alsoIn) {
      const cable = results.find((result) => result.url === alsoIn);
      expect(cable?.marked, `${alsoIn} marks "${word}"`).toContain(word.toLowerCase());
    }
  });

  test('site chrome is not indexed: "Copy link", "Select" and "Classification" labels find nothing in the seed’s text', async () => {
    // The seed's cable text uses none of these words, so a hit outside the editor's notes (which
    // do say "this copy") could only come from chrome or the header block. ("Cite" is no test:
    // ¶4's "citing" shares its stem.)
    for (const word of ['Copy', 'Select', 'Classification']) {
      const seed = (await pagefindSearch(page, word)).find((result) => result.url === SEED_URL);
      expect(seed?.anchors.filter((anchor) => !anchor.startsWith('note-')) ?? [], word).toEqual([]);
    }
  });
});

describeInBrowser('search page /search/', (browser) => {
  test('typing "helicopter" lists the seed with ¶6, updates ?q=, and the ¶6 link lands on #par6 with the word marked', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/search/`);
    await page.locator('#search-input').pressSequentially('helicopter', { delay: 20 });
    await checkSeedResult(page, 'helicopter', ['par6', 'note-par6']);
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), UI_WAIT).toBe('helicopter');
    await clickThroughToPar6(page);
    await page.context().close();
  });

  test('a typed search (its words searched on every key, the last search taking over the guess) lists what the same search from the URL lists', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/search/`);
    await page.locator('#search-input').pressSequentially('government', { delay: 20 });
    const shown = async (): Promise<{ status: string | null; links: string[] }> => ({
      status: await page.locator('#search-status').textContent(),
      links: await page.locator('#search-results li.result a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
    });
    await expect.poll(async () => (await shown()).status, UI_WAIT).toMatch(/^\d+ cables for “government” — showing \d+/);
    const typed = await shown();
    await page.goto(`${siteUrl()}/search/?q=government`);
    await expect.poll(async () => (await shown()).status, UI_WAIT).toMatch(/^\d+ cables for “government”/);
    expect(await shown()).toEqual(typed);
    expect(typed.links.length).toBeGreaterThan(1);
    await page.context().close();
  });

  test('/search/?q=helicopter runs on load; the ¶6 result lands on #par6 with the word marked', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/search/?q=helicopter`);
    expect(await page.locator('#search-input').inputValue()).toBe('helicopter');
    await checkSeedResult(page, 'helicopter', ['par6', 'note-par6']);
    await clickThroughToPar6(page);
    await page.context().close();
  });

  test('/search/?q=wiretap lists both seed paragraphs, ¶5 and ¶8', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/search/?q=wiretap`);
    await checkSeedResult(page, 'wiretap', ['par5', 'par8', 'note-par8']);
    await page.context().close();
  });

  test('Pagefind runs in the search page’s worker: the page itself fetches neither its script nor its index', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/search/?q=wiretap`);
    await checkSeedResult(page, 'wiretap', ['par5', 'par8', 'note-par8']);
    const paths = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect((await page.evaluate(paths)).filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const workers = page.workers();
    expect(workers.map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/^\/_astro\/engine-worker[\w-]*\.js$/)]);
    const inWorker = await workers[0]!.evaluate(paths);
    expect(inWorker).toContain('/pagefind/pagefind.js');
    expect(inWorker.filter((path) => path.startsWith('/pagefind/fragment/')).length).toBeGreaterThan(0);
    await page.context().close();
  });

  test('every matching paragraph is listed, not just three', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl()}/`);
    // "Muasher" (Jordan's foreign minister) fills many paragraphs of 04AMMAN1288.
    const api = await pagefindSearch(page, 'Muasher');
    const cable = api.find((result) => result.url === '/cables/04AMMAN1288/');
    const anchors = cable?.anchors.filter((anchor) => /^par\d+$/.test(anchor)) ?? [];
    expect(anchors.length).toBeGreaterThan(3);
    await page.goto(`${siteUrl()}/search/?q=Muasher`);
    const listed = page.locator('#search-results li.result:has(h2 a[href="/cables/04AMMAN1288/"]) ul.sub-results > li > a');
    await expect.poll(() => listed.count(), UI_WAIT).toBe(anchors.length);
    const hrefs = await listed.evaluateAll((links) => links.map((link) => link.getAttribute('href')?.toLowerCase()));
    expect(hrefs).toEqual(anchors.map((anchor) => `/cables/04amman1288/?pagefind-highlight=muasher#${anchor}`));
    await page.context().close();
  });
});

/** The seed's result item lists exactly these paragraphs (and notes), each linked with the highlight parameter. */
async function checkSeedResult(page: Page, word: string, anchors: string[]): Promise<void> {
  // Wait for the search of the whole word (typing runs searches for its prefixes first).
  await expect.poll(() => page.locator('#search-status').textContent(), UI_WAIT).toContain(word);
  const links = page.locator(`${SEED_RESULT} ul.sub-results > li > a`);
  const found = (): Promise<{ href: string | null; text: string | undefined }[]> =>
    links.evaluateAll((elements) => elements.map((link) => ({ href: link.getAttribute('href'), text: link.textContent?.trim() })));
  await expect.poll(found, UI_WAIT).toEqual(
    anchors.map((anchor) => ({
      href: `${SEED_URL}?pagefind-highlight=${encodeURIComponent(word)}#${anchor}`,
      text: resultLabel(anchor),
    })),
  );
  // `¶N — excerpt`: the number links, the excerpt follows after a dash.
  const items = (await page.locator(`${SEED_RESULT} ul.sub-results > li`).allTextContents()).map((item) => item.replace(/\s+/g, ' ').trim());
  expect(items.map((item, index) => item.slice(0, `${resultLabel(anchors[index] ?? '')} — `.length))).toEqual(
    anchors.map((anchor) => `${resultLabel(anchor)} — `),
  );
  const marks = await page.locator(`${SEED_RESULT} ul.sub-results > li mark`).allTextContents();
  expect(marks.map((mark) => mark.toLowerCase())).toContain(word);
}

/** What the search page shows for a sub-result: `¶6`, or `Editor’s note on ¶6` for a note. */
function resultLabel(anchor: string): string {
  const note = /^note-par(\d+)$/.exec(anchor);
  return note ? `Editor’s note on ¶${note[1]}` : `¶${anchor.slice(3)}`;
}

/** Click the seed's ¶6 result and check where the reader lands. */
async function clickThroughToPar6(page: Page): Promise<void> {
  await page.locator(`${SEED_RESULT} ul.sub-results a[href$="#par6"]`).click();
  await page.waitForURL(`**${SEED_URL}?pagefind-highlight=helicopter#par6`);
  expect(page.url()).toBe(`${siteUrl()}${SEED_URL}?pagefind-highlight=helicopter#par6`);
  await page.locator('#par6 mark.pagefind-highlight').first().waitFor(UI_WAIT);
  expect((await page.locator('#par6 mark.pagefind-highlight').allTextContents()).map((text) => text.toLowerCase())).toContain('helicopter');
  const placement = await placementOf(page, '#par6');
  expect(placement.top, 'top of #par6 below any sticky header').toBeGreaterThanOrEqual(placement.coveredTo - 1);
  expect(placement.top, '#par6 starts inside the viewport').toBeLessThan(placement.viewportHeight);
  expect(placement.top).toBeGreaterThanOrEqual(0);
}
