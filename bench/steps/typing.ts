/**
 * Typed searches as a reader types them (issue 9's "results shown ≤ 300 ms after the last
 * keystroke"): headless Chromium on a served dist/, words typed 90 ms apart, timed in the page
 * from the last `input` event to the first result of those words on screen; and the longest
 * main-thread task meanwhile (PerformanceObserver `longtask`), which is what freezes typing.
 * Three rounds, each on a fresh page: "helicopter" first (Pagefind loads while it is typed),
 * "border" next, then "government" typed over `?tag=PREL`.
 */
import { chromium, type Page } from 'playwright-core';
import { serveDist } from '../lib/server.ts';
import { CHROMIUM_ARGS } from './search.ts';

const KEY_DELAY_MS = 90;
const ROUNDS = 3;
const TIMEOUT_MS = 120_000;

/** One typed search: ms from the last key to results, and the longest main-thread task. */
export interface Typed {
  words: string;
  ms: number;
  longestTaskMs: number;
}

/** Per query, its three rounds. */
export type TypingRun = Record<string, Typed[]>;

/** Starts timing in the page: the last input event, the first results of `words`, the long tasks. */
function arm(page: Page, words: string): Promise<void> {
  return page.evaluate((expected) => {
    const probe = { last: 0, done: 0, longest: 0 };
    Object.assign(window, { typingProbe: probe });
    const input = document.querySelector<HTMLInputElement>('#search-input')!;
    input.addEventListener('input', () => { probe.last = performance.now(); });
    new MutationObserver((_, observer) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      if (input.value !== expected || !status.includes(expected) || !document.querySelector('#search-results li.result')) return;
      probe.done = performance.now();
      observer.disconnect();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longest = Math.max(probe.longest, entry.duration);
    }).observe({ type: 'longtask' });
  }, words);
}

async function typeAndTime(page: Page, words: string): Promise<Typed> {
  await arm(page, words);
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').pressSequentially(words, { delay: KEY_DELAY_MS });
  await page.waitForFunction(() => (window as unknown as { typingProbe: { done: number } }).typingProbe.done > 0, null, { timeout: TIMEOUT_MS, polling: 20 });
  // Tasks that end after the results (rendering them) count too.
  await new Promise((settle) => setTimeout(settle, 500));
  const probe = await page.evaluate(() => (window as unknown as { typingProbe: { last: number; done: number; longest: number } }).typingProbe);
  return { words, ms: Math.round(probe.done - probe.last), longestTaskMs: Math.round(probe.longest) };
}

export async function measureTyping(distDir: string): Promise<TypingRun> {
  const server = await serveDist(distDir, { gzip: true });
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const run: TypingRun = {};
  const add = (typed: Typed, label: string) => (run[label] ??= []).push(typed);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/search/`);
      add(await typeAndTime(page, 'helicopter'), '"helicopter" on a fresh page');
      await new Promise((settle) => setTimeout(settle, 1000));
      add(await typeAndTime(page, 'border'), '"border" after it');
      await page.goto(`${server.origin}/search/?tag=PREL`);
      await page.waitForSelector('#search-results li.result', { timeout: TIMEOUT_MS });
      await new Promise((settle) => setTimeout(settle, 2000));
      add(await typeAndTime(page, 'government'), '"government" over ?tag=PREL');
      await context.close();
    }
    return run;
  } finally {
    await browser.close();
    await server.close();
  }
}
