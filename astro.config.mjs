// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import bulkPages, { isFramePage } from './src/integrations/bulk-pages.ts';
import pagefind from './src/integrations/pagefind.ts';
import pagefindZopfli from './src/integrations/pagefind-zopfli.ts';

// The name pages the build writes in one pass (src/site/bulk-pages.ts), for the sitemap.
/** @type {string[]} */
const bulkWritten = [];
// The site's public address (CONTRACT.md "Site address"): canonical links, Open Graph URLs, the
// sitemap, robots.txt and absolute citation URLs use it. Without it the site works from any address.
const site = process.env['SITE_URL'] || undefined;

// A fully static site: every URL of the contract is a file in dist/.
// `/cables/<ID>/` and `/search/` end in a slash; `/cables/<ID>.json` and `.txt` are endpoints with
// a file extension, which Astro exempts from the trailing-slash rule.
export default defineConfig({
  ...(site ? { site } : {}),
  output: 'static',
  trailingSlash: 'always',
  // The reader page ships no bundled JS; its CSS is one small cached file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The sitemap lists the HTML pages (not the 404 page, nor a bulk-pages frame); it is written
  // only when `site` is set. bulkPages writes pages queued by their routes, before the sitemap.
  // pagefindZopfli recompresses the Pagefind files every search loads, after Pagefind wrote them.
  integrations: [
    bulkPages(bulkWritten),
    pagefind(),
    pagefindZopfli(),
    ...(site ? [sitemap({ customPages: bulkWritten, filter: (page) => !page.endsWith('/404/') && !isFramePage(page) })] : []),
  ],
  devToolbar: { enabled: false },
  // The search page's engine worker (src/client/search/engine.ts) is a module worker: it imports
  // the built index's pagefind.js at run time, which a classic (iife) worker bundle cannot.
  vite: { worker: { format: 'es' } },
});
