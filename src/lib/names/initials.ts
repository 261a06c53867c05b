/**
 * Names written with bare initials (`VK Jain`, `K. M. Warikoo`, `B Raman`): rosters in Indian
 * cables write people so, and the initials would otherwise read as an unknown body's acronym.
 */
import { lexicon } from './lexicon.ts';
import { isAcronym, type Token } from './tokens.ts';
import { isCountry, isDemonym, isFirstName, isNotAName, isOrdinaryWord, isOrgHead, isPlaceDesignator, isTitle, key, type GlossaryKnowledge } from './words.ts';

/** A name's bare initials (`VK`, `BKR`, `K.`, `K.M.`, `B`); `A`, `I` and `O` alone are words. */
const INITIALS = /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){1,3}|[B-HJ-NP-Z])$/u;

/** Initials that are no body's or state's acronym, no jargon and no title (`PM Martin`, `CDR James Dickie`). */
function isBareInitials(word: string, glossary: GlossaryKnowledge): boolean {
  if (!INITIALS.test(word)) return false;
  const bare = word.replace(/\./g, '');
  if (bare.length === 1) return true;
  // `P.M. Erdogan`: dotted or not, a title's or a body's letters are no initials.
  const lex = lexicon();
  return [word, bare].every((form) => !lex.orgAcronyms.has(form) && !lex.stateAcronyms.has(form) && !glossary.organizations.has(form) && !isNotAName(form, glossary) && !isTitle(form));
}

/** A word shaped like a name: a capital, then letters (some lower-case), apostrophes or hyphens; no dot, no digit (`M.P.s`, `No.`). */
const NAME_SHAPE = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/** A word that can be a surname after initials: name-shaped, no English word, title, body's head, demonym, country or big city. */
function isSurnameWord(token: Token): boolean {
  const word = token.text;
  return NAME_SHAPE.test(word) && !isAcronym(word) && !isOrdinaryWord(word) && !isTitle(word) && !isOrgHead(word) && !isDemonym(word) &&
    !isPlaceDesignator(word) && !isCountry(word) && !lexicon().bigCities.has(key(word));
}

/**
 * `VK Jain`, `K. M. Warikoo`, `C Raja Mohan`: a person written with bare initials (one or two
 * tokens of them), then one or two words of a name, and nothing else (rosters in Indian cables).
 */
export function isInitialsName(tokens: Token[], glossary: GlossaryKnowledge): boolean {
  // `D/D Kappes`: a letter after a slash ends an abbreviation, no initials.
  if (tokens[0]!.gap.includes('/')) return false;
  let initials = 0;
  while (initials < 2 && initials < tokens.length - 1 && isBareInitials(tokens[initials]!.text, glossary)) initials++;
  const rest = tokens.slice(initials);
  // A first name alone after initials is a degree's or a title's letters (`M. Phil`), no surname.
  if (rest.length === 1 && isFirstName(rest[0]!.text)) return false;
  // Two or three capitals go before a surname alone (`VK Jain`); before a whole name they are a
  // title's or a body's (`MK Ephraim Sneh`, `BG Abdul Mustapha`, `SCA Steven Mann`).
  const most = tokens[0]!.text.replace(/\./g, '').length > 1 ? 1 : 2;
  return initials > 0 && rest.length <= most && rest.every((token) => token.gap !== '-' && isSurnameWord(token));
}
