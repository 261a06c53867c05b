/**
 * What the lexicon says of one string (a word or a span), as bits, computed once per distinct
 * string and kept for the process: the lexicon is fixed, so the answer depends on the string alone.
 * The run reader asks a capitalised word a dozen questions (is it a title? a place? a first name?
 * an English word?), each a lower-casing, an accent fold and a set lookup; with the classes, the
 * first question of a group pays one map lookup and the group's lookups, the others test a bit of
 * the same integer. docs/entities.md ("Speed") has the figures.
 */
import { foldAccents, lexicon, type Lexicon } from './lexicon.ts';
import { isAcronym } from './tokens.ts';

/*
 * One bit per question, each with the key its question always used: folded (`key`: lower case,
 * accents removed) for the gazetteers and first names, lower case for the curated word lists,
 * as written for the acronym lists. Four groups, each computed when one of its bits is first asked.
 */

/** Places and bodies' names (folded). */
export const COUNTRY = 1 << 0;
/** A city of the gazetteer, a state or a curated place, countries aside (folded). */
export const GAZETTEER_PLACE = 1 << 1;
export const BIG_CITY = 1 << 2;
export const MID_CITY = 1 << 3;
export const REGION = 1 << 4;
/** A body's name no cue gives away (folded). */
export const ORG_NAME = 1 << 5;
/** A country, a city, a state or a curated place (folded): `isPlace`. */
export const PLACE = COUNTRY | GAZETTEER_PLACE;
const PLACE_GROUP = COUNTRY | GAZETTEER_PLACE | BIG_CITY | MID_CITY | REGION | ORG_NAME;

/** People's words (folded): a first name, one that is mostly an ordinary word, a demonym (listed or shaped like one). */
export const FIRST_NAME = 1 << 6;
export const AMBIGUOUS_FIRST_NAME = 1 << 7;
export const DEMONYM = 1 << 8;
/** In the English word list by the folded key (`café` → `cafe`). */
export const DICTIONARY_FOLDED = 1 << 9;
const PEOPLE_GROUP = FIRST_NAME | AMBIGUOUS_FIRST_NAME | DEMONYM | DICTIONARY_FOLDED;

/** Words by their lower case: in the English word list; in it and no known name (`isOrdinaryWord`); in names.yaml's lists. */
export const DICTIONARY = 1 << 10;
export const ORDINARY = 1 << 11;
export const TITLE = 1 << 12;
export const NOBLE_TITLE = 1 << 13;
export const ORG_HEAD = 1 << 14;
export const COMPANY_HEAD = 1 << 15;
export const ORG_START = 1 << 16;
export const PLACE_DESIGNATOR = 1 << 17;
export const PLACE_START = 1 << 18;
export const QUALIFIED_NOUN = 1 << 19;
/** In names.yaml's words that are never a name. */
export const LISTED_NOT_NAME = 1 << 20;
/** A country, a place or a first name (`displayCase`: a word of a name, no acronym). */
export const LOWER_PLACE_OR_NAME = 1 << 21;
const WORD_GROUP = DICTIONARY | ORDINARY | TITLE | NOBLE_TITLE | ORG_HEAD | COMPANY_HEAD | ORG_START | PLACE_DESIGNATOR | PLACE_START |
  QUALIFIED_NOUN | LISTED_NOT_NAME | LOWER_PLACE_OR_NAME;

/** As written: a state's acronym (`DPRK`), a body's acronym (`UN`), capitals only (tokens.ts `isAcronym`). */
export const STATE_ACRONYM = 1 << 22;
export const ORG_ACRONYM = 1 << 23;
export const ACRONYM = 1 << 24;
/** Never a name, whatever the glossary says: listed (`LISTED_NOT_NAME`), a government-of form (`GOG`), a word with a digit (not `G8`). */
export const NEVER_A_NAME = 1 << 25;
const WRITTEN_GROUP = STATE_ACRONYM | ORG_ACRONYM | ACRONYM | NEVER_A_NAME;

/** `GOG`, `GODJ`, `GRM`-like: "Government of …" acronyms, never a name (the guide). */
const GOVERNMENT_OF = /^G[Oo][A-Z]{1,3}$/;
/** A digit: a word holding one is no name, … */
const DIGIT = /\d/;
/** … except a group of states by its count (`G8`, `G-20`). */
const GROUP_OF_STATES = /^G-?\d+$/;
/** Demonym endings: a word ending so whose start is a country's start is a demonym (`Mozambican`). */
const DEMONYM_ENDING = /(?:an|ans|ian|ians|ean|ese|i|is|ish|ic)$/;

let stems: Set<string> | undefined;
/** The first four letters of every one-word country name of four letters or more. */
function demonymStems(lex: Lexicon): Set<string> {
  stems ??= new Set([...lex.countries].filter((name) => !name.includes(' ') && name.length >= 4).map((name) => name.slice(0, 4)));
  return stems;
}

function placeClasses(lex: Lexicon, text: string): number {
  const k = foldAccents(text.toLowerCase());
  let bits = 0;
  if (lex.countries.has(k)) bits |= COUNTRY;
  if (lex.places.has(k)) bits |= GAZETTEER_PLACE;
  if (lex.bigCities.has(k)) bits |= BIG_CITY;
  if (lex.midCities.has(k)) bits |= MID_CITY;
  if (lex.regions.has(k)) bits |= REGION;
  if (lex.orgNames.has(k)) bits |= ORG_NAME;
  return bits;
}

function peopleClasses(lex: Lexicon, text: string): number {
  const k = foldAccents(text.toLowerCase());
  let bits = 0;
  if (lex.firstNames.has(k)) bits |= FIRST_NAME;
  if (lex.ambiguousFirstNames.has(k)) bits |= AMBIGUOUS_FIRST_NAME;
  if (lex.demonyms.has(k) || (k.length >= 5 && DEMONYM_ENDING.test(k) && demonymStems(lex).has(k.slice(0, 4)))) bits |= DEMONYM;
  if (lex.dictionary.has(k)) bits |= DICTIONARY_FOLDED;
  return bits;
}

/** The curated lists keyed by the lower case, each a bit. */
const LOWER_CASE_LISTS: readonly [keyof Lexicon, number][] = [
  ['titles', TITLE], ['nobleTitles', NOBLE_TITLE], ['orgHeads', ORG_HEAD], ['companyHeads', COMPANY_HEAD], ['orgStarts', ORG_START],
  ['placeDesignators', PLACE_DESIGNATOR], ['placeStarts', PLACE_START], ['qualifiedNouns', QUALIFIED_NOUN], ['notNames', LISTED_NOT_NAME],
];

function wordClasses(lex: Lexicon, text: string): number {
  const lower = text.toLowerCase();
  let bits = 0;
  for (const [list, bit] of LOWER_CASE_LISTS) if (lex[list].has(lower)) bits |= bit;
  const known = lex.firstNames.has(lower) || lex.countries.has(lower) || lex.bigCities.has(lower);
  if (lex.dictionary.has(lower)) {
    bits |= DICTIONARY;
    // An English word that is no known name (`Embassy`; not `Jordan`), unless the name is mostly the word (`Will`).
    if (lex.ambiguousFirstNames.has(lower) || !known) bits |= ORDINARY;
  }
  if (known || lex.places.has(lower)) bits |= LOWER_PLACE_OR_NAME;
  return bits;
}

function writtenClasses(lex: Lexicon, text: string): number {
  let bits = 0;
  if (lex.stateAcronyms.has(text)) bits |= STATE_ACRONYM;
  if (lex.orgAcronyms.has(text)) bits |= ORG_ACRONYM;
  if (isAcronym(text)) bits |= ACRONYM;
  if (lex.notNames.has(text.toLowerCase()) || GOVERNMENT_OF.test(text) || (DIGIT.test(text) && !GROUP_OF_STATES.test(text))) bits |= NEVER_A_NAME;
  return bits;
}

/** The bits that say a group was computed (above the classes' bits). */
const PLACES_DONE = 1 << 26;
const PEOPLE_DONE = 1 << 27;
const WORDS_DONE = 1 << 28;
const WRITTEN_DONE = 1 << 29;
const ALL_CLASSES = PLACE_GROUP | PEOPLE_GROUP | WORD_GROUP | WRITTEN_GROUP;

/** The groups' done bits that the `wanted` bits need. */
function needed(wanted: number): number {
  return (wanted & PLACE_GROUP ? PLACES_DONE : 0) | (wanted & PEOPLE_GROUP ? PEOPLE_DONE : 0) | (wanted & WORD_GROUP ? WORDS_DONE : 0) |
    (wanted & WRITTEN_GROUP ? WRITTEN_DONE : 0);
}

/** The groups of `missing` (done bits), computed and added to `bits`. */
function complete(text: string, bits: number, missing: number): number {
  const lex = lexicon();
  let completed = bits | missing;
  if (missing & PLACES_DONE) completed |= placeClasses(lex, text);
  if (missing & PEOPLE_DONE) completed |= peopleClasses(lex, text);
  if (missing & WORDS_DONE) completed |= wordClasses(lex, text);
  if (missing & WRITTEN_DONE) completed |= writtenClasses(lex, text);
  return completed;
}

/** Strings whose classes are (partly) known. Cleared when full: a build's worker meets new words with every cable. */
const known = new Map<string, number>();
const MAX_KNOWN = 1 << 18;

/**
 * The string as its own copy: a long slice of a paragraph may share the paragraph's characters (V8
 * keeps it as a view), and the memo would keep the whole paragraph alive. Concatenating then
 * slicing makes V8 copy the characters.
 */
const ownCopy = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1));

/** What the lexicon says of `text` (the bits above), at least the groups of the `wanted` bits. */
export function classesOf(text: string, wanted = ALL_CLASSES): number {
  const groups = needed(wanted);
  const bits = known.get(text);
  if (bits === undefined) {
    const completed = complete(text, 0, groups);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(ownCopy(text), completed);
    return completed;
  }
  if ((bits & groups) === groups) return bits;
  const completed = complete(text, bits, groups & ~bits);
  known.set(text, completed);
  return completed;
}

/** Whether the lexicon gives `text` any of these bits. */
export const hasClass = (text: string, bits: number): boolean => (classesOf(text, bits) & bits) !== 0;
