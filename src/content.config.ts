import { createRequire } from 'node:module';
import { defineCollection } from 'astro:content';

// The loaders, and all they import (src/lib, src/render: ≈ 90 modules), are loaded by Node itself
// (its type stripping), not through Vite's module runner, which transforms each module and its
// source map again in every build (issue 7). Node's module cache also shares them with what
// astro.config.mjs and the build's other Node code loaded already. They use nothing of Vite's; in
// `npm run dev` a change to their code takes a restart of the server.
const load = createRequire(import.meta.url);
const { cablesLoader } = load('./loader/cables.ts') as typeof import('./loader/cables.ts');
const { ownFilterTagsLoader, ownFilterTagSchema } = load('./loader/own-filter-tags.ts') as typeof import('./loader/own-filter-tags.ts');
const { listingSchema } = load('./loader/schema.ts') as typeof import('./loader/schema.ts');

export const collections = {
  cables: defineCollection({ loader: cablesLoader(), schema: listingSchema }),
  // A shard build's tags with a filter of their own over the whole corpus (empty otherwise).
  ownFilterTags: defineCollection({ loader: ownFilterTagsLoader(), schema: ownFilterTagSchema }),
};
