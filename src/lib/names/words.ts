/**
 * What one word or one span is, by the lexicon: questions the run reader and the capitals reader
 * both ask (`is this a place?`, `is this acronym a body, a state or jargon?`).
 */
import type { EntityKind } from '../types.ts';
import { foldAccents, lexicon } from './lexicon.ts';
import { isAcronym, type Token } from './tokens.ts';

/** The acronyms the glossary explains, split by what they are: a named body, or jargon and roles. */
export interface GlossaryKnowledge {
  organizations: Set<string>;
  notNames: Set<string>;
  /** Letters the glossary gives a region's or a province's meaning (`FATA`, `NWFP`). */
  places: Set<string>;
  /** A body's letters → the name its meaning opens with (`IAEA` → `International Atomic Energy Agency`): its short form's source. */
  longForms: Map<string, string>;
}

export const NO_GLOSSARY: GlossaryKnowledge = { organizations: new Set(), notNames: new Set(), places: new Set(), longForms: new Map() };

/** `GOG`, `GODJ`, `GRM`-like: "Government of …" acronyms, never a name (the guide). */
const GOVERNMENT_OF = /^G[Oo][A-Z]{1,3}$/;

/** `GOI`, `GoSL`: a government-of acronym, never part of a body's name. */
export const isGovernmentOf = (word: string): boolean => GOVERNMENT_OF.test(word);

export function key(text: string): string {
  return foldAccents(text.toLowerCase());
}

export function isCountry(text: string): boolean {
  return lexicon().countries.has(key(text));
}

/** `Egpyt`, `Isreal`: a country's name with two letters after its first swapped, a typo cables make. */
export function isCountryTypo(word: string): boolean {
  if (word.length < 5) return false;
  const countries = lexicon().countries;
  const k = key(word);
  if (countries.has(k)) return false;
  for (let i = 1; i < k.length - 1; i++) {
    if (k[i] !== k[i + 1] && countries.has(k.slice(0, i) + k[i + 1]! + k[i]! + k.slice(i + 2))) return true;
  }
  return false;
}

export function isPlace(text: string): boolean {
  const k = key(text);
  return lexicon().countries.has(k) || lexicon().places.has(k);
}

/** One word that is a place only by the gazetteer's towns: no country, no big city, no region (`Castro`, `Sadri`; not `Galicia`). */
export const isSmallTown = (name: string): boolean => !name.includes(' ') && !isCountry(name) && !lexicon().bigCities.has(key(name)) && !lexicon().regions.has(key(name));

/** A town's name of fewer than 100,000 people (`Castro`; not `Holguin`, `Santos`). */
export const isSmallerTown = (name: string): boolean => isSmallTown(name) && !lexicon().midCities.has(key(name));

/** A word of ordinary English that is not also a known name (`Embassy`, `Summary`; not `Jordan`). */
export function isOrdinaryWord(word: string): boolean {
  const lex = lexicon();
  const k = word.toLowerCase();
  if (!lex.dictionary.has(k)) return false;
  if (lex.ambiguousFirstNames.has(k)) return true;
  return !lex.firstNames.has(k) && !lex.countries.has(k) && !lex.bigCities.has(k);
}

export function isFirstName(word: string): boolean {
  return lexicon().firstNames.has(key(word));
}

/** Demonyms: listed ones, and a word ending like one whose start is a country's (`Mozambican` ← Mozambique). */
export function isDemonym(word: string): boolean {
  const lex = lexicon();
  const k = key(word);
  if (lex.demonyms.has(k)) return true;
  // `Czechs`, `Slovaks`: a listed demonym's plural is a people too.
  if (k.endsWith('s') && lex.demonyms.has(k.slice(0, -1))) return true;
  if (!/(?:an|ans|ian|ians|ean|ese|i|is|ish|ic)$/.test(k) || k.length < 5) return false;
  return demonymStems().has(k.slice(0, 4));
}

let stems: Set<string> | undefined;
function demonymStems(): Set<string> {
  stems ??= new Set([...lexicon().countries].filter((name) => !name.includes(' ') && name.length >= 4).map((name) => name.slice(0, 4)));
  return stems;
}

/** A capital inside a word after lower-case letters: a short form's shape (`SecGen`, `PolOff`), no name's (`McDonald` aside, which no glossary lists). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/** Capitals with a plural's `s` (`IOCs`, `ISPs`, `BASICs`): a class of bodies or things, not one body's name. */
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;

/** An ASCII capital's character code. */
const isCapitalCode = (code: number): boolean => code >= 65 && code <= 90;

export function isNotAName(text: string, glossary: GlossaryKnowledge): boolean {
  const lex = lexicon();
  if (lex.notNames.has(text.toLowerCase())) return true;
  // (The second letter asked first: most words have a small one, and the expression then need not run.)
  if (isCapitalCode(text.charCodeAt(1)) && PLURAL_ACRONYM.test(text)) return true;
  // The glossary's jargon and roles are no names, in capitals or in their inner capitals (`SecGen`, `PolCouns`);
  // a body names.yaml lists (`CBP`, whose meaning has no head word) is.
  if (GOVERNMENT_OF.test(text) || (glossary.notNames.has(text) && (isAcronym(text) || INNER_CAPITAL.test(text)) && !lex.orgAcronyms.has(text))) return true;
  return /\d/.test(text) && !/^G-?\d+$/.test(text);
}

/**
 * What an acronym names: a state (`DPRK`) is a place, a body (`UN`, `FBI`, `FRELIMO`) an
 * organisation; jargon, roles and government-of forms nothing. Unknown acronyms of three or more
 * letters are bodies (parties, agencies, companies: what cables abbreviate most).
 */
export function acronymKind(text: string, glossary: GlossaryKnowledge): EntityKind | null {
  const lex = lexicon();
  if (lex.stateAcronyms.has(text) || glossary.places.has(text)) return 'place';
  if (isNotAName(text, glossary)) return null;
  if (lex.orgAcronyms.has(text) || glossary.organizations.has(text)) return 'organization';
  if (isCountry(text)) return 'place';
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 ? 'organization' : null;
}

/** A number right after a word (`RMB 10 million`, `EUROS 5 million`, `GBP 35 million`): the word is a currency or a unit. */
const NUMBER_AFTER = /^\s\$?\d/;
/** A hyphen and a number after capitals (`(FPOL-1)`, `(TERR-5H)`: a tasking key's issue codes; `SA-7`, a model): a code, no body's letters. */
const CODE_NUMBER_AFTER = /^-\d/;

/** A Roman numeral of two letters or more (`III. Host Country Capabilities`, a section's number): I, V and X only, so no body's letters (`MDC`, `CIA`) read as one. */
const ROMAN_NUMERAL = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * Capitals no list knows that are no body's letters (issue 7, the thirteenth round): an ordinary
 * English word in capitals for stress or in a heading (`the “AMERICAN MAFIA”`, `LIKELY OUTCOME:`),
 * and letters before a number (a currency or a unit) or a hyphen and a number (a code). Listed and
 * glossary bodies keep their kind.
 */
export function isUnlistedCapitals(token: Token, text: string, glossary: GlossaryKnowledge): boolean {
  const word = token.text;
  if (lexicon().orgAcronyms.has(word) || glossary.organizations.has(word)) return false;
  const after = text.slice(token.end, token.end + 3);
  if (NUMBER_AFTER.test(after) || CODE_NUMBER_AFTER.test(after) || ROMAN_NUMERAL.test(word)) return true;
  return word.length >= 4 && isOrdinaryWord(word);
}

/** The postal letters of the US states and the capital district. */
const US_STATE = /^(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/;
/** Before the letters: a party's letter in brackets (`(D-NY)`). */
const US_STATE_PARTY = /\([DRI]-$/;
/** Before the letters: up to three capitalised words and a comma (`Des Moines, IA`), the words captured. */
const US_STATE_TOWN = /((?:\p{Lu}[\p{L}.'’]*\s){0,2}\p{Lu}[\p{L}.'’]*),\s$/u;
/** After the letters: `NJ-based`. */
const US_STATE_AFTER = /^-based\b/i;

/**
 * `Des Moines, IA`, `(D-NY)`, `NJ-based`: a US state's letters where only the state can stand; after
 * a comma only when a town stands before it (`Smith, MD`, `Israel, PA` are no states).
 */
export function isUsStateAt(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || !US_STATE.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (US_STATE_PARTY.test(before) || US_STATE_AFTER.test(text.slice(end, end + 7))) return true;
  const words = US_STATE_TOWN.exec(before)?.[1]?.split(' ') ?? [];
  return words.some((_, i) => {
    const town = words.slice(i).join(' ');
    return isPlace(town) && !isCountry(town);
  });
}

/** `US$16 million`, `C$ 5`: a state's letters glued to a dollar sign write a currency, no place (the name ends at `end`). */
export const isCurrency = (text: string, end: number): boolean => text[end] === '$';

/** A word before a body's name that is its owner's, not the body's own initial (`U.S.`, `Austrian` in `Austrian Financial Intelligence Unit (FIU)`). */
export const isOwnerWord = (word: string): boolean => word === 'U.S.' || word === 'US' || isDemonym(word);

/** Words a title is made of (`Foreign`, `Minister`, `Charge`, `d'Affaires`). */
export function isTitle(word: string): boolean {
  return lexicon().titles.has(word.toLowerCase());
}

export function isOrgHead(word: string): boolean {
  return lexicon().orgHeads.has(word.toLowerCase());
}

export function isOrgStart(word: string): boolean {
  return lexicon().orgStarts.has(word.toLowerCase());
}

export function isPlaceDesignator(word: string): boolean {
  return lexicon().placeDesignators.has(word.toLowerCase());
}

/** Words after a person's name that make it the name of a government or era (`the Berlusconi government`). */
export const LEADER_HEADS = new Set(['government', 'administration', 'regime', 'cabinet', 'camp', 'allies', 'era', 'team', 'presidency', 'family', 'clan']);

/** Month names (as written in mixed case): a date, never part of a name. */
export const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
/** Weekdays (as written in mixed case): a date, never part of a name. */
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const CAPITALISED = /^\p{Lu}/u;
/** The groups of states named by their count (`G-7`, `G8`, `G-20`): bodies. */
export const STATE_GROUPS = /\bG-?(?:7|8|20|77)\b(?!-)/g;
/** A day's number after a month (`March 13`, `May 3,`). */
const DAY_AFTER = /^\s+\d{1,2}\b/;
/** A day's number before a month (`13 March`). */
const DAY_BEFORE = /\b\d{1,2}\s+$/;

/** `March 13` in `Meir Dagan March 13`: a month written with its day is a date, which ends a name before it. */
export function isDateMonth(word: string, text: string, start: number, end: number): boolean {
  return MONTHS.has(word) && (DAY_AFTER.test(text.slice(end, end + 4)) || DAY_BEFORE.test(text.slice(Math.max(0, start - 4), start)));
}

/**
 * `Meir Dagan March 13`, `13 March Ahmed`: where a month with its day stands in the run (a date;
 * the names are on either side of it), or -1. The day is no capitalised word, so the month ends
 * or starts the run.
 */
export function dateInRun(run: Token[], text: string): number {
  const end = run[run.length - 1]!;
  // `the White House on Monday`: a weekday ends the run, with the connector before it.
  if (run.length > 1 && WEEKDAYS.has(end.text)) return run.findLastIndex((_, i) => i === 0 || CAPITALISED.test(run[i - 1]!.text));
  if (isDateMonth(end.text, text, end.start, end.end)) return run.length - 1;
  return run.length > 1 && isDateMonth(run[0]!.text, text, run[0]!.start, run[0]!.end) ? 0 : -1;
}

/** Words before a name that say it is a place (`in Kabul`, `from Chiapas`). */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'throughout', 'outside', 'inside', 'within']);

/** Words beside a single unknown name that make it a company or another body (`Gazprom shareholders`, `firm Enel`). */
export const ORG_CONTEXT = new Set([
  'company', 'companies', 'firm', 'firms', 'corporation', 'giant', 'operator', 'producer', 'shareholders', 'shareholder',
  'subsidiary', 'consortium', 'group', 'bank', 'party', 'members', 'militants', 'fighters', 'insurgents', 'leadership',
  'officials', 'spokesman', 'newspaper', 'daily', 'weekly', 'magazine', 'channel', 'network', 'broadcaster', 'ceo',
  'chairman', 'stake', 'contract', 'executives', 'joint', 'venture', 'brand', 'plant', 'refinery', 'members',
  'coalition', 'parliamentarians',
]);

/** The six powers talking to Iran, named by their count (`the P5 1 talks`, where the cable lost its `+`; `P5+1`; `P5 plus 1`): one body. */
const SIX_POWERS_FORM = String.raw`P5\s?(?:\+\s?|plus\s)?1`;
export const SIX_POWERS = new RegExp(String.raw`\b${SIX_POWERS_FORM}\b`, 'g');
/** The same, as a whole name (a name with a digit is otherwise no name: display.ts). */
export const SIX_POWERS_NAME = new RegExp(`^${SIX_POWERS_FORM}$`);

/** A treaty's, a law's, a plan's or an event's name: none of the three kinds (the guide); plural too (`the Geneva Conventions`). */
export const DOCUMENT_NAME = /^(?:Operation|Project|Plan)\s|^(?:Agreement|Treaty|Convention|Protocol|Accords?)\s+(?:on|of|for|between)\s|\b(?:Agreements?|Treaty|Treaties|Act|Bill|Law|Protocols?|Conventions?|Accords?|Resolution|Amendment|Constitution|Plan|Initiative|Program|Programme|Strategy|Talks|Process|War|Summit|Conference|Operation)$/i;

/** Nouns that say what a name is when they stand beside it: `Epoca, a weekly magazine`; `the newspaper Epoca`. */
const BODY_NOUNS = 'newspaper|daily|weekly|magazine|company|firm|party|group|club|team|bank|NGO|organi[sz]ation|movement|channel|station|network|corporation|conglomerate|airline|carrier|militia|agency|union|network|joint[ -]venture|subsidiary|producer|broadcaster|think[ -]tank';
const PLACE_NOUNS = 'city|town|village|region|province|district|port|island|river|neighbou?rhood|suburb|municipality|state|county|mine|camp|airport|base|crossing|checkpoint';
/** Right after a name, a crossing's noun (`the Kerem Shalom crossing`, `Rafah and Kerem Shalom border crossings`): a place. */
const CROSSING_AFTER = /^\s+(?:border\s+|cargo\s+)?(?:crossings?|checkpoints?|terminals?|crossing\s+points?)\b/i;
/** Before a name, a crossing's noun and `at`/`of` (`the Israeli crossing at Kerem Shalom`). */
const CROSSING_BEFORE = /\b(?:crossings?|checkpoints?)\s+(?:at|of)\s+$/i;
/** A crossing's noun beside the name says it is a place, whatever the name looks like (`Kerem` is a first name too). */
export const isCrossing = (before: string, after: string): boolean =>
  (CROSSING_WORD.test(after) && CROSSING_AFTER.test(after)) || (CROSSING_WORD.test(before) && CROSSING_BEFORE.test(before));
/** The nouns alone, a cheap first test (most names have none beside them). */
const CROSSING_WORD = /crossing|checkpoint|terminal/i;
/** After a name: a comma and an article, a few words, then the noun (`, an upstream joint-venture`). */
const APPOSITION_AFTER = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:(${BODY_NOUNS})|(${PLACE_NOUNS}))\\b`, 'iu');
/** Before a name: the noun, maybe `of` (`the daily al-Thawra`, `the town of Kars`). */
const APPOSITION_BEFORE = new RegExp(`\\b(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+)?(?:(${BODY_NOUNS})|(${PLACE_NOUNS}))(?:\\s+of)?\\s+$`, 'iu');

/** After a name: up to three lower-case words, then `its` (`Mastercard briefly closed its office`): a body, not a person. */
const ITS_AFTER = /^\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:its|itself)\b/u;
/** The kind a noun beside a name gives it, or undefined (the text right before and right after the name). */
export function appositionKind(before: string, after: string): EntityKind | undefined {
  const found = APPOSITION_AFTER.exec(after) ?? APPOSITION_BEFORE.exec(before);
  if (found) return found[1] ? 'organization' : 'place';
  if (isCrossing(before, after)) return 'place';
  if (ITS_AFTER.test(after)) return 'organization';
  // `Lumu, the MFA's Director for Europe`: a title after the comma.
  const words = TITLE_APPOSITION.exec(after)?.[1]?.split(/\s+/) ?? [];
  return words.some((word) => lexicon().titles.has(word.replace(/['’]s$/, '').toLowerCase()) && !/^(?:first|new|former|senior)$/i.test(word)) ? 'person' : undefined;
}

/** The words after a name, a comma and an article (`, the MFA's Director for`), where a title may stand. */
const TITLE_APPOSITION = /^,\s+(?:the|a|an|his|her|its)\s+((?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)/u;
