// A reader's walk through a built site, with screenshots to look at:
//   npx tsx bench/walk.mts DIST [WORD] [OUT]
// At 1280 px light and 390 px dark: the search page for WORD (default "helicopter"), the first
// result's first paragraph link clicked, and where it lands (the :target paragraph, its marks).
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

const [dist, word = 'helicopter', out = '/tmp/shots'] = process.argv.slice(2);
if (!dist) throw new Error('usage: npx tsx bench/walk.mts DIST [WORD] [OUT]');
mkdirSync(out, { recursive: true });
const server = createServer(sirv(dist, { dev: true }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

for (const [width, height, scheme] of [[1280, 800, 'light'], [390, 844, 'dark']] as const) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  const tag = `${width}-${scheme}`;
  await page.goto(`${origin}/search/?q=${encodeURIComponent(word)}`);
  await page.locator('#search-results li.result').first().waitFor({ timeout: 30_000 });
  const status = (await page.locator('#search-status').textContent())?.trim();
  const results = await page.locator('#search-results li.result').count();
  const scope = (await page.locator('#search-scope').textContent())?.trim();
  await page.screenshot({ path: `${out}/walk-search-${tag}.png` });
  const link = page.locator('#search-results li.result ul.sub-results a').first();
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  const target = await page.evaluate(() => {
    const el = document.querySelector(':target');
    return el ? { id: el.id, marks: el.querySelectorAll('mark').length, top: Math.round(el.getBoundingClientRect().top) } : null;
  });
  await page.screenshot({ path: `${out}/walk-reader-${tag}.png` });
  console.log(JSON.stringify({ tag, status, scope, results, clicked: href, landed: page.url().replace(origin, ''), target }));
  await page.close();
}
await browser.close();
server.close();
