/**
 * `npx tsx bench/search-words.ts DIST... [-- word,word]`: for each built site, runs Pagefind's own
 * search in Chromium for each word and counts the results, and those whose text holds the word
 * itself. Compares two index layouts (e.g. before and after the word index is cut into smaller
 * chunks, docs/search.md): a layout may change which stem extensions a search loads, never which
 * pages hold the word typed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const at = process.argv.indexOf('--');
const dists = process.argv.slice(2, at < 0 ? undefined : at);
const words = (at < 0 ? 'taking,many,armed,noting,being,very,government,border' : (process.argv[at + 1] ?? '')).split(',');

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const dist of dists) {
  const server = createServer(sirv(dist, { dev: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/404.html`);
  const counts = await page.evaluate(async (list) => {
    const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
    await pagefind.init();
    const out: Record<string, { results: number; holdingWord: number }> = {};
    for (const word of list) {
      const { results } = await pagefind.search(word);
      const data: { content: string }[] = await Promise.all(results.map((result: { data: () => Promise<unknown> }) => result.data()));
      const whole = new RegExp(`\\b${word}\\b`, 'i');
      out[word] = { results: results.length, holdingWord: data.filter((one) => whole.test(one.content)).length };
    }
    return out;
  }, words);
  console.log(dist, JSON.stringify(counts));
  await page.close();
  server.close();
}
await browser.close();
