/**
 * Names written with bare initials (`VK Jain`, `K. M. Warikoo`, `B Raman`): rosters in Indian
 * cables write people so, and the initials would otherwise read as an unknown body's acronym.
 */
import { lexicon } from './lexicon.ts';
import { isAcronym, isCapitalised, type Token } from './tokens.ts';
import { isCountry, isDemonym, isFirstName, isNotAName, isOrdinaryWord, isOrgHead, isPlaceDesignator, isTitle, key, type GlossaryKnowledge } from './words.ts';

/** A name's bare initials (`VK`, `BKR`, `K.`, `K.M.`, `B`); `A`, `I` and `O` alone are words. */
const INITIALS = /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){1,3}|[B-HJ-NP-Z])$/u;

/** Initials that are no body's or state's acronym, no jargon and no title (`PM Martin`, `CDR James Dickie`). */
function isBareInitials(word: string, glossary: GlossaryKnowledge): boolean {
  if (!INITIALS.test(word)) return false;
  if (word.replace(/\./g, '').length === 1) return true;
  const lex = lexicon();
  return !lex.orgAcronyms.has(word) && !lex.stateAcronyms.has(word) && !glossary.organizations.has(word) && !isNotAName(word, glossary) && !isTitle(word);
}

/** A word that can be a surname after initials: capitalised, no English word, title, body's head, demonym, country or big city. */
function isSurnameWord(token: Token): boolean {
  const word = token.text;
  return isCapitalised(word) && !isAcronym(word) && !isOrdinaryWord(word) && !isTitle(word) && !isOrgHead(word) && !isDemonym(word) &&
    !isPlaceDesignator(word) && !isCountry(word) && !lexicon().bigCities.has(key(word));
}

/**
 * `VK Jain`, `K. M. Warikoo`, `C Raja Mohan`: a person written with bare initials (one or two
 * tokens of them), then one or two words of a name, and nothing else (rosters in Indian cables).
 */
export function isInitialsName(tokens: Token[], glossary: GlossaryKnowledge): boolean {
  let initials = 0;
  while (initials < 2 && initials < tokens.length - 1 && isBareInitials(tokens[initials]!.text, glossary)) initials++;
  const rest = tokens.slice(initials);
  // A first name alone after initials is a degree's or a title's letters (`M. Phil`), no surname.
  if (rest.length === 1 && isFirstName(rest[0]!.text)) return false;
  return initials > 0 && rest.length <= 2 && rest.every((token) => token.gap !== '-' && isSurnameWord(token));
}
