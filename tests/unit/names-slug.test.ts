/**
 * An entity's slug: the short way for plain names (ASCII words joined by single spaces or hyphens)
 * gives what slugify gives (src/lib/names/display.ts).
 */
import sindresorhusSlugify from '@sindresorhus/slugify';
import { expect, test } from 'vitest';
import { entitySlug } from '../../src/lib/names/display.ts';

test.each([
  // plain names, as cables write them (04AMMAN1288, 05BRASILIA581, 07RIYADH2320, 06NAIROBI72)
  'Marwan Muasher', 'Ministry of Health', 'Asir Province', 'al-Qaida', 'Calmy-Rey', 'BR-163', 'G8', 'FRELIMO', 'McMullen',
  'Van Meurs', 'CJTF-HOA', 'U', 'A1',
  // not plain: slugify's own way
  "Women's Affairs", 'U.S.', 'São Paulo', 'AT&T', 'Al  Qaeda', 'Bogotá', "Ministry of Women’s Affairs", 'Armed Forces (FARC)', '-x-',
])('%s', (name) => {
  expect(entitySlug(name)).toBe(sindresorhusSlugify(name, { decamelize: false }));
});
