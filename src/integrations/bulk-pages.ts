/**
 * Writes the pages routes queued instead of rendering each one (src/site/bulk-pages.ts, issue 7):
 * each from its route's frame page, which is then deleted. Runs first of the `astro:build:done`
 * hooks (astro.config.mjs), so the sitemap, told of the written pages through `sitemapPages`,
 * lists them, and leaves the frames out through `isFramePage`.
 */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { compileFrame, takeBulkPages } from '../site/bulk-pages.ts';

/** The frame pages' paths of this build (a sitemap filter leaves them out). */
const framePaths = new Set<string>();

/** Whether a sitemap URL is a frame page. */
export function isFramePage(url: string): boolean {
  return framePaths.has(new URL(url, 'http://x').pathname);
}

/** Deletes a frame page's folder, and the folders above it it leaves empty (`/browse/_frame/` of `/browse/_frame/_frame/`). */
function removeFrame(outDir: string, frameDir: string): void {
  rmSync(frameDir, { recursive: true });
  const top = resolve(outDir);
  for (let dir = dirname(resolve(frameDir)); dir.startsWith(`${top}/`) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
}

/**
 * `sitemapPages`: filled with the absolute URL of every page written (when the site has an
 * address), for the sitemap integration's `customPages`.
 */
export default function bulkPages(sitemapPages: string[] = []): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'bulk-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        let written = 0;
        const { pages, files } = takeBulkPages();
        for (const set of files) {
          for (const file of set.files()) {
            mkdirSync(dirname(join(outDir, file.path)), { recursive: true });
            writeFileSync(join(outDir, file.path), file.body);
            written += 1;
          }
        }
        for (const set of pages) {
          framePaths.add(set.frame);
          const frameDir = join(outDir, set.frame);
          const fill = compileFrame(readFileSync(join(frameDir, 'index.html'), 'utf8'), set.frame);
          removeFrame(outDir, frameDir);
          for (const page of set.pages()) {
            const pageDir = join(outDir, page.path);
            mkdirSync(pageDir, { recursive: true });
            writeFileSync(join(pageDir, 'index.html'), fill(page));
            if (site) sitemapPages.push(new URL(page.path, site).href);
            written += 1;
          }
        }
        if (written > 0) logger.info(`wrote ${written} pages and files queued by their routes in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
