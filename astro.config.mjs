// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import bulkPages, { isFramePage } from './src/integrations/bulk-pages.ts';
import heapGrowth from './src/integrations/heap-growth.ts';
import pagefind from './src/integrations/pagefind.ts';
import pagefindZopfli from './src/integrations/pagefind-zopfli.ts';
import { shardReaderPages } from './src/integrations/shard-sitemap.ts';

// The site's public address (CONTRACT.md "Site address"): canonical links, Open Graph URLs, the
// sitemap, robots.txt and absolute citation URLs use it. Without it the site works from any address.
const site = process.env['SITE_URL'] || undefined;
// Pages the sitemap cannot see in this build's routes: a sharded merge's reader pages (now), the
// pages the build writes in one pass (src/site/bulk-pages.ts; added as they are written).
/** @type {string[]} */
const sitemapExtra = site ? shardReaderPages(site) : [];

// A fully static site: every URL of the contract is a file in dist/.
// `/cables/<ID>/` and `/search/` end in a slash; `/cables/<ID>.json` and `.txt` are endpoints with
// a file extension, which Astro exempts from the trailing-slash rule.
export default defineConfig({
  ...(site ? { site } : {}),
  // A shard's pages job has a cache folder of its own (its content store), so shards can build side
  // by side (scripts/shard/cache.ts).
  ...(process.env['CABLE_ASTRO_CACHE'] ? { cacheDir: process.env['CABLE_ASTRO_CACHE'] } : {}),
  output: 'static',
  trailingSlash: 'always',
  // The reader page ships no bundled JS; its CSS is one small cached file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The sitemap lists the HTML pages (not the 404 page, nor a bulk-pages frame); it is written
  // only when `site` is set. bulkPages writes pages queued by their routes, before the sitemap,
  // and adds them to its customPages; a sharded build's merge adds the reader pages its shards
  // wrote. pagefindZopfli recompresses the Pagefind files every search loads, after Pagefind wrote them.
  // heapGrowth: fewer full garbage collections in a build (src/integrations/heap-growth.ts).
  integrations: [
    heapGrowth(),
    bulkPages(sitemapExtra),
    pagefind(),
    pagefindZopfli(),
    ...(site ? [sitemap({ customPages: sitemapExtra, filter: (page) => !page.endsWith('/404/') && !isFramePage(page) })] : []),
  ],
  devToolbar: { enabled: false },
  // The search page's engine worker (src/client/search/engine.ts) is a module worker: it imports
  // the built index's pagefind.js at run time, which a classic (iife) worker bundle cannot.
  vite: { worker: { format: 'es' } },
});
