import { z } from 'astro/zod';
import { CLASSIFICATIONS } from '../lib/types.ts';

/** The Cable JSON of CONTRACT.md (src/lib/types.ts), field for field and in the same order. */
export const cableSchema = z.object({
  id: z.string(),
  file: z.string(),
  referenceId: z.string().nullable(),
  subject: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  origin: z.string().nullable(),
  classification: z.enum(CLASSIFICATIONS).nullable(),
  tags: z.array(z.string()),
  references: z.array(z.string()),
  partial: z.boolean(),
  header: z.array(z.string()),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: z.enum(['summary', 'body', 'comment']),
      paragraphs: z.array(z.string()),
    }),
  ),
  paragraphs: z.array(
    z.object({
      anchor: z.string(),
      number: z.number().int().nullable(),
      section: z.string(),
      marking: z.string().nullable(),
      text: z.string(),
    }),
  ),
  artifacts: z.array(
    z.object({
      line: z.number().int(),
      kind: z.enum(['page-header', 'sipdis']),
      text: z.string(),
      after: z.string().nullable(),
    }),
  ),
  signature: z.string().nullable(),
  warnings: z.array(z.object({ line: z.number().int(), message: z.string(), file: z.string().optional() })),
});

/** A facet value (src/lib/facets.ts). */
const facetValue = z.object({ slug: z.string(), name: z.string() });

/** The cable's facets (src/lib/facets.ts, docs/facets.md): the browse pages list cables by them. */
export const facetsSchema = z.object({
  year: z.string().nullable(),
  month: z.string().nullable(),
  origin: facetValue.nullable(),
  classification: z.object({ slug: z.string(), name: z.enum(CLASSIFICATIONS) }).nullable(),
  tags: z.array(z.string()),
  partial: z.boolean(),
  redacted: z.boolean(),
});

/**
 * What the content store keeps per cable: the listing columns, the facets and the path of the cable's
 * page file (`CablePage`). The full Cable and its HTML stay out of the store, which Astro inlines
 * into the build's bundle as one string.
 */
export const listingSchema = cableSchema
  .pick({ id: true, file: true, referenceId: true, subject: true, date: true, origin: true, classification: true })
  .extend({ page: z.string(), facets: facetsSchema });
