// @ts-check
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

// A fully static site: every URL of the contract is a file in dist/.
// `/cables/<ID>/` and `/search/` end in a slash; `/cables/<ID>.json` is an endpoint with a file
// extension, which Astro exempts from the trailing-slash rule.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // The reader page ships no bundled JS; its CSS is one small cached file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [pagefind()],
  devToolbar: { enabled: false },
});
