import { defineCollection } from 'astro:content';
import { cablesLoader } from './loader/cables.ts';
import { listingSchema } from './loader/schema.ts';

export const collections = {
  cables: defineCollection({ loader: cablesLoader(), schema: listingSchema }),
};
