/**
 * A city GeoNames names with its river or region (`Frankfurt am Main`, `Halle (Saale)`) is known
 * by the town alone, as cables write it (src/lib/names/gazetteer.ts, data/gazetteer.json).
 */
import { expect, test } from 'vitest';
import { names } from '../helpers/names.ts';

test('`in Frankfurt` is the city (08KIGALI796 ¶1; the gazetteer had only `Frankfurt am Main`)', () => {
  expect(names('Summary. German authorities in Frankfurt arrested close Kagame confidant and Chief of Rwandan Presidential Protocol, Rose Kabuye, under a European arrest warrant')).toContain('place:Frankfurt');
});
