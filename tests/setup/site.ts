/**
 * Global setup of the `site` test project: one real `astro build` of seeds/ into dist/, one
 * static HTTP server over it on 127.0.0.1, and one headless Chromium shared by every browser
 * test file (over its websocket). Tests read the values through `inject()` (see tests/helpers/site.ts).
 *
 * Environment:
 * - `SKIP_BUILD=1` reuses an existing dist/ (for quick local iteration; ignored when `CI` is set).
 * - `TEST_DIST` builds into (and serves) another folder than `dist/`.
 * - `CHROMIUM_PATH` overrides `/usr/bin/chromium`. A missing browser fails the run when `CI` is set.
 */
import { existsSync, statSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath, PROJECT_ROOT } from '../helpers/paths.ts';
import { run } from '../helpers/process.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** Base URL of the served dist/, without a trailing slash, e.g. `http://127.0.0.1:40123`. */
    siteUrl: string;
    /** Absolute path of the built site. */
    distDir: string;
    /** Playwright websocket endpoint of the shared Chromium, or '' when there is no browser. */
    browserEndpoint: string;
    /** Why there is no browser (empty when there is one). */
    browserMissing: string;
  }
}

/** Builds, serves and launches; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Before the build, so that CI fails at once when the browser is missing.
  const browserMissing = missingBrowser();
  const distDir = path.resolve(PROJECT_ROOT, process.env['TEST_DIST'] ?? 'dist');
  const reuse = process.env['SKIP_BUILD'] === '1' && !process.env['CI'];
  if (reuse && existsSync(path.join(distDir, 'index.html'))) {
    warnIfStale(distDir);
    console.log(`[site] SKIP_BUILD=1: reusing ${distDir}`);
  } else {
    await buildSite(distDir);
  }

  const server = await serve(distDir);
  const { port } = server.address() as AddressInfo;
  const siteUrl = `http://127.0.0.1:${port}`;
  console.log(`[site] serving ${distDir} at ${siteUrl}`);

  const browser = browserMissing
    ? null
    : await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });

  project.provide('siteUrl', siteUrl);
  project.provide('distDir', distDir);
  project.provide('browserEndpoint', browser?.wsEndpoint() ?? '');
  project.provide('browserMissing', browserMissing);

  return async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

/** Runs the project's real build (`astro build` on the pinned Node) into `outDir`. */
async function buildSite(outDir: string): Promise<void> {
  const started = Date.now();
  console.log(`[site] astro build --outDir ${outDir} …`);
  const { code, output } = await run(
    path.join(PROJECT_ROOT, 'node_modules/.bin/astro'),
    ['build', '--outDir', outDir],
  );
  if (code !== 0) {
    throw new Error(`astro build failed (exit ${code}):\n${output.slice(-6000)}`);
  }
  const tail = output.trimEnd().split('\n').slice(-8).join('\n');
  console.log(`${tail}\n[site] build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A plain static server (sirv) on a free port of 127.0.0.1: the Pagefind worker needs HTTP. */
function serve(root: string): Promise<Server> {
  const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    }),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * Why the browser tests cannot run ('' when Chromium is there). A missing browser fails the run
 * when `CI` is set and skips the browser tests elsewhere.
 */
function missingBrowser(): string {
  const executablePath = chromiumPath();
  if (existsSync(executablePath)) return '';
  const missing =
    `Chromium not found at ${executablePath}. Install it (Debian: apt-get install chromium) ` +
    'or set CHROMIUM_PATH.';
  if (process.env['CI']) throw new Error(`${missing} CI is set, so browser tests may not be skipped.`);
  console.warn(`[site] ${missing} Browser tests will be SKIPPED.`);
  return missing;
}

/** SKIP_BUILD only: say so when sources or seeds changed after dist/ was built. */
function warnIfStale(distDir: string): void {
  const builtAt = statSync(path.join(distDir, 'index.html')).mtimeMs;
  const newest = Math.max(
    ...['src', 'seeds', 'astro.config.mjs'].map((entry) => newestMtime(path.join(PROJECT_ROOT, entry))),
  );
  if (newest > builtAt) console.warn(`[site] WARNING: ${distDir} is older than src/ or seeds/.`);
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))),
  );
}
