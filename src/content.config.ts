import { defineCollection } from 'astro:content';
import { cablesLoader } from './loader/cables.ts';
import { ownFilterTagsLoader, ownFilterTagSchema } from './loader/own-filter-tags.ts';
import { listingSchema } from './loader/schema.ts';

export const collections = {
  cables: defineCollection({ loader: cablesLoader(), schema: listingSchema }),
  // A shard build's tags with a filter of their own over the whole corpus (empty otherwise).
  ownFilterTags: defineCollection({ loader: ownFilterTagsLoader(), schema: ownFilterTagSchema }),
};
