/**
 * A word's classes (src/lib/names/classes.ts), computed once per string, give the answers the
 * lexicon's lists give when asked directly, for every word and two-word span of a real cable and
 * for words chosen for their edges (accents, acronyms, digits, demonyms).
 */
import { describe, expect, test } from 'vitest';
import * as classes from '../../src/lib/names/classes.ts';
import { createRequire } from 'node:module';
import { foldAccents, lexicon, sortedWordSet } from '../../src/lib/names/lexicon.ts';
import { isAcronym, tokenize } from '../../src/lib/names/tokens.ts';
import { readCable } from '../../src/lib/read.ts';

const lex = lexicon();
/** The English word list as a set: the lexicon asks it by binary search instead. */
const english = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
const folded = (text: string): string => foldAccents(text.toLowerCase());
/** Demonym endings and stems, as docs/entities.md describes them. */
const stems = new Set([...lex.countries].filter((name) => !name.includes(' ') && name.length >= 4).map((name) => name.slice(0, 4)));
const looksDemonym = (k: string): boolean => /(?:an|ans|ian|ians|ean|ese|i|is|ish|ic)$/.test(k) && k.length >= 5 && stems.has(k.slice(0, 4));

/** Each bit's definition, asked of the lexicon directly. */
const DEFINITIONS: [string, number, (text: string) => boolean][] = [
  ['country', classes.COUNTRY, (t) => lex.countries.has(folded(t))],
  ['place', classes.PLACE, (t) => lex.countries.has(folded(t)) || lex.places.has(folded(t))],
  ['gazetteer place', classes.GAZETTEER_PLACE, (t) => lex.places.has(folded(t))],
  ['big city', classes.BIG_CITY, (t) => lex.bigCities.has(folded(t))],
  ['mid city', classes.MID_CITY, (t) => lex.midCities.has(folded(t))],
  ['region', classes.REGION, (t) => lex.regions.has(folded(t))],
  ['body name', classes.ORG_NAME, (t) => lex.orgNames.has(folded(t))],
  ['first name', classes.FIRST_NAME, (t) => lex.firstNames.has(folded(t))],
  ['ambiguous first name', classes.AMBIGUOUS_FIRST_NAME, (t) => lex.ambiguousFirstNames.has(folded(t))],
  ['demonym', classes.DEMONYM, (t) => lex.demonyms.has(folded(t)) || looksDemonym(folded(t))],
  ['English word', classes.DICTIONARY, (t) => english.has(t.toLowerCase())],
  ['English word, folded', classes.DICTIONARY_FOLDED, (t) => english.has(folded(t))],
  ['ordinary word', classes.ORDINARY, (t) => {
    const k = t.toLowerCase();
    return english.has(k) && (lex.ambiguousFirstNames.has(k) || !(lex.firstNames.has(k) || lex.countries.has(k) || lex.bigCities.has(k)));
  }],
  ['title', classes.TITLE, (t) => lex.titles.has(t.toLowerCase())],
  ['noble title', classes.NOBLE_TITLE, (t) => lex.nobleTitles.has(t.toLowerCase())],
  ['body head', classes.ORG_HEAD, (t) => lex.orgHeads.has(t.toLowerCase())],
  ['company head', classes.COMPANY_HEAD, (t) => lex.companyHeads.has(t.toLowerCase())],
  ['body start', classes.ORG_START, (t) => lex.orgStarts.has(t.toLowerCase())],
  ['place designator', classes.PLACE_DESIGNATOR, (t) => lex.placeDesignators.has(t.toLowerCase())],
  ['place start', classes.PLACE_START, (t) => lex.placeStarts.has(t.toLowerCase())],
  ['qualified noun', classes.QUALIFIED_NOUN, (t) => lex.qualifiedNouns.has(t.toLowerCase())],
  ['listed not-name', classes.LISTED_NOT_NAME, (t) => lex.notNames.has(t.toLowerCase())],
  ['state acronym', classes.STATE_ACRONYM, (t) => lex.stateAcronyms.has(t)],
  ['body acronym', classes.ORG_ACRONYM, (t) => lex.orgAcronyms.has(t)],
  ['acronym', classes.ACRONYM, (t) => isAcronym(t)],
  ['never a name', classes.NEVER_A_NAME, (t) => lex.notNames.has(t.toLowerCase()) || /^G[Oo][A-Z]{1,3}$/.test(t) || (/\d/.test(t) && !/^G-?\d+$/.test(t))],
  ['lower case a place or a first name', classes.LOWER_PLACE_OR_NAME, (t) => ['countries', 'places', 'firstNames'].some((list) => (lex[list as 'places']).has(t.toLowerCase()))],
];

/** Words picked for their edges: accents, acronyms as written, digits, demonyms, ambiguous first names. */
const EDGES = [
  'Jordan', 'JORDAN', 'Will', 'Mark', 'Embassy', 'Minister', 'Ministry', 'Province', 'Mount', 'report', 'Hizballah', 'al-Qaida',
  'São Paulo', 'Sao Paulo', 'SÃO PAULO', 'Bogotá', 'Geneva', 'Alberta', 'Castro', 'Mozambican', 'Kyrgyz', 'GOG', 'Gog', 'G8', 'G-20',
  'P5', '1999', 'DPRK', 'dprk', 'UN', 'Un', 'FBI', 'U.S.', 'AT&T', 'Duke', 'Frente', 'Hamel', 'café', 'Café', '', 'The Hague',
];

describe('word classes', () => {
  const words = async (): Promise<string[]> => {
    const cable = await readCable('seeds/cablegate/04AMMAN1288.txt');
    const found = new Set(EDGES);
    for (const paragraph of cable.paragraphs) {
      const tokens = tokenize(paragraph.text);
      tokens.forEach((token, i) => {
        found.add(token.text);
        found.add(token.text.toLowerCase());
        if (i > 0) found.add(paragraph.text.slice(tokens[i - 1]!.start, token.end));
      });
    }
    return [...found];
  };

  test.each(DEFINITIONS)('%s: the bit is the list’s answer, asked twice', async (_, bit, definition) => {
    const texts = await words();
    expect(texts.length).toBeGreaterThan(500);
    const wrong = texts.filter((text) => classes.hasClass(text, bit) !== definition(text) || classes.hasClass(text, bit) !== definition(text));
    expect(wrong).toEqual([]);
  });

  test('each definition says yes to some word here (the comparison can fail)', async () => {
    const texts = await words();
    const silent = DEFINITIONS.filter(([, , definition]) => !texts.some(definition)).map(([name]) => name);
    expect(silent).toEqual([]);
  });

  test('a sorted word list answers as a set, sorted or not, in any script', () => {
    const words = ['zebra', 'Ångström', 'apple', 'mañana', 'apple', 'b', 'Zulu', 'éclair', '𝐀lpha'];
    const asked = [...words, 'appl', 'apples', 'zebras', '', 'a', 'manana', 'eclair', 'Éclair', 'alpha'];
    for (const list of [words, [...new Set(words)].sort()]) {
      const set = sortedWordSet(list);
      expect(asked.map((word) => set.has(word))).toEqual(asked.map((word) => words.includes(word)));
    }
  });

  test('a copy of the string gets the same classes as the string', () => {
    const paragraph = 'the Hashemite Kingdom of Jordan met Bogotá';
    const jordan = paragraph.indexOf('Jordan');
    expect(classes.classesOf(paragraph.slice(jordan, jordan + 6))).toBe(classes.classesOf('Jordan'));
    expect(classes.classesOf(paragraph.slice(paragraph.indexOf('Bogotá')))).toBe(classes.classesOf('Bogotá'));
    expect(classes.hasClass('Jordan', classes.COUNTRY)).toBe(true);
  });
});
