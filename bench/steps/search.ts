/**
 * Search transfer in a real browser: serve a built dist/, open /search/?q=<first> in headless
 * Chromium with an empty cache, wait until the results are on screen and the network is quiet,
 * and count what the server sent; then type a second query in the same page and count again.
 * Also loads a reader page and lists what it requests (no JS, no Pagefind expected).
 */
import { chromium, type Page } from 'playwright-core';
import { serveDist, type CountingServer, type ServedRequest } from '../lib/server.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const QUIET_MS = 750;
const RESULTS_TIMEOUT_MS = 120_000;

/** Bytes of one search, from navigation or keystroke until results are shown and the network is quiet. */
export interface SearchTransfer {
  query: string;
  requests: number;
  /** Sum of body bytes as sent (after gzip where applied). */
  bodyBytes: number;
  /** Sum of bytes on the socket: headers + body. */
  wireBytes: number;
  /** Cables listed in the results when counting stopped (network quiet). */
  resultsShown: number;
  status: string;
  /** From navigation or keystroke to the first result on screen. */
  msToResults: number;
  byPath: Array<{ path: string; wireBytes: number }>;
}

export interface SearchRun {
  gzip: boolean;
  first: SearchTransfer;
  followUp: SearchTransfer;
}

function summarise(query: string, served: ServedRequest[], resultsShown: number, status: string, msToResults: number): SearchTransfer {
  return {
    query,
    requests: served.length,
    bodyBytes: served.reduce((sum, entry) => sum + entry.bodyBytes, 0),
    wireBytes: served.reduce((sum, entry) => sum + entry.wireBytes, 0),
    resultsShown,
    status,
    msToResults,
    byPath: served.map((entry) => ({ path: entry.path + (entry.status === 200 ? '' : ` (${entry.status})`), wireBytes: entry.wireBytes })),
  };
}

/** Waits until nothing is in flight for QUIET_MS. */
async function networkQuiet(server: CountingServer): Promise<void> {
  let quietSince = performance.now();
  for (;;) {
    await new Promise((tick) => setTimeout(tick, 50));
    if (server.inFlight() > 0) quietSince = performance.now();
    else if (performance.now() - quietSince >= QUIET_MS) return;
  }
}

/** Results listed and the status line, once the network is quiet (results may render progressively). */
function shownNow(page: Page): Promise<{ resultsShown: number; status: string }> {
  return page.evaluate(() => ({
    resultsShown: document.querySelectorAll('#search-results li.result').length,
    status: document.querySelector('#search-status')?.textContent?.trim() ?? '',
  }));
}

/** Waits until the status names `query` and at least one result is listed (DOM contract ids). */
async function resultsFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (words) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      return status.includes(words) && document.querySelectorAll('#search-results li.result').length > 0;
    },
    query,
    { timeout: RESULTS_TIMEOUT_MS, polling: 50 },
  );
}

/** Runs a first and a follow-up search against `distDir`; throws with a clear message on failure. */
export async function measureSearch(distDir: string, queries: [string, string], gzip: boolean): Promise<SearchRun> {
  const server = await serveDist(distDir, { gzip });
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext(); // a fresh profile: empty HTTP cache
    const page = await context.newPage();
    const [firstQuery, secondQuery] = queries;

    let started = performance.now();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(firstQuery)}`);
    await resultsFor(page, firstQuery);
    const firstMs = Math.round(performance.now() - started);
    await networkQuiet(server);
    const firstShown = await shownNow(page);
    const first = summarise(firstQuery, server.served.slice(), firstShown.resultsShown, firstShown.status, firstMs);

    const mark = server.served.length;
    started = performance.now();
    await page.fill('#search-input', secondQuery);
    await resultsFor(page, secondQuery);
    const secondMs = Math.round(performance.now() - started);
    await networkQuiet(server);
    const secondShown = await shownNow(page);
    const followUp = summarise(secondQuery, server.served.slice(mark), secondShown.resultsShown, secondShown.status, secondMs);
    await context.close();
    return { gzip, first, followUp };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Issue 9: a first search with a filter and no words (`/search/?tag=PREL`: the tag's cables,
 * newest first), then words typed over that filter in the same page. Counts both as measureSearch does.
 */
export async function measureFilteredSearch(distDir: string, filter: string, words: string, gzip: boolean): Promise<SearchRun> {
  const server = await serveDist(distDir, { gzip });
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let started = performance.now();
    await page.goto(`${server.origin}/search/?${filter}`);
    await resultsFor(page, 'cables');
    const firstMs = Math.round(performance.now() - started);
    await networkQuiet(server);
    const firstShown = await shownNow(page);
    const first = summarise(`?${filter}`, server.served.slice(), firstShown.resultsShown, firstShown.status, firstMs);

    const mark = server.served.length;
    started = performance.now();
    await page.fill('#search-input', words);
    await resultsFor(page, words);
    const secondMs = Math.round(performance.now() - started);
    await networkQuiet(server);
    const secondShown = await shownNow(page);
    const followUp = summarise(`${words} + ${filter}`, server.served.slice(mark), secondShown.resultsShown, secondShown.status, secondMs);
    await context.close();
    return { gzip, first, followUp };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What a reader page really requests when opened in a browser, without and with the highlight parameter. */
export interface ReaderRequests {
  plain: Array<{ path: string; wireBytes: number }>;
  plainScripts: string[];
  plainWireBytes: number;
  withHighlight: Array<{ path: string; wireBytes: number }>;
}

export async function readerRequests(distDir: string, id: string): Promise<ReaderRequests> {
  const server = await serveDist(distDir, { gzip: true });
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const open = async (query: string): Promise<{ served: ServedRequest[]; scripts: string[] }> => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      const mark = server.served.length;
      await page.goto(`${server.origin}/cables/${id}/${query}`, { waitUntil: 'load' });
      await networkQuiet(server);
      await context.close();
      return { served: server.served.slice(mark), scripts };
    };
    const plain = await open('');
    const highlighted = await open('?pagefind-highlight=border');
    const rows = (served: ServedRequest[]): Array<{ path: string; wireBytes: number }> =>
      served.map((entry) => ({ path: entry.path + (entry.status === 200 ? '' : ` (${entry.status})`), wireBytes: entry.wireBytes }));
    return {
      plain: rows(plain.served),
      plainScripts: plain.scripts,
      plainWireBytes: plain.served.reduce((sum, entry) => sum + entry.wireBytes, 0),
      withHighlight: rows(highlighted.served),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
