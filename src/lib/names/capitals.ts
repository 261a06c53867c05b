/**
 * Names in a paragraph written all in capitals (older telegrams), where case says nothing: the
 * gazetteers (countries, big cities, provinces), titles before a name (`PRESIDENT X`), a first
 * name before a surname, the heads of organisations' names (`MINISTRY OF …`, `… DEFENSE FORCES`),
 * known acronyms, and `US` unless it is the pronoun (`LOOK TO US`).
 */
import { mention, span, type Mention } from './runs.ts';
import type { Token } from './tokens.ts';
import { lexicon } from './lexicon.ts';
import { acronymKind, isCurrency, isDemonym, isFirstName, isNotAName, isOrdinaryWord, isOrgHead, isOrgStart, isTitle, isUsStateAt, key, ORG_CONTEXT, type GlossaryKnowledge } from './words.ts';

/** Words before `US` that make it the pronoun (`TOLD US`, `FOR US`). */
const PRONOUN_BEFORE = new Set([
  'to', 'for', 'with', 'let', 'of', 'give', 'gave', 'tell', 'told', 'ask', 'asked', 'by', 'show', 'showed', 'from',
  'urged', 'urge', 'help', 'helped', 'join', 'joined', 'contact', 'contacted', 'assured', 'assure', 'send', 'sent',
  'thank', 'thanked', 'called', 'call', 'among', 'informed', 'inform', 'invited', 'invite', 'allow', 'allowed',
  'brief', 'briefed', 'visit', 'visited', 'met', 'meet', 'against', 'about', 'between', 'before', 'like', 'upon', 'on',
]);
/** Words after `US` that make it the country even after such a word (`TO US FORCES`). */
const COUNTRY_AFTER = new Set([
  'government', 'embassy', 'officials', 'official', 'forces', 'policy', 'military', 'assistance', 'aid', 'troops',
  'side', 'position', 'delegation', 'ambassador', 'congress', 'administration', 'companies', 'firms', 'interests',
  'relations', 'citizens', 'citizen', 'bases', 'base', 'navy', 'army', 'government\'s', 'and', 'or', 'dollars',
]);
/** Function words that end a name in capitals. */
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'this', 'is', 'was', 'has', 'had', 'have', 'he', 'she', 'it', 'they', 'his', 'her', 'their', 'said', 'who', 'which', 'as']);


/** A word in capitals that can be part of a name: not a function word, not ordinary English (unless a first name). */
function isNameWord(token: Token): boolean {
  const lower = token.text.toLowerCase();
  const word = lexicon().dictionary.has(lower);
  return !STOP.has(lower) && !isTitle(lower) && (!word || (isFirstName(lower) && !isOrdinaryWord(lower))) && /^\p{L}/u.test(lower);
}

/** The names of one paragraph in capitals. */
export function namesInCapitals(tokens: Token[], text: string, glossary: GlossaryKnowledge): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const taken = nameAt(tokens, i, text, glossary);
    if (taken) {
      found.push(taken.mention);
      i = taken.next;
    } else i++;
  }
  return found;
}

function nameAt(tokens: Token[], i: number, text: string, glossary: GlossaryKnowledge): { mention: Mention; next: number } | null {
  const lex = lexicon();
  const token = tokens[i]!;
  const lower = token.text.toLowerCase();
  // `MINISTRY OF FOREIGN AFFAIRS`
  if (isOrgStart(lower) && tokens[i + 1]?.text === 'OF') {
    let end = i + 2;
    while (end < tokens.length && end < i + 6 && !STOP.has(tokens[end]!.text.toLowerCase()) && tokens[end]!.gap === ' ') end++;
    if (end > i + 2) return { mention: mention(tokens.slice(i, end), text, 'organization'), next: end };
  }
  // Places, longest first (`EL SALVADOR`, `LATIN AMERICA`); a one-word town must not be an English word.
  for (let size = 4; size >= 1; size--) {
    const words = tokens.slice(i, i + size);
    if (words.length < size || words.slice(1).some((word) => word.gap !== ' ')) continue;
    const k = key(span(words, text));
    // A small town's one-word name must be no English word and no first name (`BEAR`, `ROSARIO`).
    const town = lex.places.has(k) && (size > 1 || (!lex.dictionary.has(k) && !lex.firstNames.has(k)));
    if (lex.orgNames.has(k)) return { mention: mention(words, text, 'organization'), next: i + size };
    const known = lex.countries.has(k) || lex.bigCities.has(k) || town;
    if (known && !(size === 1 && (lex.stateAcronyms.has(token.text) || token.text.length < 3))) {
      // `PANAMANIAN DEFENSE FORCES` is handled below; `PANAMA CITY` is a place.
      return { mention: mention(words, text, 'place'), next: i + size };
    }
  }
  if (isUsStateAt(text, token.start, token.end)) return { mention: mention([token], text, 'place'), next: i + 1 };
  if (token.text === 'US' || token.text === 'U.S.' || token.text === 'U.S') {
    const before = tokens[i - 1]?.text.toLowerCase();
    const after = tokens[i + 1]?.text.toLowerCase();
    const pronoun = token.text === 'US' && before !== undefined && PRONOUN_BEFORE.has(before) && !(after && COUNTRY_AFTER.has(after));
    return pronoun || isCurrency(text, token.end) ? null : { mention: mention([token], text, 'place'), next: i + 1 };
  }
  // `PRESIDENT NORIEGA`, `GENERAL MANUEL ANTONIO NORIEGA`: a title, then name words.
  if (isTitle(lower) && !STOP.has(lower)) {
    let start = i + 1;
    while (start < tokens.length && isTitle(tokens[start]!.text.toLowerCase())) start++;
    let end = start;
    while (end < tokens.length && end < start + 4 && isNameWord(tokens[end]!) && (end === start || tokens[end]!.gap === ' ')) end++;
    if (end > start) return { mention: mention(tokens.slice(start, end), text, 'person'), next: end };
  }
  // `… DEFENSE FORCES`: up to three words before the head of an organisation's name.
  const head = tokens.slice(i + 1, i + 4).findIndex((word) => isOrgHead(word.text.toLowerCase()));
  if (head >= 0 && (isDemonym(lower) || lex.countries.has(key(lower)))) {
    const end = i + 1 + head + 1;
    if (tokens.slice(i + 1, end).every((word) => !STOP.has(word.text.toLowerCase()) && word.gap === ' ')) {
      return { mention: mention(tokens.slice(i, end), text, 'organization'), next: end };
    }
  }
  // `MANUEL NORIEGA`: a first name and a surname that is no English word.
  if (isFirstName(lower) && !lex.ambiguousFirstNames.has(lower)) {
    let end = i + 1;
    while (end < tokens.length && end < i + 4 && isNameWord(tokens[end]!) && !isOrdinaryWord(tokens[end]!.text.toLowerCase()) && tokens[end]!.gap === ' ') end++;
    if (end > i + 1) return { mention: mention(tokens.slice(i, end), text, 'person'), next: end };
  }
  const known = lex.orgAcronyms.has(token.text) || glossary.organizations.has(token.text) || lex.stateAcronyms.has(token.text);
  // `WHO` in capitals is mostly the pronoun: an acronym that spells a word needs more than capitals.
  if (token.text.length <= 7 && known && !lex.dictionary.has(lower)) {
    const kind = acronymKind(token.text, glossary);
    if (kind) return { mention: mention([token], text, kind), next: i + 1 };
  }
  const next = tokens[i + 1];
  // `BARR LABS`, `ACTAVIS PHARMACEUTICALS`: a word no dictionary holds before a company's last word names the company.
  if (!known && next?.gap === ' ' && lex.companyHeads.has(next.text.toLowerCase()) && /^\p{L}{3,}$/u.test(lower) && !lex.dictionary.has(lower) && !isNotAName(token.text, glossary)) {
    return { mention: mention([token, next], text, 'organization'), next: i + 2 };
  }
  if (!known && isUnknownWord(token, glossary)) {
    // `PLIVA SHAREHOLDERS`, `BARR OFFICIALS`: a company's word beside it.
    const beside = [tokens[i - 1]?.text.toLowerCase(), next?.text.toLowerCase()];
    if (beside.some((word) => word !== undefined && ORG_CONTEXT.has(word))) return { mention: mention([token], text, 'organization'), next: i + 1 };
    // `NORIEGA`: read as a surname, but only guessed: capitals hide the case that would say so, so
    // it counts only where a title, a first name or the header makes it a person (`GENERAL NORIEGA`).
    return { mention: mention([token], text, 'person?'), next: i + 1 };
  }
  return null;
}

/** A long word that is no English word, no known acronym, no jargon and no demonym (`NORIEGA`, `PLIVA`). */
function isUnknownWord(token: Token, glossary: GlossaryKnowledge): boolean {
  const lower = token.text.toLowerCase();
  return lower.length >= 5 && /[aeiouy]/.test(lower) && /^\p{L}+$/u.test(lower) && !lexicon().dictionary.has(lower) && !isNotAName(token.text, glossary) && !isDemonym(lower);
}
