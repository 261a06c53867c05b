/**
 * Names in ordinary (mixed-case) text: each run of capitalised words is cut into names and each
 * name given a kind by the cues a cable gives: a title before it (person), the head of an
 * organisation's name (`… Ministry`, `Ministry of …`), a place designator (`… Province`), the
 * gazetteers, first names, a preposition of place before it. docs/entities.md has the order.
 */
import type { EntityKind } from '../types.ts';
import { isAcronym, PARTICLES, type Token } from './tokens.ts';
import {
  acronymKind, isCountry, isDemonym, isFirstName, isNotAName, isOrdinaryWord, isOrgHead, isOrgStart, isPlace,
  isPlaceDesignator, isTitle, key, DOCUMENT_NAME, LEADER_HEADS, PLACE_PREPOSITIONS, type GlossaryKnowledge,
} from './words.ts';
import { lexicon } from './lexicon.ts';

/** A name found in a paragraph, with where it is. */
export interface Mention {
  text: string;
  kind: EntityKind;
  start: number;
  end: number;
}

/** Words that join the head of an organisation's name to the rest (`Ministry of …`, `Partido de …`). */
const ORG_LINKS = new Set(['of', 'de', 'del', 'for', 'da', 'do']);

/** Connectors after which a new name starts (`President of Guinea`, `Moscow and Beijing`). */
const SPLITTING_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the']);

const span = (tokens: Token[], text: string): string => text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);

/** The names of one capitalised run; `before` is the word before the run (lower case), if any. */
export function namesInRun(run: Token[], text: string, before: string | undefined, glossary: GlossaryKnowledge): Mention[] {
  let tokens = dropSentenceOpeners(run);
  if (tokens.length === 0) return [];
  const whole = span(tokens, text);
  if (isCountry(whole) || (tokens.length > 1 && isPlace(whole))) return [mention(tokens, text, 'place')];
  // A treaty or a plan is kept whole here, so that the caller can drop it with its acronym.
  if (DOCUMENT_NAME.test(whole)) return [mention(tokens, text, 'organization')];
  const organization = organizationSpan(tokens, text);
  if (organization) return organizationMentions(organization, tokens, text, before, glossary);
  // `Senate Foreign Relations Committee Latin American specialist`: the body ends at its head word.
  const head = tokens.findLastIndex((token) => isOrgHead(token.text));
  if (head > 0 && head < tokens.length - 1) {
    return [...namesInRun(tokens.slice(0, head + 1), text, before, glossary), ...namesInRun(tokens.slice(head + 1), text, undefined, glossary)];
  }
  // `President of Guinea Moussa Dadis Camara`, `Moscow and Beijing`: cut at the connectors.
  const parts = splitAt(tokens, (token) => SPLITTING_CONNECTORS.has(token.text));
  if (parts.length > 1) return parts.flatMap((part, i) => namesInRun(part, text, i === 0 ? before : 'of', glossary));
  const hyphenParts = splitHyphenated(tokens);
  if (hyphenParts.length > 1) return hyphenParts.flatMap((part) => namesInRun(part, text, before, glossary));
  // `Law Center Director Natasa Kandic`, `DS Vice President Dusan Petrovic`: a body, a title, a person.
  const lastTitle = tokens.findLastIndex((token, i) => i > 0 && i < tokens.length - 1 && isTitle(token.text) && !isAcronym(token.text) && !isTitle(tokens[i + 1]!.text));
  if (lastTitle > 0) {
    let titleStart = lastTitle;
    while (titleStart > 0 && isTitle(tokens[titleStart - 1]!.text) && !isAcronym(tokens[titleStart - 1]!.text)) titleStart--;
    const body = titleStart > 0 ? namesInRun(tokens.slice(0, titleStart), text, before, glossary) : [];
    return [...body, ...peelLeadingPlace(tokens.slice(lastTitle + 1), text, true, undefined, glossary)];
  }
  let person = false;
  while (tokens.length > 0 && isTitle(tokens[0]!.text) && !isAcronym(tokens[0]!.text)) {
    tokens = tokens.slice(1);
    person = true;
  }
  while (tokens.length > 1 && (isTitle(tokens[tokens.length - 1]!.text) || LEADER_HEADS.has(tokens[tokens.length - 1]!.text.toLowerCase()))) {
    tokens = tokens.slice(0, -1);
  }
  if (tokens.length === 0) return [];
  return peelLeadingPlace(tokens, text, person, before, glossary);
}

/** `The`, `Although`, `Embassy` at a sentence's start: ordinary words, capitalised by position only. */
function dropSentenceOpeners(run: Token[]): Token[] {
  let start = 0;
  while (start < run.length && (PARTICLES.has(run[start]!.text) || run[start]!.text === 'the' || run[start]!.text === 'The')) start++;
  const first = run[start];
  const endsInBody = run.length - start > 1 && isOrgHead(run[run.length - 1]!.text);
  if (first?.sentenceStart && !endsInBody && isOrdinaryWord(first.text) && !isOrgStart(first.text) && !isTitle(first.text)) {
    const next = run[start + 1];
    // `Will` and `Mark` alone are words; `Mark Lippert` is a name.
    if (!(isFirstName(first.text) && next && !isOrdinaryWord(next.text))) start++;
  }
  while (start < run.length && !/^\p{Lu}/u.test(run[start]!.text) && !PARTICLES.has(run[start]!.text)) start++;
  const rest = run.slice(start);
  while (rest.length > 0 && !/^\p{Lu}/u.test(rest[rest.length - 1]!.text)) rest.pop();
  return rest;
}

/** The tokens of an organisation's name in the run: `Ministry of Foreign Affairs`, `Mexican Foreign Ministry`. */
function organizationSpan(tokens: Token[], text: string): { from: number; to: number } | null {
  const last = tokens.length - 1;
  if (tokens.length > 1 && isOrgHead(tokens[last]!.text) && !LEADER_HEADS.has(tokens[last]!.text.toLowerCase())) {
    // `U.S. Embassy`, `Embassy Lima`: the place, not a body (the guide).
    if (/^(?:embassy|consulate|mission)$/i.test(tokens[last]!.text) && isPlace(span(tokens.slice(0, last), text))) return null;
    // `Information Agency and the Interior Ministry`: two bodies.
    const and = tokens.findIndex((token, i) => token.text === 'and' && i > 0 && isOrgHead(tokens[i - 1]!.text));
    let from = and >= 0 ? and + 1 : 0;
    // `Secretary General of the International Maritime Organization`: the body without the title.
    const isConnector = (token: Token): boolean => SPLITTING_CONNECTORS.has(token.text);
    while (from < last && ((isTitle(tokens[from]!.text) && (isTitle(tokens[from + 1]!.text) || isConnector(tokens[from + 1]!))) || isConnector(tokens[from]!))) from++;
    return { from, to: last };
  }
  const startsAt = tokens.findIndex((token, i) => isOrgStart(token.text) && ORG_LINKS.has(tokens[i + 1]?.text ?? ''));
  if (startsAt < 0 || startsAt + 2 > last) return null;
  // `Democratic Party of Serbia`: the words before the head belong to it, titles do not.
  let from = startsAt;
  while (from > 0 && !isTitle(tokens[from - 1]!.text) && !SPLITTING_CONNECTORS.has(tokens[from - 1]!.text)) from--;
  return { from, to: last };
}

function organizationMentions(
  organization: { from: number; to: number },
  tokens: Token[],
  text: string,
  before: string | undefined,
  glossary: GlossaryKnowledge,
): Mention[] {
  const body = tokens.slice(organization.from, organization.to + 1);
  const leading = tokens.slice(0, organization.from);
  const found: Mention[] = leading.length > 0 ? namesInRun(leading, text, before, glossary) : [];
  // `Government of Paraguay` is Paraguay: government-of forms are not bodies (the guide).
  if (/^government$/i.test(body[0]!.text)) return [...found, ...namesInRun(body.slice(2), text, 'of', glossary)];
  found.push(mention(body, text, 'organization'));
  return found;
}

function splitAt(tokens: Token[], isCut: (token: Token) => boolean): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (isCut(token)) parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** `Mexico-Guatemala`, `CDU-Greens`: two names; `al-Qaida`, `Thomas-Greenfield`: one. */
function splitHyphenated(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const cut = previous !== undefined && token.gap === '-' && !PARTICLES.has(previous.text.toLowerCase()) &&
      (isPlace(previous.text) || isAcronym(previous.text) || isPlace(token.text) || isAcronym(token.text));
    if (cut) parts.push([]);
    parts[parts.length - 1]!.push(token);
  });
  return parts;
}

/** `Guinea Moussa Dadis Camara` → Guinea, Moussa Dadis Camara; `Mexico City` stays one place. */
function peelLeadingPlace(tokens: Token[], text: string, person: boolean, before: string | undefined, glossary: GlossaryKnowledge): Mention[] {
  for (let size = Math.min(3, tokens.length - 1); size >= 1; size--) {
    const head = tokens.slice(0, size);
    const rest = tokens.slice(size);
    if (!isCountry(span(head, text)) || isPlaceDesignator(rest[0]!.text) || isOrgHead(rest[rest.length - 1]!.text)) continue;
    return [mention(head, text, 'place'), ...peelLeadingPlace(rest, text, person, 'of', glossary)];
  }
  while (tokens.length > 1 && isDemonym(tokens[0]!.text)) tokens = tokens.slice(1);
  const kind = kindOf(tokens, text, person, before, glossary);
  return kind === null ? [] : [mention(tokens, text, kind)];
}

/** The kind of a cleaned name, or null when it is no name. */
function kindOf(tokens: Token[], text: string, person: boolean, before: string | undefined, glossary: GlossaryKnowledge): EntityKind | null {
  const name = span(tokens, text);
  const first = tokens[0]!.text;
  const last = tokens[tokens.length - 1]!.text;
  if (tokens.length === 1) return singleWordKind(first, person, before, glossary, tokens[0]!.sentenceStart);
  if (tokens.every((token) => isAcronym(token.text))) return null; // `SBU NOFORN`: markings, not names
  if (isPlaceDesignator(last)) return 'place';
  if (person) return 'person';
  if (isPlace(name)) return 'place';
  if (isFirstName(first) || lexicon().lastNames.has(key(last))) return 'person';
  // `Cold War`, `Action Plan`: capitalised ordinary words are a title or an event, not a name.
  if (tokens.every((token) => isOrdinaryWord(token.text) || PARTICLES.has(token.text) || isDemonym(token.text))) return null;
  if (tokens.some((token) => isNotAName(token.text, glossary) || isAcronym(token.text))) return null;
  return 'person';
}

function singleWordKind(word: string, person: boolean, before: string | undefined, glossary: GlossaryKnowledge, sentenceStart: boolean): EntityKind | null {
  if (word === 'U.S' || word === 'U.S.' || word === 'US') return 'place';
  if (isAcronym(word) && word.length <= 7) return acronymKind(word, glossary);
  if (isNotAName(word, glossary) || isDemonym(word) || word.length < 2) return null;
  if (person && !isCountry(word)) return 'person';
  if (isCountry(word) || lexicon().bigCities.has(key(word))) return 'place';
  const lex = lexicon();
  const k = key(word);
  if (lex.lastNames.has(k) || (lex.firstNames.has(k) && !lex.ambiguousFirstNames.has(k))) return 'person';
  if (lex.places.has(k) && !isOrdinaryWord(word)) return 'place';
  if (isOrdinaryWord(word) || (sentenceStart && lex.dictionary.has(k))) return null;
  if (before !== undefined && PLACE_PREPOSITIONS.has(before)) return 'place';
  return 'person';
}

function mention(tokens: Token[], text: string, kind: EntityKind): Mention {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { text: text.slice(start, end), kind, start, end };
}
