/**
 * What the lexicon says of one string (a word or a span), as bits, computed once per distinct
 * string and kept for the process: the lexicon is fixed, so the answer depends on the string alone.
 * The run reader asks a capitalised word a dozen questions (is it a title? a place? a first name?
 * an English word?), each a lower-casing, an accent fold and a set lookup; with the classes, the
 * first question pays one map lookup and the others test a bit of the same integer.
 * docs/entities.md ("Speed") has the figures.
 */
import { foldAccents, lexicon, type Lexicon } from './lexicon.ts';
import { isAcronym } from './tokens.ts';

/*
 * One bit per question, each with the key its question always used: folded (`key`: lower case,
 * accents removed) for the gazetteers and first names, lower case for the curated word lists,
 * as written for the acronym lists.
 */
/** A country or world region (folded). */
export const COUNTRY = 1 << 0;
/** A country, a city, a state or a curated place (folded): `isPlace`. */
export const PLACE = 1 << 1;
/** A city of the gazetteer, a state or a curated place, countries aside (folded). */
export const GAZETTEER_PLACE = 1 << 2;
export const BIG_CITY = 1 << 3;
export const MID_CITY = 1 << 4;
export const REGION = 1 << 5;
/** A body's name no cue gives away (folded). */
export const ORG_NAME = 1 << 6;
/** A first name (folded): `isFirstName`. */
export const FIRST_NAME = 1 << 7;
/** A first name that is mostly an ordinary word (folded). */
export const AMBIGUOUS_FIRST_NAME = 1 << 8;
/** A demonym, listed or shaped like one (folded): `isDemonym`. */
export const DEMONYM = 1 << 9;
/** In the English word list (lower case). */
export const DICTIONARY = 1 << 10;
/** In the English word list and no known name (lower case): `isOrdinaryWord`. */
export const ORDINARY = 1 << 11;
/** Lower case, in names.yaml's lists. */
export const TITLE = 1 << 12;
export const NOBLE_TITLE = 1 << 13;
export const ORG_HEAD = 1 << 14;
export const COMPANY_HEAD = 1 << 15;
export const ORG_START = 1 << 16;
export const PLACE_DESIGNATOR = 1 << 17;
export const PLACE_START = 1 << 18;
export const QUALIFIED_NOUN = 1 << 19;
/** In names.yaml's words that are never a name (lower case). */
export const LISTED_NOT_NAME = 1 << 20;
/** As written: a state's acronym (`DPRK`), a body's acronym (`UN`). */
export const STATE_ACRONYM = 1 << 21;
export const ORG_ACRONYM = 1 << 22;
/** The lower case (not folded) is a country, a place or a first name (`displayCase`: a word of a name, no acronym). */
export const LOWER_PLACE_OR_NAME = 1 << 23;
/** In the English word list by the folded key (`café` → `cafe`). */
export const DICTIONARY_FOLDED = 1 << 24;
/** Never a name, whatever the glossary says: listed (`LISTED_NOT_NAME`), a government-of form (`GOG`), a word with a digit (not `G8`). */
export const NEVER_A_NAME = 1 << 25;
/** Capitals (and digits) only, two letters' worth or more (tokens.ts `isAcronym`). */
export const ACRONYM = 1 << 26;

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

function isDemonymKey(lex: Lexicon, k: string): boolean {
  if (lex.demonyms.has(k)) return true;
  if (!DEMONYM_ENDING.test(k) || k.length < 5) return false;
  return demonymStems(lex).has(k.slice(0, 4));
}

/** The bits of the gazetteers and first names, by the folded key. */
function foldedClasses(lex: Lexicon, k: string): number {
  let bits = 0;
  if (lex.countries.has(k)) bits |= COUNTRY | PLACE;
  if (lex.places.has(k)) bits |= GAZETTEER_PLACE | PLACE;
  if (lex.bigCities.has(k)) bits |= BIG_CITY;
  if (lex.midCities.has(k)) bits |= MID_CITY;
  if (lex.regions.has(k)) bits |= REGION;
  if (lex.orgNames.has(k)) bits |= ORG_NAME;
  if (lex.firstNames.has(k)) bits |= FIRST_NAME;
  if (lex.ambiguousFirstNames.has(k)) bits |= AMBIGUOUS_FIRST_NAME;
  if (isDemonymKey(lex, k)) bits |= DEMONYM;
  if (lex.dictionary.has(k)) bits |= DICTIONARY_FOLDED;
  return bits;
}

/** The lists keyed by the lower case (not folded), each a bit. */
const LOWER_CASE_LISTS: readonly [keyof Lexicon, number][] = [
  ['titles', TITLE], ['nobleTitles', NOBLE_TITLE], ['orgHeads', ORG_HEAD], ['companyHeads', COMPANY_HEAD], ['orgStarts', ORG_START],
  ['placeDesignators', PLACE_DESIGNATOR], ['placeStarts', PLACE_START], ['qualifiedNouns', QUALIFIED_NOUN], ['notNames', LISTED_NOT_NAME],
];

/** The bits of the curated lists and the English words, by the lower case. */
function lowerCaseClasses(lex: Lexicon, lower: string): number {
  let bits = 0;
  for (const [list, bit] of LOWER_CASE_LISTS) if (lex[list].has(lower)) bits |= bit;
  if (lex.dictionary.has(lower)) {
    bits |= DICTIONARY;
    // An English word that is no known name (`Embassy`; not `Jordan`), unless the name is mostly the word (`Will`).
    const known = lex.firstNames.has(lower) || lex.countries.has(lower) || lex.bigCities.has(lower);
    if (lex.ambiguousFirstNames.has(lower) || !known) bits |= ORDINARY;
  }
  if (lex.countries.has(lower) || lex.places.has(lower) || lex.firstNames.has(lower)) bits |= LOWER_PLACE_OR_NAME;
  return bits;
}

/** Every bit of one string, from the lexicon (the slow path: once per distinct string). */
function computeClasses(text: string): number {
  const lex = lexicon();
  const lower = text.toLowerCase();
  let bits = foldedClasses(lex, foldAccents(lower)) | lowerCaseClasses(lex, lower);
  if (lex.stateAcronyms.has(text)) bits |= STATE_ACRONYM;
  if (lex.orgAcronyms.has(text)) bits |= ORG_ACRONYM;
  if (isAcronym(text)) bits |= ACRONYM;
  if (bits & LISTED_NOT_NAME || GOVERNMENT_OF.test(text) || (DIGIT.test(text) && !GROUP_OF_STATES.test(text))) bits |= NEVER_A_NAME;
  return bits;
}

/** Strings whose classes are known. Cleared when full: a build's worker meets new words with every cable. */
const known = new Map<string, number>();
const MAX_KNOWN = 1 << 18;

/**
 * The string as its own copy: a long slice of a paragraph may share the paragraph's characters (V8
 * keeps it as a view), and the memo would keep the whole paragraph alive. Concatenating then
 * slicing makes V8 copy the characters.
 */
const ownCopy = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1));

/** What the lexicon says of `text` (the bits above). */
export function classesOf(text: string): number {
  let bits = known.get(text);
  if (bits === undefined) {
    bits = computeClasses(text);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(ownCopy(text), bits);
  }
  return bits;
}

/** Whether the lexicon gives `text` any of these bits. */
export const hasClass = (text: string, bits: number): boolean => (classesOf(text) & bits) !== 0;
