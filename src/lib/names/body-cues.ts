/**
 * Cues in a run's surroundings that say where a body's name ends and what a name is: a trade's
 * noun beside a list of names (`firms Sacyr and Impregilo`, `Caribbean Star and Caribbean Sun
 * airlines`), two trades of one company (`Occidental Hotels and Resorts`), a titled person right
 * after a body's name (`Office of National Security General Kellie Conte`).
 */
import { lexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { bodyAfterTitleOf, isPortfolioWord } from './word-roles.ts';
import { isFirstName, isOrdinaryWord, isOrgHead, isOrgStart, isTitle } from './words.ts';

/** Nouns for bodies of one trade: beside a list of names, each name of the list is such a body. */
const TRADE_NOUNS = new Set([
  'company', 'companies', 'firm', 'firms', 'bank', 'banks', 'airline', 'airlines', 'carrier', 'carriers', 'newspaper',
  'newspapers', 'dailies', 'hotel', 'hotels', 'chain', 'chains', 'conglomerate', 'conglomerates', 'party', 'parties', 'group', 'groups',
]);

/** A party's noun: its country or demonym before it stays the owner's (`the Spanish Socialist party`). */
const PARTY = /^part(?:y|ies)$/;

/** The word before a list, when it is a trade's noun that each name of the list takes (`firms Sacyr and Impregilo`). */
export const tradeNounBefore = (before: string | undefined): string | undefined => (before !== undefined && TRADE_NOUNS.has(before) ? before : undefined);

/**
 * A company's noun after the name says it is a company, its place or demonym part of its name
 * (`Caribbean Star airlines`); not a party's, where the words before may be a description
 * (`the tiny Paraguayan Marxist-Leninist party`).
 */
export const isCompanyBefore = (after: string | undefined): boolean => after !== undefined && TRADE_NOUNS.has(after) && !PARTY.test(after);

/** `Occidental Hotels and Resorts`: the `and` at `i` joins two trades of one company, the last word of the run. */
export function joinsTrades(tokens: Token[], i: number): boolean {
  const end = tokens.length - 1;
  return i === end - 1 && lexicon().companyHeads.has(tokens[i - 1]!.text.toLowerCase()) && lexicon().companyHeads.has(tokens[end]!.text.toLowerCase());
}

/**
 * Where a title inside a run starts a person's name after a body's (`Office of National Security
 * General Kellie Conte` → the Office, Kellie Conte): a title word, no portfolio (`Ministry of
 * Foreign Affairs`), after a body's head word, then a first name that is no English word; or -1.
 */
export function titledPersonAfterBody(tokens: Token[]): number {
  if (tokens.length < 4) return -1;
  const head = tokens.findIndex((token) => isOrgHead(token.text));
  if (head < 0) return -1;
  for (let i = head + 1; i < tokens.length - 1; i++) {
    const [title, name] = [tokens[i]!.text, tokens[i + 1]!.text];
    if (isTitle(title) && !isPortfolioWord(title) && !isTitle(name) && isFirstName(name) && !lexicon().dictionary.has(name.toLowerCase())) return i;
  }
  return -1;
}

/**
 * Where a body's name ending in its head word starts after an `of`, and which tokens before it are
 * read for other names: `Deputy Supreme Commander of the UAE Armed Forces` (an office, not read
 * again: word-roles.ts), `Hugueney of Brazil's Foreign Ministry`, `Fernandinho Beira-Mar of the Red
 * Command` (a person's name: no head word and a word no dictionary holds, read). Null when the
 * words before `of` are the body's own (`Office of the Supreme Commander of the Armed Forces`).
 */
export function bodyAfterOf(tokens: Token[], start: number, end: number): { from: number; read: number } | null {
  const from = bodyAfterTitleOf(tokens, start, end);
  if (from > start) return { from, read: start };
  const of = tokens.findIndex((token, i) => i > start && token.text === 'of');
  if (of < 0 || of + 1 >= end) return null;
  const before = tokens.slice(start, of);
  const named = before.every((token) => !isOrgHead(token.text) && !isOrgStart(token.text) && !isTitle(token.text)) &&
    before.some((token) => !lexicon().dictionary.has(token.text.toLowerCase()));
  return named ? { from: tokens[of + 1]!.text === 'the' ? of + 2 : of + 1, read: of } : null;
}

/**
 * `Bank Mellat`, `Bank Negara`, `Bank Indonesia`: `Bank` before one or two names (no English word,
 * no title) opens a bank's name; the name after it is no place or person of its own.
 */
export function isBankName(tokens: Token[]): boolean {
  return tokens.length >= 2 && tokens.length <= 3 && tokens[0]!.text === 'Bank' && tokens.slice(1).every((token) => token.gap === ' ' && !isOrdinaryWord(token.text) && !isTitle(token.text));
}
