// Screenshots of built pages: npx tsx bench/shot.mts DIST OUT URL...
import { createServer } from 'node:http';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
const [dist, out, ...urls] = process.argv.slice(2);
const server = createServer(sirv(dist!, { dev: true }));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const url of urls) for (const [w, h] of [[1280, 800], [390, 844]]) for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: w!, height: h! }, colorScheme: scheme });
  await page.goto(`http://127.0.0.1:${port}${url}`);
  await page.waitForTimeout(300);
  const name = `${out}/${url.replace(/[^a-z0-9]+/gi, '_')}-${w}-${scheme}.png`;
  await page.screenshot({ path: name, fullPage: false });
  console.log(name);
  await page.close();
}
await browser.close(); server.close();
