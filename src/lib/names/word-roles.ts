/**
 * Words that play another part than their list gives them, by the words around them in a run: a
 * title of rank that is a surname (`Mervyn King`), an `Administration` that is an agency (`Drug
 * Enforcement Administration`), not a leader's government (`Bush Administration`); an office's
 * words before a body (`Deputy Supreme Commander of the …`), a field of study after a degree.
 */
import { lexicon } from './lexicon.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { isAcronym } from './tokens.ts';
import { isDemonym, isGovernmentOf, isOrdinaryWord, isOrgHead, isPlace, isTitle, MONTHS } from './words.ts';

/** Connectors after which a new name starts (`President of Guinea`, `Moscow and Beijing`). */
export const SPLITTING_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the']);
/** Words that stand in titles but are no title alone (`Foreign`, `Economic`, `Presidential`). */
const PORTFOLIO_WORDS = new Set([
  'foreign', 'economic', 'political', 'military', 'national', 'presidential', 'defense', 'defence', 'finance', 'economy',
  'justice', 'trade', 'labor', 'labour', 'health', 'education', 'agriculture', 'energy', 'mines', 'transport', 'tourism',
  'culture', 'information', 'security', 'interior', 'legal', 'commercial', 'executive', 'managing', 'senior', 'principal',
  'acting', 'former', 'then', 'newly', 'elected', 'new', 'environment', 'planning', 'industry', 'commerce',
  'communications', 'housing', 'youth', 'sports', 'development', 'external', 'internal', 'home', 'affairs', 'responsible',
  'special', 'first', 'deputy', 'vice', 'assistant', 'under', 'chief', 'head', 'crown', 'his', 'her',
]);
export const isPortfolioWord = (word: string): boolean => PORTFOLIO_WORDS.has(word.toLowerCase());

/** A feature's or a port's word before `of` and a place: the whole is the place (`Strait of Gibraltar`, `Port of Maputo`; the labels' form). */
const FEATURE_OF = new Set(['strait', 'straits', 'gulf', 'bay', 'port', 'horn', 'sea', 'isle', 'cape', 'lake']);

/** `Strait of Gibraltar`, `Gulf of Aden`, `Port of Algeciras`: one place, not a feature's word and a place. */
export function isFeatureOfPlace(tokens: Token[], text: string): boolean {
  if (tokens.length < 3 || !FEATURE_OF.has(tokens[0]!.text.toLowerCase()) || tokens[1]!.text !== 'of') return false;
  const place = tokens.slice(tokens[2]!.text === 'the' ? 3 : 2);
  return place.length > 0 && isPlace(text.slice(place[0]!.start, place[place.length - 1]!.end));
}

/** After a title, a listed body's acronym of three letters or more, then one name: the body and the person (`D/D CIA Kappes`; not `Vice Admiral PJ Jacob`). */
export const isBodyBeforePerson = (tokens: Token[]): boolean =>
  tokens.length === 2 && tokens[1]!.gap === ' ' && tokens[0]!.text.length >= 3 && lexicon().orgAcronyms.has(tokens[0]!.text);

/** An Arabic patronymic's particle: the words beside it are a name's (`Sultan bin Sulayem`, `Ahmed bin Sayed al Maktoum`), whatever a list says of them. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/** A title's word beside `bin` is a given name (`Chairman Sultan bin Sulayem`), no title. */
export const isPatronymicName = (tokens: Token[], at: number): boolean => PATRONYMIC.has(tokens[at - 1]?.text ?? '') || PATRONYMIC.has(tokens[at + 1]?.text ?? '');

/** `Border Security Force`, `Ports of General Interest`: a portfolio word before ordinary words only is no title there (`Security Minister Ndiaye` is). */
export const isPortfolioBeforeWords = (tokens: Token[], at: number): boolean => isPortfolioWord(tokens[at]!.text) && tokens.slice(at + 1).every((token) => isOrdinaryWord(token.text));
/** Portfolio words that date a title, never a body's (`Former Planning Commission Secretary`). */
export const TIME_WORDS = new Set(['former', 'then', 'acting', 'newly', 'elected']);

/**
 * `Governor Mervyn King`: a title of rank right after a given name is that person's surname, no
 * title (`King Abdullah`, `the King`, `Saudi King`, `Jordan King` stay titles; `Shadow Finance
 * Minister`, `DOE Deputy Secretary` are no names).
 */
export function isSurnameTitle(tokens: Token[]): boolean {
  const [before, title] = [tokens[tokens.length - 2], tokens[tokens.length - 1]!];
  if (before === undefined || title.gap !== ' ' || isTitle(before.text) || isOrdinaryWord(before.text) || isDemonym(before.text) || isPlace(before.text)) return false;
  return lexicon().nobleTitles.has(title.text.toLowerCase());
}

/**
 * `Segolene Royal`: a word the lists hold both as an English word and as a first name (`royal`,
 * `price`, `grant`: `ambiguousFirstNames`), right after a given name that is no English word, no
 * title, no demonym, no place, is that person's surname, no adjective (`Royal Navy` has no given name).
 */
export function isWordSurname(tokens: Token[]): boolean {
  if (tokens.length !== 2 || tokens[1]!.gap !== ' ') return false;
  const [given, surname] = [tokens[0]!.text, tokens[1]!.text];
  if (!isSurnameWord(surname) || isAcronym(given) || lexicon().dictionary.has(given.toLowerCase())) return false;
  return !isTitle(given) && !isDemonym(given) && !isPlace(given) && !lexicon().notNames.has(given.toLowerCase());
}

/** A word that may be a surname though a list calls it no name (`Royal`, `Mayor`), a month never (`Robert May` aside). */
export const isSurnameWord = (word: string): boolean => lexicon().ambiguousFirstNames.has(word.toLowerCase()) && !MONTHS.has(word);

/** A company's opening word that is an English word too: an airline's, a bank's (`Air France`, `Banco Santander`). */
const COMPANY_OPENERS = new Set(['air', 'banco', 'banca', 'banque']);

/** `Air France`, `Air Zimbabwe`, `Banco Santander`: such a word before names only opens a company's name (`Air Force` is words). */
export function isCompanyOpening(tokens: Token[]): boolean {
  return COMPANY_OPENERS.has(tokens[0]!.text.toLowerCase()) && tokens.slice(1).every((token) => isCapitalised(token.text) && !isOrdinaryWord(token.text) && !isTitle(token.text));
}

/**
 * `Drug Enforcement Administration`, `Transportation Security Administration`: an administration after
 * two or more capitalised English words is an agency; after a name it is a leader's government
 * (`George W. Bush Administration`), after a title's `of` its portfolio (`Minister of Public
 * Administration`): no body.
 */
export function isAgencyAdministration(tokens: Token[]): boolean {
  return tokens.length > 2 && tokens[tokens.length - 1]!.text === 'Administration' && tokens.slice(0, -1).every((token) => isCapitalised(token.text) && isOrdinaryWord(token.text));
}

/** A title's plural (`Heads of State`, `Leaders of the …`): the singular is a title. */
const isTitleOrPlural = (word: string): boolean => isTitle(word) || (word.endsWith('s') && isTitle(word.slice(0, -1)));

/**
 * `Deputy Supreme Commander of the UAE Armed Forces`, `Heads of State of the African Union`: a
 * title's words (ordinary words, one a title) before the last `of` are the office, not the body's
 * name, which starts after that `of` (and its `the`). The first token the body keeps, or `from`
 * when the words are no title or hold a body's head (`Office of the Supreme Commander of the Armed
 * Forces`, `Bank of England`).
 */
export function bodyAfterTitleOf(tokens: Token[], from: number, end: number): number {
  for (let of = end - 1; of > from; of--) {
    if (tokens[of]!.text !== 'of') continue;
    const office = tokens.slice(from, of);
    if (!office.some((token) => isTitleOrPlural(token.text)) || office.some((token) => isOrgHead(token.text)) || !office.every((token) => isOrdinaryWord(token.text) || /^(?:of|the|and)$/.test(token.text))) return from;
    return tokens[of + 1]?.text === 'the' && of + 2 <= end ? of + 2 : of + 1;
  }
  return from;
}

/** A degree before a field of study, earlier in the sentence (`she has degrees in …`, `a master's in …`). */
const DEGREE_BEFORE = /\b(?:degrees?|diplomas?|master['’]?s|bachelor['’]?s|MBA|doctorate|Ph\.?D\.?|studied)\b[^.;]*\sin\s+$/i;

/**
 * `she has degrees in Business Administration from the University of Cadiz and in International
 * Business Administration`: capitalised English words after a degree's `in` are a field of study,
 * no body (`Administration` would read as an agency's).
 */
export function isFieldOfStudy(tokens: Token[], text: string): boolean {
  const start = tokens[0]!.start;
  // Most runs follow no `in `: the degree is looked for only after one.
  if (start < 3 || text.slice(start - 3, start) !== 'in ' || !tokens.every((token) => isCapitalised(token.text) && isOrdinaryWord(token.text))) return false;
  return DEGREE_BEFORE.test(text.slice(Math.max(0, start - 200), start));
}

/**
 * Words before a body that are no part of it: a government-of acronym (`GOI Ministry of External
 * Affairs`), a word that dates a title (`Former Intelligence Bureau Director`), a title right before
 * a name (`Director Tata Energy Research Institute`; `General Motors` keeps its ordinary word).
 */
export function isOfficeBeforeBody(tokens: Token[], at: number): boolean {
  const [token, next] = [tokens[at]!, tokens[at + 1]!];
  if (isGovernmentOf(token.text) || TIME_WORDS.has(token.text.toLowerCase())) return true;
  return isTitle(token.text) && !isPortfolioWord(token.text) && !isOrdinaryWord(next.text) && !isTitle(next.text) && !SPLITTING_CONNECTORS.has(next.text);
}

/** Jargon that is also a place's name (`para`, and the Brazilian state Pará); as jargon it takes a number (`NUMBER_AFTER`). */
const NUMBERED_JARGON = /^Para$/;
/** A number (or a bracketed one) right after a word: `para 8`, `Para (3)`. */
const NUMBER_AFTER = /^\s*\(?\d/;

/** `in Para`, `Para Governor Jatene`: the place, capitalised mid-sentence and before no number, though the word is jargon. */
export function isJargonPlace(token: Token, text: string): boolean {
  return isJargonPlaceName(token.text) && !token.sentenceStart && !NUMBER_AFTER.test(text.slice(token.end));
}

/** A place's name that is also jargon (`Para`): a name where a run's reading made it a place (`isJargonPlace`). */
export const isJargonPlaceName = (name: string): boolean => NUMBERED_JARGON.test(name) && isPlace(name);

/** A place's first word inside a name (`San` in `Aung San Suu Kyi`) is a syllable of the name, not an ordinary word that makes it a body's. */
export function isSyllableInName(tokens: Token[], at: number): boolean {
  return at > 0 && lexicon().placeStarts.has(tokens[at]!.text.toLowerCase());
}

/** A doctrine's or a movement's word (`Scientology`, `Kemalism`, `Christianity`): no person's name, whatever its capital. */
const DOCTRINE_WORD = /\p{L}{3}(?:ology|ism|ity)$/u;

/**
 * What a name no list or cue places is, by its words' shape: a person, guessed, unless a word has a
 * doctrine's shape; a `-ology` word names a movement, a body (`Scientology`, the labels' reading),
 * an `-ism` or `-ity` word nothing.
 */
export function guessByShape(tokens: Token[]): 'person?' | 'organization?' | null {
  const doctrine = tokens.find((token) => DOCTRINE_WORD.test(token.text));
  if (doctrine === undefined) return 'person?';
  return doctrine.text.endsWith('ology') ? 'organization?' : null;
}
