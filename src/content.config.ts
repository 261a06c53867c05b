import { defineCollection } from 'astro:content';
import { cablesLoader } from './loader/cables.ts';
import { corpusTagsLoader, corpusTagSchema } from './loader/corpus-tags.ts';
import { listingSchema } from './loader/schema.ts';

export const collections = {
  cables: defineCollection({ loader: cablesLoader(), schema: listingSchema }),
  // A shard build's view of the whole corpus's tags (empty otherwise).
  corpusTags: defineCollection({ loader: corpusTagsLoader(), schema: corpusTagSchema }),
};
