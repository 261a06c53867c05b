/**
 * `npx tsx bench/search-words.ts DIST... [-- word,word]`: for each built site, runs Pagefind's own
 * search in Chromium for each word and counts the results, and those whose text holds the word
 * itself, and a digest of every result in order (its page's URL, score, word positions, excerpt,
 * meta and sub-results: all but Pagefind's page name, its `id`). Compares two index layouts: the
 * smaller word chunks (docs/search.md) may change which stem extensions a search loads, never which
 * pages hold the word typed; the short names must change nothing (the same digest). A word
 * `government@tag-PREL=yes` is searched with that filter.
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
    const out: Record<string, { results: number; holdingWord: number; digest: string }> = {};
    for (const query of list) {
      const [word = '', filter] = query.split('@');
      const [key, value] = filter?.split('=') ?? [];
      const { results } = await pagefind.search(word, key ? { filters: { [key]: value } } : {});
      type Data = { url: string; content: string; excerpt: string; meta: unknown; sub_results: { url: string; excerpt: string; locations?: number[] }[] };
      const data: Data[] = await Promise.all(results.map((result: { data: () => Promise<unknown> }) => result.data()));
      const whole = new RegExp(`\\b${word}\\b`, 'i');
      const shown = results.map((result: { score: number; words: number[] }, index: number) => {
        const one = data[index]!;
        return [one.url, result.score, result.words, one.excerpt, one.meta, one.sub_results.map((sub) => [sub.url, sub.excerpt, sub.locations])];
      });
      const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(shown)));
      const digest = [...new Uint8Array(hash)].slice(0, 8).map((byte) => byte.toString(16).padStart(2, '0')).join('');
      out[query] = { results: results.length, holdingWord: data.filter((one) => whole.test(one.content)).length, digest };
    }
    return out;
  }, words);
  console.log(dist, JSON.stringify(counts));
  await page.close();
  server.close();
}
await browser.close();
