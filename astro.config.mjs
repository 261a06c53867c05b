// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import pagefindZopfli from './src/integrations/pagefind-zopfli.ts';
import { shardReaderPages } from './src/integrations/shard-sitemap.ts';

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
  // The sitemap lists the HTML pages (not the 404 page); it is written only when `site` is set. A
  // sharded build's merge adds the reader pages its shards wrote (customPages).
  // pagefindZopfli recompresses the Pagefind files every search loads, after Pagefind wrote them.
  integrations: [
    pagefind(),
    pagefindZopfli(),
    ...(site ? [sitemap({ filter: (page) => !page.endsWith('/404/'), customPages: shardReaderPages(site) })] : []),
  ],
  devToolbar: { enabled: false },
});
