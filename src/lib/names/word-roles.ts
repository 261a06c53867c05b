/**
 * Words that play another part than their list gives them, by the words around them in a run: a
 * title of rank that is a surname (`Mervyn King`), an `Administration` that is an agency (`Drug
 * Enforcement Administration`), not a leader's government (`Bush Administration`).
 */
import { lexicon } from './lexicon.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { isDemonym, isOrdinaryWord, isPlace, isTitle } from './words.ts';

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
 * `Drug Enforcement Administration`, `Transportation Security Administration`: an administration after
 * two or more capitalised English words is an agency; after a name it is a leader's government
 * (`George W. Bush Administration`), after a title's `of` its portfolio (`Minister of Public
 * Administration`): no body.
 */
export function isAgencyAdministration(tokens: Token[]): boolean {
  return tokens.length > 2 && tokens[tokens.length - 1]!.text === 'Administration' && tokens.slice(0, -1).every((token) => isCapitalised(token.text) && isOrdinaryWord(token.text));
}
