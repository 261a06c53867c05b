/**
 * Names in ordinary (mixed-case) text: each run of capitalised words is cut into names and each
 * name given a kind by the cues a cable gives: a title before it (person), the head of an
 * organisation's name (`… Ministry`, `Tribunal for …`), a place designator (`… Province`), the
 * gazetteers, first names, the words around a single name. docs/entities.md has the order.
 */
import type { EntityKind } from '../types.ts';
import { bodyAfterOf, isBankName, isCompanyBefore, joinsTrades, titledPersonAfterBody, tradeNounBefore } from './body-cues.ts';
import { isInitialsName } from './initials.ts';
import {
  isAgencyAdministration, isBodyBeforePerson, isCompanyOpening, guessByShape, isFeatureOfPlace, isFieldOfStudy, isJargonPlace, isOfficeBeforeBody, isPatronymicName, isPortfolioBeforeWords, isPortfolioWord, isSurnameTitle, isSyllableInName, isWordSurname, SPLITTING_CONNECTORS, TIME_WORDS,
} from './word-roles.ts';
import { lexicon } from './lexicon.ts';
import { ARTICLES, isAcronym, isCapitalised, isNameSyllable, PARTICLES, spacedWords, type Token } from './tokens.ts';
import {
  acronymKind, dateInRun, DOCUMENT_NAME, isCountry, isCountryTypo, isCurrency, isDemonym, isFirstName, isGovernmentOf, isNotAName, isOrdinaryWord, isOrgHead, isOrgStart,
  isPlace, isPlaceDesignator, isTitle, isUnlistedCapitals, isUsStateAt, key, LEADER_HEADS, NO_GLOSSARY, ORG_CONTEXT, PLACE_PREPOSITIONS, type GlossaryKnowledge,
} from './words.ts';

/** A name found in a paragraph, with where it is. */
export interface Mention {
  text: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** No cue gave the kind, only the shape of the name (`Forest` alone: a person?). */
  guess?: true;
}

/** A kind, or a kind guessed from the name's shape alone (`person?`): a guess counts less when the cable's mentions vote. */
export type Kind = EntityKind | `${EntityKind}?`;

/** What stands around a run: the word before and after it (lower case), and the glossary's knowledge. */
export interface RunContext {
  before: string | undefined;
  after: string | undefined;
  /** The run follows a title and `of` (`Minister of …`). */
  afterTitle?: boolean;
  glossary: GlossaryKnowledge;
}

/** Words that join the head of an organisation's name to the rest (`Ministry of …`, `Tribunal for …`, `Partido de …`). */
const ORG_LINKS = new Set(['of', 'for', 'on', 'de', 'del', 'da', 'do']);
/** Roles in lower case that name the person after them (`director Rade Bulatovic`, `spokesman Ian Kelly`). */
const ROLE_BEFORE = new Set(['director', 'minister', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'adviser', 'advisor', 'envoy', 'governor', 'mayor', 'commander', 'senator', 'deputy', 'president', 'secretary', 'prosecutor', 'judge', 'general', 'colonel', 'colleague', 'counterpart']);
/** `de`, `da`, `du` inside a name (`Callejon de Hamel`). */
const ROMANCE_OF = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'du', 'des', 'della']);
/** Lower-case words after a name that make it a place (`Ayacucho region`). */
const LOWER_PLACE_DESIGNATORS = new Set(['region', 'province', 'district', 'department', 'state', 'city', 'town', 'village', 'valley', 'river', 'oblast', 'governorate', 'municipality', 'county', 'airport', 'port', 'mine']);
/** A diplomatic post's word: with a place before it, the run names the place. */
const POST_WORD = /^(?:embassy|consulate|mission|post)$/i;
/** A road's code (`BR-163`, `I-95`): a place (the guide's roads). */
const ROAD = /^[A-Z]{1,3}-\d{1,4}$/;

/** A compass word before a place is the place's (`Northern Mali`, `South India`, `Southern Azerbaijan`). */
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|North-?(?:east|west)(?:ern)?|South-?(?:east|west)(?:ern)?)$/;

/** A state's formal name: `Kyrgyz Republic`, `Islamic Republic`, `Democratic Republic of Congo`, `Kingdom of Morocco`. */
const STATE_FORM = /^(?:Republic|Kingdom|Sultanate|Principality|Emirate|Emirates)$/;
/** The same words anywhere in a run's text. */
const STATE_FORM_WORD = /\b(?:Republic|Kingdom|Sultanate|Principality|Emirates?)\b/;
/** Words a state's formal name holds before its form, besides demonyms (`Kyrgyz`, `Czech`). */
const STATE_FORM_WORDS = /^(?:Islamic|Democratic|People['’]s|Federal|Federative|Socialist|Arab|United|Bolivarian|Hashemite|Plurinational|Popular|Central|African|Dominican)$/;

function isStateForm(tokens: Token[], text: string): boolean {
  const form = tokens.findIndex((token) => STATE_FORM.test(token.text));
  if (form < 0 || (form === 0 && tokens.length === 1)) return false;
  const before = tokens.slice(0, form);
  if (!before.every((token) => STATE_FORM_WORDS.test(token.text) || isDemonym(token.text))) return false;
  if (form === tokens.length - 1) return before.length > 0;
  // `… Republic of Congo`: a country after `of`.
  const rest = tokens.slice(form + 1);
  return rest[0]!.text === 'of' && rest.length > 1 && isCountry(span(rest.slice(rest[1]!.text === 'the' ? 2 : 1), text));
}

/** Where a state's formal name stands inside a longer run (`[from, to)`), or null. */
function stateFormIn(tokens: Token[], text: string): [number, number] | null {
  const form = tokens.findIndex((token) => STATE_FORM.test(token.text));
  if (form < 0) return null;
  let from = form;
  while (from > 0 && (STATE_FORM_WORDS.test(tokens[from - 1]!.text) || isDemonym(tokens[from - 1]!.text))) from--;
  let to = form + 1;
  if (tokens[to]?.text === 'of') {
    const country = tokens[to + 1]?.text === 'the' ? to + 2 : to + 1;
    const end = [3, 2, 1].map((size) => country + size).find((end) => end <= tokens.length && isCountry(span(tokens.slice(country, end), text)));
    if (end !== undefined) to = end;
  }
  if ((from === 0 && to === tokens.length) || !isStateForm(tokens.slice(from, to), text)) return null;
  return [from, to];
}

/** The text a run of tokens covers. */
export const span = (tokens: Token[], text: string): string => text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
const last = <T>(items: T[]): T => items[items.length - 1]!;

/** The names of one capitalised run. */
export function namesInRun(run: Token[], text: string, context: RunContext): Mention[] {
  const date = dateInRun(run, text);
  if (date >= 0) {
    const left = date > 0 ? namesInRun(run.slice(0, date), text, { ...context, after: undefined }) : [];
    return date < run.length - 1 ? left.concat(namesInRun(run.slice(date + 1), text, { ...context, before: undefined })) : left;
  }
  const tokens = dropSentenceOpeners(run);
  if (tokens.length === 0 || isCurrency(text, last(tokens).end)) return [];
  const whole = span(tokens, text);
  // `Hizballah`, `the Socialists`: a body no cue gives away, or a party by its family's plural.
  const wholeKey = key(whole);
  if (lexicon().orgNames.has(wholeKey) || lexicon().partyPlurals.has(wholeKey) || isBankName(tokens)) return [mention(tokens, text, 'organization')];
  // One test of the run's text first: few runs hold a state's form word.
  const stateWord = tokens.length > 1 && STATE_FORM_WORD.test(whole);
  const compassPlace = tokens.length > 1 && COMPASS.test(tokens[0]!.text) && tokens[1]!.gap !== '-' && !COMPASS.test(tokens[1]!.text) && !isOrgHead(last(tokens).text) && isPlace(span(tokens.slice(1), text));
  if (isCountry(whole) || (tokens.length > 1 && isPlace(whole)) || (ROAD.test(whole) && !(tokens[0]!.text.length > 1 && isNotAName(tokens[0]!.text, context.glossary))) || compassPlace || isFeatureOfPlace(tokens, text) || (stateWord && isStateForm(tokens, text))) return [mention(tokens, text, 'place')];
  // `Kyrgyz Republic Paul Brummell`, `Ambassador of the Democratic Republic of Korea`: a state's formal name inside a run.
  const state = stateWord ? stateFormIn(tokens, text) : null;
  if (state) {
    const [from, to] = state;
    const left = from > 0 ? namesInRun(tokens.slice(0, from), text, { ...context, after: undefined }) : [];
    const right = to < tokens.length ? namesInRun(tokens.slice(to), text, { ...context, before: undefined }) : [];
    return left.concat([mention(tokens.slice(from, to), text, 'place')], right);
  }
  if (isFieldOfStudy(tokens, text)) return [];
  // A treaty or a plan is kept whole here, so that the caller can drop it with its acronym.
  if (DOCUMENT_NAME.test(whole)) return [mention(tokens, text, 'organization')];
  // One word: nothing to cut (each step below cuts between two words).
  if (tokens.length === 1) return personOrRest(tokens, text, context);
  // `U.S. Embassy`, `British Consulate`: the place, not a body (the guide: `Embassy Lima` → Lima).
  if (tokens.length > 1 && POST_WORD.test(last(tokens).text) && isPlace(span(tokens.slice(0, -1), text))) return [mention(tokens.slice(0, -1), text, 'place')];
  // `Ministry of Health and the Casa Civil`: `and the` starts another name, also inside an of-phrase.
  let andThe = -1;
  for (let i = 1; i < tokens.length - 1 && andThe < 0; i++) if (tokens[i]!.text === 'and' && tokens[i + 1]!.text === 'the') andThe = i;
  if (andThe > 0 && andThe < tokens.length - 2) {
    return namesInRun(tokens.slice(0, andThe), text, { ...context, after: undefined }).concat(namesInRun(tokens.slice(andThe + 2), text, { ...context, before: 'the' }));
  }
  // `Office of National Security General Kellie Conte`: a body, then a title and a person's first name.
  const titled = titledPersonAfterBody(tokens);
  if (titled > 0) return namesInRun(tokens.slice(0, titled), text, { ...context, after: undefined }).concat(namesInRun(tokens.slice(titled), text, { ...context, before: undefined }));
  const organization = organizationSpan(tokens);
  if (organization) return organizationMentions(organization, tokens, text, context);
  // `Senate Foreign Relations Committee Latin American specialist`: the body ends at its head word.
  const head = tokens.findLastIndex((token) => isOrgHead(token.text));
  if (head > 0 && head < tokens.length - 1) {
    return namesInRun(tokens.slice(0, head + 1), text, { ...context, after: undefined }).concat(namesInRun(tokens.slice(head + 1), text, { ...context, before: undefined }));
  }
  // `President of Guinea Moussa Dadis Camara`, `Moscow and Beijing`: cut at the connectors.
  const parts = splitAt(tokens, (token) => SPLITTING_CONNECTORS.has(token.text));
  if (parts.length > 1) {
    // Each part's word before is the connector before it (`the Taliban and the Generalitat`), or the list's trade noun (`firms Sacyr and Impregilo`).
    const listNoun = tradeNounBefore(context.before);
    const wordBefore = (part: Token[]): string | undefined => (part === parts[0] ? undefined : listNoun) ?? tokens[tokens.indexOf(part[0]!) - 1]?.text ?? context.before;
    // `Director General of Customs Domingos Tivane`, `Special Envoy for Climate Change Jonathan Pershing` (not `for Middle East`): the portfolio
    // after a title and `of`/`for` is the title's, and a second one after `and` (`Minister of Transportation and Aviation Ibrahim Sesay`).
    const portfolioAfter = (part: Token[]): boolean => wordBefore(part) === 'of' || (wordBefore(part) === 'for' && !isPlace(span(part.slice(0, 2), text)) && !isPlace(part[0]!.text));
    const titleOf = (part: Token[]): boolean => portfolioAfter(part) && isTitle(tokens[tokens.indexOf(part[0]!) - 2]?.text ?? '');
    const afterTitle = (part: Token[]): boolean => titleOf(part) || (wordBefore(part) === 'and' && parts.indexOf(part) > 0 && titleOf(parts[parts.indexOf(part) - 1]!));
    // `Duke of York`, `King of Spain`: the seat of a title of rank is the title's, no place of the text.
    const seat = (part: Token[]): boolean => wordBefore(part) === 'of' && lexicon().nobleTitles.has(tokens[tokens.indexOf(part[0]!) - 2]?.text.toLowerCase() ?? '') && isPlace(span(part, text));
    return parts.flatMap((part) => (seat(part) ? [] : namesInRun(part, text, { ...context, before: wordBefore(part), afterTitle: afterTitle(part) })));
  }
  const hyphenParts = splitHyphenated(tokens);
  if (hyphenParts.length > 1) return hyphenParts.flatMap((part) => namesInRun(part, text, context));
  return personOrRest(tokens, text, context);
}

/** Titles cut off: `Law Center Director Natasa Kandic` → Law Center, Natasa Kandic (a person by the title). */
function personOrRest(tokens: Token[], text: string, context: RunContext): Mention[] {
  const lastTitle = tokens.findLastIndex((token, i) => i > 0 && i < tokens.length - 1 && isTitle(token.text) && (!isTitle(tokens[i + 1]!.text) || isPatronymicName(tokens, i + 1)) && !isInitialsName(tokens.slice(i), context.glossary) && !isPortfolioBeforeWords(tokens, i) && !isPatronymicName(tokens, i));
  if (lastTitle > 0) {
    let titleStart = lastTitle;
    while (titleStart > 0 && isTitle(tokens[titleStart - 1]!.text)) titleStart--;
    const body = titleStart > 0 ? namesInRun(tokens.slice(0, titleStart), text, { ...context, after: undefined }) : [];
    return body.concat(peelLeadingPlace(tokens.slice(lastTitle + 1), text, true, { ...context, before: undefined }));
  }
  // `(BIA) director Rade Bulatovic`: a role written in lower case right before the name.
  // (Ordinary words stay none: `commander Staff Sgt. …`.)
  let person = context.before !== undefined && tokens[0]!.gap === ' ' && ROLE_BEFORE.has(context.before) && tokens.some((token) => !isOrdinaryWord(token.text) && !isTitle(token.text));
  let rest = tokens;
  // `Minister of National Reconciliation Sebastien Dano Djedje`: every word of the portfolio, up to the name.
  while (context.afterTitle && rest.length > 1 && isOrdinaryWord(rest[0]!.text) && rest.slice(1).some((token) => !isOrdinaryWord(token.text))) {
    rest = rest.slice(1);
    person = true;
  }
  while (rest.length > 0 && isTitle(rest[0]!.text) && !isInitialsName(rest, context.glossary) && !isPatronymicName(rest, 0)) {
    // `President Bush` names a person; `Foreign Policy`, `Presidential Palace` do not: a portfolio
    // or an adjective before ordinary words is no title.
    if (!isPortfolioWord(rest[0]!.text) || rest.slice(1).some((token) => !isOrdinaryWord(token.text))) person = true;
    rest = rest.slice(1);
  }
  // `AMEmbassy Asuncion`: a word that is never a name is no part of one.
  while (!person && rest.length > 1 && isNotAName(rest[0]!.text, context.glossary) && !isAcronym(rest[0]!.text) && !isInitialsName(rest, context.glossary)) rest = rest.slice(1);
  while (rest.length > 1 && ((isTitle(last(rest).text) && !isSurnameTitle(rest)) || LEADER_HEADS.has(last(rest).text.toLowerCase()))) rest = rest.slice(0, -1);
  return rest.length === 0 ? [] : peelLeadingPlace(rest, text, person, context);
}

/** `The`, `Although`, `Embassy` at a sentence's start: ordinary words, capitalised by position only. */
function dropSentenceOpeners(run: Token[]): Token[] {
  if (run.length > 1 && isPlace(spacedWords(run))) return run; // `The Hague`; `Most` opening a sentence is a word
  let start = 0;
  // A particle hyphenated to the name is part of it (`al-Qaida`), and an article opening it (`al Qaeda`); one standing alone is not (`de`).
  while (start < run.length && ((PARTICLES.has(run[start]!.text) && run[start + 1]?.gap !== '-' && !(start === 0 && ARTICLES.has(run[0]!.text) && isCapitalised(run[1]?.text ?? ''))) || run[start]!.text === 'the' || run[start]!.text === 'The')) start++;
  const first = run[start];
  const endsInBody = run.length - start > 1 && isOrgHead(last(run).text) && run[start + 1]!.text !== 'the'; // `At the Consulate`: `At` opens the sentence
  // Any English word (`See`, `Any`, though the first-name lists hold them too) opening a sentence is capitalised by position.
  // A word hyphenated to the next is part of a name (`Calmy-Rey`, though `calmy` is in the dictionary).
  const hyphenated = run[start + 1]?.gap === '-';
  // A country is no word opening a sentence (`Canada has allocated`, though `canada` is in the dictionary).
  if (first?.sentenceStart && !endsInBody && !hyphenated && lexicon().dictionary.has(first.text.toLowerCase()) && !isOrgStart(first.text) && !isTitle(first.text) && !isCountry(first.text) && !isInitialsName(run.slice(start), NO_GLOSSARY)) {
    const next = run[start + 1];
    // `Will` and `Mark` alone are words; `Mark Lippert` is a name.
    if (!(isFirstName(first.text) && next && !isOrdinaryWord(next.text))) start++;
  }
  while (start < run.length && !isCapitalised(run[start]!.text) && !PARTICLES.has(run[start]!.text)) start++;
  const rest = run.slice(start);
  while (rest.length > 0 && !isCapitalised(last(rest).text) && !/^\d/.test(last(rest).text) && !isNameSyllable(last(rest), rest.slice(0, -1))) rest.pop();
  return rest;
}

/** A body's tokens in a run, `from` to `to`; the tokens before `read` (all before `from` if unset) are read for other names. */
interface OrganizationSpan { from: number; to: number; read?: number }

/**
 * The tokens of an organisation's name in the run: `Mexican Foreign Ministry` (a head word last),
 * `Ministry of Foreign Affairs`, `International Criminal Tribunal for the Former Yugoslavia` (a
 * head word, then `of`/`for`/`on` and more names).
 */
function organizationSpan(tokens: Token[]): OrganizationSpan | null {
  const end = tokens.length - 1;
  const isConnector = (token: Token): boolean => SPLITTING_CONNECTORS.has(token.text);
  if (tokens.length > 1 && ((isOrgHead(tokens[end]!.text) && !LEADER_HEADS.has(tokens[end]!.text.toLowerCase())) || isAgencyAdministration(tokens))) {
    // `U.S. Embassy`, `Embassy Lima`: the place, not a body (the guide).
    // `Information Agency and the Interior Ministry`, `IMF and World Bank`: two names, unless the
    // `and` is inside an `of` phrase (`Ministry of Trade and Industry`).
    // `Truth and Reconciliation Commission` is one: the words before `and` must make a name alone;
    // so is `Occidental Hotels and Resorts`: two trades of one company.
    const and = tokens.findIndex((token, i) => token.text === 'and' && i > 0 && !joinsTrades(tokens, i) && !tokens.slice(0, i).some((t) => ORG_LINKS.has(t.text)) &&
      (isOrgHead(tokens[i - 1]!.text) || tokens.slice(0, i).some((t) => !isOrdinaryWord(t.text))));
    const start = and >= 0 ? and + 1 : 0;
    // An office or a person's name before `of` (body-cues.ts); `Secretary General of the International Maritime Organization`: no title.
    const afterOf = bodyAfterOf(tokens, start, end);
    if (afterOf) return { ...afterOf, to: end };
    let from = start;
    while (from < end && (isTitleBeforeBody(tokens, from) || isConnector(tokens[from]!) || isOfficeBeforeBody(tokens, from))) from++;
    return { from, to: end };
  }
  const headAt = tokens.findIndex((token, i) => (isOrgStart(token.text) || isOrgHead(token.text)) && ORG_LINKS.has(tokens[i + 1]?.text ?? ''));
  if (headAt < 0 || headAt + 2 > end) return null;
  // `Democratic Party of Serbia`: the words before the head belong to it, titles do not.
  let from = headAt;
  // `National Patriotic Front of Liberia`: `National` stands in titles too, but here it is the body's.
  while (from > 0 && !(isTitle(tokens[from - 1]!.text) && !isPortfolioWord(tokens[from - 1]!.text)) && !isConnector(tokens[from - 1]!) && !isGovernmentOf(tokens[from - 1]!.text)) from--;
  return { from, to: end };
}

/**
 * A title's word before a body's name, cut off (`Secretary General of the …`). A portfolio word
 * before another that goes on into the name is the body's (`Security Information Agency`);
 * `Deputy Chief of the Djiboutian Armed Forces` stays a title before `of`.
 */
function isTitleBeforeBody(tokens: Token[], at: number): boolean {
  const [token, next, after] = [tokens[at]!, tokens[at + 1]!, tokens[at + 2]];
  // `Attorney General's Office`: the titles whose possessive names the body are the body's.
  const owner = tokens.findIndex((t, i) => i > at && /^['’]s\s/.test(t.gap));
  if (owner > at && tokens.slice(at, owner).every((t) => isTitle(t.text))) return false;
  const bodyWords = isPortfolioWord(token.text) && !TIME_WORDS.has(token.text.toLowerCase()) && isPortfolioWord(next.text) && after !== undefined && !SPLITTING_CONNECTORS.has(after.text);
  return isTitle(token.text) && ((isTitle(next.text) && !bodyWords) || SPLITTING_CONNECTORS.has(next.text));
}

function organizationMentions(organization: OrganizationSpan, tokens: Token[], text: string, context: RunContext): Mention[] {
  const body = tokens.slice(organization.from, organization.to + 1);
  const leading = tokens.slice(0, organization.read ?? organization.from);
  const found: Mention[] = leading.length > 0 ? namesInRun(leading, text, { ...context, after: undefined }) : [];
  // `Government of Paraguay` is Paraguay: government-of forms are not bodies (the guide).
  if (/^(?:government|embassy|consulate)$/i.test(body[0]!.text) && body[1]?.text === 'of') return found.concat(namesInRun(body.slice(2), text, { ...context, before: 'of' }));
  found.push(mention(body, text, 'organization'));
  return found;
}

function splitAt(tokens: Token[], isCut: (token: Token) => boolean): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (isCut(token)) parts.push([]);
    else last(parts).push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** `Mexico-Guatemala`, `CDU-Greens`: two names; `al-Qaida`, `Thomas-Greenfield`, `BR-163`: one. */
function splitHyphenated(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    // Two places (`Mexico-Guatemala`) or an acronym and a name (`CDU-Greens`); `Calmy-Rey` stays one
    // though `Rey` is a town, and so do acronyms with acronyms or a letter (`CJTF-HOA`, `MLN-T`).
    const acronyms = [previous?.text ?? '', token.text].filter((word) => isAcronym(word) || /^\p{Lu}$/u.test(word)).length;
    const cut = previous !== undefined && token.gap === '-' && !PARTICLES.has(previous.text.toLowerCase()) &&
      (acronyms === 1 || (isPlace(previous.text) && isPlace(token.text)));
    if (cut) parts.push([]);
    last(parts).push(token);
  });
  return parts;
}

/** `Guinea Moussa Dadis Camara` → Guinea, Moussa Dadis Camara; `Mexico City` stays one place. */
function peelLeadingPlace(tokens: Token[], text: string, person: boolean, context: RunContext): Mention[] {
  for (let size = Math.min(3, tokens.length - 1); size >= 1; size--) {
    const head = tokens.slice(0, size);
    const rest = tokens.slice(size);
    // `Caribbean Star airlines`: a trade's noun after the name keeps the place in the company's name.
    if (!isCountry(span(head, text)) || isPlaceDesignator(rest[0]!.text) || isOrgHead(last(rest).text) || isCompanyBefore(context.after)) continue;
    return [mention(head, text, 'place'), ...peelLeadingPlace(rest, text, person, { ...context, before: 'of' })];
  }
  // `ICTY Belgrade`, `IAEA-U.S.`: a body's acronym, then a place (`EU-BAM` is one body's letters, no town `Bam`); after a title, a known body's, then the person (`D/D CIA Kappes`).
  if (tokens.length > 1 && isAcronym(tokens[0]!.text) && !(tokens[1]!.gap === '-' && isAcronym(tokens[1]!.text) && !isCountry(tokens[1]!.text)) && ((person && isBodyBeforePerson(tokens)) || isPlace(span(tokens.slice(1), text))) && !isInitialsName(tokens, context.glossary)) {
    const acronym = singleWordKind(tokens[0]!, text, false, { ...context, after: undefined });
    return [...(acronym ? [mention(tokens.slice(0, 1), text, acronym)] : []), mention(tokens.slice(1), text, person && isBodyBeforePerson(tokens) ? 'person' : 'place')];
  }
  let rest = tokens;
  // A demonym is kept inside a company's name (the guide).
  while (!isCompanyBefore(context.after) && rest.length > 1 && isDemonym(rest[0]!.text)) rest = rest.slice(1);
  const kind = kindOf(rest, text, person, context);
  return kind === null ? [] : [mention(rest, text, kind)];
}

/** The kind of a cleaned name, or null when it is no name. */
function kindOf(tokens: Token[], text: string, person: boolean, context: RunContext): Kind | null {
  const first = tokens[0]!.text;
  const final = last(tokens).text;
  if (lexicon().orgNames.has(key(span(tokens, text)))) return 'organization';
  if (tokens.length === 1 && isUsStateAt(text, tokens[0]!.start, tokens[0]!.end)) return 'place';
  if (tokens.length === 1) return singleWordKind(tokens[0]!, text, person, context);
  if (isInitialsName(tokens, context.glossary)) return 'person';
  const hyphenated = tokens.slice(1).every((token) => token.gap === '-');
  // `CJTF-HOA`, `MLN-T`: one body's acronym; `SBU NOFORN`: markings, not names.
  if (tokens.every((token) => isAcronym(token.text) || /^\p{Lu}$/u.test(token.text))) return hyphenated ? acronymKind(first, context.glossary) : null;
  // `North Koreans`, `Bosnian Serbs`: peoples; `Pedro Roman` is a first name and a surname that looks like a demonym.
  if (isDemonym(final) && !(isFirstName(first) && !isOrdinaryWord(first) && !isDemonym(first) && !isOrdinaryWord(final) && !/s$/.test(final))) return null;
  if (isPlaceDesignator(final) || lexicon().placeStarts.has(first.toLowerCase())) return 'place';
  // `Frente Amplio`, `Comando Vermelho`: a Spanish or Portuguese body's first word, no English word.
  if ((isOrgStart(first) && !lexicon().dictionary.has(first.toLowerCase())) || isCompanyOpening(tokens)) return 'organization';
  if (person) return 'person';
  if (isPlace(span(tokens, text))) return 'place';
  if (isFirstName(first) || isWordSurname(tokens)) return 'person';
  if (isCompanyBefore(context.after)) return 'organization';
  // `Cold War`, `Action Plan`: capitalised ordinary words are a title or an event, not a name.
  if (tokens.every((token) => isOrdinaryWord(token.text) || PARTICLES.has(token.text) || isDemonym(token.text))) return null;
  if (tokens.some((token) => isNotAName(token.text, context.glossary) || isAcronym(token.text))) return null;
  // `Calmy-Rey`, `Vike-Freiberga`: one hyphenated word is a surname, whatever its halves mean alone.
  if (hyphenated) return 'person?';
  // `Callejon de Hamel`, `Puertos de Estado`: a Romance `de` inside, no first name before it and no
  // title: a place or a body as often as a surname (`Fernandez de Kirchner`), so no guess.
  if (tokens.some((token, i) => i > 0 && ROMANCE_OF.has(token.text))) return null;
  // `Beira Grain Terminal`: ordinary words in a name without a first name, a noun last, make a body's; `Gu Jiafeng` (`gu` a word too): nothing.
  if (tokens.some((token, i) => isOrdinaryWord(token.text) && !PARTICLES.has(token.text) && !isSyllableInName(tokens, i))) return isOrdinaryWord(final) ? 'organization?' : null;
  return guessByShape(tokens);
}

/** Legislatures a cable names by their one capitalised word. */
const BODY_SHORT_FORMS = new Set(['congress', 'senate', 'parliament', 'legislature']);

/** `SOUTHCOM`, `(PREVFOGO/IBAMA)`: eight capitals or more are a listed or bracketed acronym, no heading's word (`SEARGEANT`, `(see RUSSIAN INFLUENCE)`). */
function isLongAcronym(token: Token, text: string, glossary: GlossaryKnowledge): boolean {
  if (lexicon().orgAcronyms.has(token.text) || glossary.organizations.has(token.text)) return true;
  return (text[token.start - 1] === '(' || /^[)/]/.test(text[token.end] ?? '')) && !isOrdinaryWord(token.text) && !isPlace(token.text);
}

/** One word: known names first, then the words around it (`the Taliban`, `Gazprom's shareholders`, `in Chiapas`). */
function singleWordKind(token: Token, text: string, person: boolean, context: RunContext): Kind | null {
  const word = token.text;
  if (word === 'U.S' || word === 'U.S.' || word === 'US') return 'place';
  if ((isAcronym(word) && (word.length <= 7 || isLongAcronym(token, text, context.glossary))) || context.glossary.organizations.has(word)) return isUnlistedCapitals(token, text, context.glossary) ? null : acronymKind(word, context.glossary); // `MoD`: the glossary's form, though a word
  if ((isNotAName(word, context.glossary) && !isJargonPlace(token, text)) || isDemonym(word) || word.length < 2) return null; // `in Para`: the state
  if (person && !isCountry(word)) return 'person';
  if (isCountry(word) || lexicon().bigCities.has(key(word))) return 'place';
  const lex = lexicon();
  const k = key(word);
  if (lex.midCities.has(k) || lex.regions.has(k)) return 'place'; // `Geneva`, `Alberta`: also first names
  if (lex.firstNames.has(k) && !lex.ambiguousFirstNames.has(k)) return lex.dictionary.has(k) ? 'person?' : 'person'; // `Forest`, `Port`, `Flora`: a word too, so only a guess
  if (lex.places.has(k) && !isOrdinaryWord(word)) return 'place';
  // `the Senate`, `Congress`: a legislature named by its one word mid-sentence is that body.
  if (!token.sentenceStart && BODY_SHORT_FORMS.has(k)) return 'organization';
  if (isOrdinaryWord(word) || (token.sentenceStart && lex.dictionary.has(k))) return null;
  if (isCountryTypo(word)) return 'place';
  if (context.before !== undefined && PLACE_PREPOSITIONS.has(context.before)) return 'place';
  // `the Yamal region`, `Ayacucho province`: a lower-case designator after the name (the guide).
  if (context.after !== undefined && LOWER_PLACE_DESIGNATORS.has(context.after)) return 'place';
  // A person's name seldom follows `the`; a body's often does (`the Taliban`, `the Generalitat`),
  // unless `the` is a noun's that the name qualifies (`the Bruguiere report`, `the Habyarimana plane`).
  if (context.before === 'the' && !(context.after && (LEADER_HEADS.has(context.after) || lex.qualifiedNouns.has(context.after)))) return 'organization';
  if ((context.before && ORG_CONTEXT.has(context.before)) || (context.after && ORG_CONTEXT.has(context.after))) return 'organization';
  return guessByShape([token]);
}

/** A name of this kind over these tokens. */
export function mention(tokens: Token[], text: string, kind: Kind): Mention {
  const start = tokens[0]!.start;
  const end = last(tokens).end;
  const found: Mention = { text: text.slice(start, end), kind: kind.replace('?', '') as EntityKind, start, end };
  if (kind.endsWith('?')) found.guess = true;
  return found;
}
