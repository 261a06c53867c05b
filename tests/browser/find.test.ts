/**
 * Issue 9 in real Chromium on the real build: each filter narrows the results to cables carrying
 * the value (checked against their JSON), filters alone list cables newest first, every state is
 * in the URL, a reference id is the first result, a TAGS code and a post are offered as filters,
 * a misspelling is answered from the site's vocabulary, bad queries give a clear message and no
 * script error, and the filters are usable at 390 px.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Facets } from '../../src/lib/facets.ts';
import type { Cable } from '../../src/lib/types.ts';
import { describeInBrowser, openPage, showAllResults, UI_WAIT } from '../helpers/browser.ts';
import { allCableJson, readDist, siteUrl } from '../helpers/site.ts';

type SiteCable = Cable & { facets: Facets };
const cables = allCableJson() as Map<string, SiteCable>;
const RESULT_LINKS = '#search-results li.result h2 a';

/** Opens a search URL, collecting script errors; waits until the status line settles on a result. */
async function openSearch(page: Page, query: string, errors: string[]): Promise<void> {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${siteUrl()}/search/${query}`);
  await expect.poll(() => page.locator('#search-status').textContent(), UI_WAIT).toMatch(/cable|No cables/);
}

/** Loads every result of the list and returns the listed cable ids. */
async function allListedIds(page: Page): Promise<string[]> {
  await showAllResults(page);
  const hrefs = await page.locator(RESULT_LINKS).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(/^\/cables\/(.+)\/$/.exec(href)?.[1] ?? href));
}

/** The cable ids the JSON says carry a value, newest first (undated last). */
function expectedIds(keep: (cable: SiteCable) => boolean): string[] {
  return [...cables.values()]
    .filter(keep)
    .sort((a, b) => (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1))
    .map((cable) => cable.id);
}

describeInBrowser('filters on /search/', (browser) => {
  test.each([
    ['?tag=PREL', (cable: SiteCable) => cable.tags.includes('PREL')],
    ['?origin=madrid', (cable: SiteCable) => cable.facets.origin?.slug === 'madrid'],
    ['?classification=secret-noforn', (cable: SiteCable) => cable.classification === 'SECRET//NOFORN'],
    ['?year=2009', (cable: SiteCable) => cable.facets.year === '2009'],
    // A partial extract without a date line is filed under its id's year (04AMMAN1288 under 2004).
    ['?year=2003-2005', (cable: SiteCable) => ['2003', '2004', '2005'].includes(cable.facets.year ?? '')],
    ['?tag=PREL&tag=PGOV&year=2008-2010', (cable: SiteCable) => cable.tags.includes('PREL') && cable.tags.includes('PGOV') && Number(cable.facets.year) >= 2008 && Number(cable.facets.year) <= 2010],
  ])('%s without words lists exactly the cables carrying it, newest first', async (query, keep) => {
    const page = await openPage(browser());
    const errors: string[] = [];
    await openSearch(page, query, errors);
    const ids = await allListedIds(page);
    const expected = expectedIds(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(expected));
    expect(ids).toHaveLength(expected.length);
    const dates = ids.map((id) => cables.get(id)?.date ?? '0000-00-00');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a filter narrows a word search to cables carrying the value (checked against their JSON)', async () => {
    const page = await openPage(browser());
    const errors: string[] = [];
    await openSearch(page, '?q=government', errors);
    const all = await allListedIds(page);
    await openSearch(page, '?q=government&classification=confidential', errors);
    const narrowed = await allListedIds(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    for (const id of narrowed) expect(cables.get(id)?.classification, id).toBe('CONFIDENTIAL');
    expect(new Set(narrowed)).toEqual(new Set(all.filter((id) => cables.get(id)?.classification === 'CONFIDENTIAL')));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('?q=government&sort=date lists the word’s cables newest first', async () => {
    const page = await openPage(browser());
    const errors: string[] = [];
    await openSearch(page, '?q=government&sort=date', errors);
    const ids = await allListedIds(page);
    expect(ids.length).toBeGreaterThan(20);
    const dates = ids.map((id) => cables.get(id)?.date ?? '0000-00-00');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.locator('#filter-sort').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('choosing filters in the controls writes them to the URL and lists their cables; results show date, origin, classification', async () => {
    const page = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${siteUrl()}/search/`);
    await page.locator('#filter-origin').selectOption('madrid');
    await page.locator('#filter-year-from').selectOption('2008');
    await page.locator('#filter-year-to').selectOption('2010');
    await expect.poll(() => new URL(page.url()).search, UI_WAIT).toBe('?year=2008-2010&origin=madrid');
    const expected = expectedIds((cable) => cable.facets.origin?.slug === 'madrid' && Number(cable.facets.year) >= 2008);
    await expect.poll(() => page.locator(RESULT_LINKS).count(), UI_WAIT).toBe(expected.length);
    const first = cables.get(expected[0] ?? '');
    const meta = await page.locator('#search-results li.result .result-meta').first().textContent();
    expect(meta).toContain(first?.date ?? '?');
    expect(meta).toContain('Madrid');
    expect(meta).toContain(first?.classification ?? '?');
    await page.locator('#filter-tag').fill('prel');
    await page.locator('#filter-tag-add').click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('tag'), UI_WAIT).toEqual(['PREL']);
    await page.locator('#filter-tags button[data-tag="PREL"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('tag'), UI_WAIT).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describeInBrowser('transfer of a filtered search', (browser) => {
  test('?tag=PREL lists from the listing data (no Pagefind fragment), preloads only PREL’s own filter; words typed next fetch no filter and two fragments', async () => {
    const page = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const errors: string[] = [];
    await openSearch(page, '?tag=PREL', errors);
    const count = [...cables.values()].filter((cable) => cable.tags.includes('PREL')).length;
    await expect.poll(() => page.locator(RESULT_LINKS).count(), UI_WAIT).toBe(10);
    expect(await page.locator('#search-status').textContent()).toContain(`${count} cables tagged PREL`);
    // Pagefind loads in the background once the list is shown: its PREL filter, and nothing per cable.
    await expect.poll(() => requests.filter((path) => path.startsWith('/pagefind/filter/')).length, UI_WAIT).toBe(1);
    const listed = requests.splice(0);
    expect(listed.filter((path) => path.startsWith('/pagefind/fragment/'))).toEqual([]);
    expect(listed.filter((path) => path.startsWith('/search/sets/'))).toEqual(['/search/sets/tag/PREL.json']);
    expect(listed.filter((path) => path.startsWith('/search/rows/'))).toEqual(['/search/rows/0.json']);
    await page.locator('#search-input').fill('government');
    await expect.poll(() => page.locator('#search-status').textContent(), UI_WAIT).toContain('for “government” tagged PREL');
    expect(requests.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
    expect(requests.filter((path) => path.startsWith('/pagefind/fragment/')).length).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the listing data are small: a value’s ranks and fifty rows, each ≤ 8 KB as served', () => {
    const sets = readDist('/search/sets/tag/PREL.json');
    expect(JSON.parse(sets) as number[]).toHaveLength([...cables.values()].filter((cable) => cable.tags.includes('PREL')).length);
    expect(gzipSync(sets).length).toBeLessThanOrEqual(8 * 1024);
    const rows = readDist('/search/rows/0.json');
    expect(JSON.parse(rows) as unknown[]).toHaveLength(50);
    expect(gzipSync(rows).length).toBeLessThanOrEqual(8 * 1024);
  });
});

describeInBrowser('metadata typed as words', (browser) => {
  test.each(['10MAPUTO80', '10maputo80'])('?q=%s: the first result is the cable 10MAPUTO80', async (id) => {
    const page = await openPage(browser());
    const errors: string[] = [];
    await openSearch(page, `?q=${id}`, errors);
    await expect.poll(() => page.locator(RESULT_LINKS).first().getAttribute('href'), UI_WAIT).toBe('/cables/10MAPUTO80/');
    expect(await page.locator(RESULT_LINKS).first().textContent()).toBe(cables.get('10MAPUTO80')?.subject);
    // The status counts the cables listed: the id's cable once, though Pagefind finds it too.
    const listed = await page.locator(RESULT_LINKS).count();
    expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^${listed} cables?\\b`));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('?q=PREL offers the tag as a filter with its 177 cables; following it lists them', async () => {
    const page = await openPage(browser());
    const errors: string[] = [];
    await openSearch(page, '?q=PREL', errors);
    const offer = page.locator('#search-offers a', { hasText: 'tagged PREL' });
    await offer.waitFor(UI_WAIT);
    const count = cables.size && [...cables.values()].filter((cable) => cable.tags.includes('PREL')).length;
    expect(await offer.textContent()).toContain(String(count));
    await offer.click();
    await page.waitForURL('**/search/?tag=PREL&sort=date');
    await expect.poll(() => page.locator('#search-status').textContent(), UI_WAIT).toContain(`${count} cables tagged PREL`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each([
    ['AMEMBASSY MAPUTO', 'maputo'],
    ['Madrid', 'madrid'],
  ])('?q=%s offers the post’s cables', async (query, slug) => {
    const page = await openPage(browser());
    const errors: string[] = [];
    await openSearch(page, `?q=${encodeURIComponent(query)}`, errors);
    const offer = page.locator(`#search-offers a[href*="origin=${slug}"]`);
    await offer.waitFor(UI_WAIT);
    const count = [...cables.values()].filter((cable) => cable.facets.origin?.slug === slug).length;
    expect(await offer.textContent()).toContain(String(count));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each([
    ['helicpter', 'helicopter'],
    ['Meachem', 'meacham'],
  ])('?q=%s: "Did you mean %s?", and no cable matched on a short prefix', async (typo, word) => {
    const page = await openPage(browser());
    const errors: string[] = [];
    await openSearch(page, `?q=${typo}`, errors);
    const suggestion = page.locator('#search-offers .did-you-mean a');
    await suggestion.waitFor(UI_WAIT);
    expect(await suggestion.textContent()).toBe(word);
    expect(await page.locator(RESULT_LINKS).count()).toBe(0);
    expect(await page.locator('#search-status').textContent()).toContain('No cables match');
    await suggestion.click();
    await expect.poll(() => page.locator(RESULT_LINKS).count(), UI_WAIT).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a correct word does not load the vocabulary', async () => {
    const page = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openSearch(page, '?q=helicopter', []);
    await expect.poll(() => page.locator(RESULT_LINKS).count(), UI_WAIT).toBeGreaterThan(0);
    expect(requests.filter((url) => url.includes('words.json'))).toEqual([]);
    await page.context().close();
  });

  test('an excerpt marks the word, not the punctuation Pagefind keeps with it ("helicopters." in 07BOGOTA1232)', async () => {
    const page = await openPage(browser());
    await openSearch(page, '?q=helicopter', []);
    await expect.poll(() => page.locator('#search-results .excerpt mark').count(), UI_WAIT).toBeGreaterThan(0);
    const marks = await page.locator('#search-results .excerpt mark').allTextContents();
    expect(marks.filter((text) => !/^[\p{L}\p{N}].*[\p{L}\p{N}]$/su.test(text))).toEqual([]);
    expect(await page.locator('#search-results .excerpt', { hasText: 'shortage of helicopters. Using' }).count()).toBe(1);
    await page.context().close();
  });
});

describeInBrowser('bad queries', (browser) => {
  const long = Array.from({ length: 2000 }, (_, n) => `word${n % 50}`).join(' ');
  test.each([
    // [what, URL query, or words typed into the box and submitted, the message]
    ['empty', '', '', 'Type words to search'],
    ['2,000 words (pasted: no server takes such a URL)', '', long, 'Only the first 12 words'],
    ['markup', `?q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>helicopter')}`, null, 'Markup is not searched'],
    ['markup typed', '', '<b onmouseover=alert(3)>wiretap</b>', 'Markup is not searched'],
    ['an unknown post', '?origin=atlantis', null, 'No post is called “atlantis”'],
    ['an unknown tag and year', '?tag=NOPE&year=1850', null, 'No cable is tagged “NOPE”'],
    ['an unknown classification', '?classification=top-secret', null, '“top-secret” is not a classification'],
  ])('%s: a clear message and no script error', async (_what, query, typed, message) => {
    const page = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${siteUrl()}/search/${query}`);
    if (typed !== null) {
      await page.locator('#search-input').fill(typed);
      await page.locator('#search-input').press('Enter');
    }
    await expect.poll(() => page.locator('#search-notices').textContent(), UI_WAIT).toContain(message);
    expect((new URL(page.url()).searchParams.get('q') ?? '').length).toBeLessThanOrEqual(200);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describeInBrowser('filters at 390 px', (browser) => {
  test('the filters start closed, so a word search shows its first result on the first screen; a filter in the URL opens them; at 1280 px they start open', async () => {
    const phone = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await phone.goto(`${siteUrl()}/search/?q=helicopter`);
    await expect.poll(() => phone.locator(RESULT_LINKS).count(), UI_WAIT).toBeGreaterThan(0);
    expect(await phone.locator('#search-filters-panel').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(false);
    const first = await phone.locator(RESULT_LINKS).first().boundingBox();
    expect((first?.y ?? 9999) + (first?.height ?? 0), 'first result inside the first screen').toBeLessThanOrEqual(844);
    await phone.goto(`${siteUrl()}/search/?classification=secret`);
    await expect.poll(() => phone.locator('#search-filters-panel').evaluate((panel) => (panel as HTMLDetailsElement).open), UI_WAIT).toBe(true);
    await phone.context().close();
    const wide = await openPage(browser());
    await wide.goto(`${siteUrl()}/search/?q=helicopter`);
    await expect.poll(() => wide.locator('#search-filters-panel').evaluate((panel) => (panel as HTMLDetailsElement).open), UI_WAIT).toBe(true);
    await wide.context().close();
  });

  test('every control is on screen, reachable and usable once the filters are opened; no sideways scrolling', async () => {
    const page = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl()}/search/`);
    await page.locator('#search-filters-panel > summary').click();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
    for (const id of ['filter-year-from', 'filter-year-to', 'filter-origin', 'filter-classification', 'filter-tag', 'filter-tag-add', 'filter-sort']) {
      const box = await page.locator(`#${id}`).boundingBox();
      expect(box, id).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390, `${id} inside the viewport`).toBe(true);
      expect(box?.height ?? 0, `${id} is tall enough to tap`).toBeGreaterThanOrEqual(24);
    }
    await page.locator('#filter-classification').selectOption('secret');
    await expect.poll(() => new URL(page.url()).searchParams.get('classification'), UI_WAIT).toBe('secret');
    await expect.poll(() => page.locator(RESULT_LINKS).count(), UI_WAIT).toBeGreaterThan(0);
    await page.context().close();
  });
});

describeInBrowser('strict CSP', (browser) => {
  test.each([
    ['/search/?q=helicopter&year=2004-2010', RESULT_LINKS],
    ['/search/?q=helicpter', '#search-offers .did-you-mean a'],
    ['/search/?tag=PREL', RESULT_LINKS],
    ['/browse/', '.facet-links a'],
    ['/', 'table.cable-list'],
  ])('%s works under script-src \'self\' \'wasm-unsafe-eval\' (no inline script)', async (url, ready) => {
    const page = await openPage(browser());
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(error.message));
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const type = response.headers()['content-type'] ?? '';
      if (!type.includes('text/html')) return route.fulfill({ response });
      return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self' 'wasm-unsafe-eval'" } });
    });
    await page.goto(`${siteUrl()}${url}`);
    await page.locator(ready).first().waitFor(UI_WAIT);
    expect(violations).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().close();
  });
});
