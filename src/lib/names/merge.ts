/**
 * One cable's names as entities: the names found (in the text and the header) merged by variant,
 * then every mention of every variant located in the paragraphs, longest first, never overlapping.
 */
import type { EntityKind, EntityUse, Occurrence, Paragraph } from '../types.ts';
import { isPlausibleName, keyOf, listedName, LOWER, wordInitials } from './display.ts';
import { lexicon } from './lexicon.ts';
import { hasSurnameEnding } from './surname-endings.ts';
import { isGuessedBody } from './guessed-bodies.ts';
import { variantFinders } from './variants.ts';
import { isSurnameWord } from './word-roles.ts';
import { isCountry, isCurrency, isOrdinaryWord, isOwnerWord, isPlace, isSmallTown } from './words.ts';

/** One name the text or the header proposes, before names of the same entity are merged. */
export interface Candidate {
  /** Display form: spacing normalised, titles and possessive removed, all-caps names title-cased. */
  name: string;
  kind: EntityKind;
  source: string;
  /** The forms as written in the text (for the occurrence search), e.g. `GUEBUZA` in an all-caps paragraph. */
  written: string[];
  /** The kind is a guess from the name's shape, not a cue (runs.ts `Kind`). */
  guess?: boolean;
  /** The title word right before it, lower case (`vfm` in `VFM Kim`). */
  title?: string;
  /** A verb of speech follows it (`Zaragoza said`). */
  speaks?: boolean;
}

/** How much one candidate's kind counts: the header's say most, a cue in the text more than a guess. */
const VOTE = { header: 100, cue: 3, guess: 1 };

/** An entity while the cable is read: all candidates of one merged name. */
interface Draft {
  name: string;
  /** The key of every name it holds (`keyOf`), which is also its slug. */
  key: string;
  kinds: Map<EntityKind, number>;
  sources: Set<string>;
  /** Names and written forms to look for in the paragraphs. */
  variants: Set<string>;
  /** Some candidate's kind came from a cue or the header, not only from the name's shape. */
  cued: boolean;
  /** `name` has a lower-case letter after its first: written in mixed case (asked for every candidate, so kept). */
  mixedCase: boolean;
  /** The title words written right before it. */
  titles: Set<string>;
  /** Some mention is followed by a verb of speech. */
  speaks: boolean;
}

/** Whether a name has a lower-case letter after its first letter: written in mixed case, not title-cased from capitals. */
const isMixedCase = (name: string): boolean => LOWER.test(name.replace(/^\p{Lu}/u, ''));

/** Candidates merged into entities and located in the paragraphs (those in capitals in any case). */
export function entitiesOf(candidates: Candidate[], paragraphs: Paragraph[], inCapitals: ReadonlySet<Paragraph>, unnamed: readonly Occurrence[] = []): EntityUse[] {
  return locate(addAliases(mergeCandidates(withoutJoinedPairs(candidates)), paragraphs), paragraphs, inCapitals, unnamed);
}

/**
 * `the Merkel-Sarkozy meetings`: a guessed hyphenated name whose halves the cable names alone
 * (`Chancellor Merkel`, `Sarkozy`) is those two names, each located where it stands.
 */
function withoutJoinedPairs(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((candidate) => candidate.guess && candidate.name.includes('-'))) return candidates;
  const names = new Set(candidates.map((candidate) => keyOf(candidate.name)));
  const joined = (name: string): boolean => name.split('-').every((part) => part.length > 2 && names.has(keyOf(part)));
  return candidates.filter((candidate) => !(candidate.guess && candidate.name.includes('-') && joined(candidate.name)));
}

/**
 * A one-word name that nothing in the cable identifies (no title, no `the`, no designator, no
 * list): the finder only guesses it is a person, and half such guesses are wrong (`Forest`,
 * `Cessna`, `Tupamaro`), so it is marked only when the site identifies it elsewhere (site.ts);
 * one that speaks (`Mashaie said`), or ends as family names do (`Dudayev`), is someone. So is a guessed body's name of words (guessed-bodies.ts).
 */
function unidentified(draft: Draft): boolean {
  return !draft.cued && (isGuessedBody(draft.name, kindOf(draft)) || (!draft.speaks && !draft.name.includes(' ') && kindOf(draft) === 'person' && !hasSurnameEnding(draft.name)));
}

/** Groups candidates by name, then joins surnames to the fuller name they shorten. */
function mergeCandidates(candidates: Candidate[]): Draft[] {
  const byKey = new Map<string, Draft>();
  // Indexed: a for-of over an array allocates a result per step in a facts job's code (docs/entities.md, "Speed").
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    const key = keyOf(candidate.name);
    if (key === '') continue; // nothing a URL can carry
    let draft = byKey.get(key);
    if (!draft) {
      draft = { name: candidate.name, key, kinds: new Map(), sources: new Set(), variants: new Set(), cued: false, mixedCase: isMixedCase(candidate.name), titles: new Set(), speaks: false };
      byKey.set(key, draft);
    }
    // A form written in mixed case beats one title-cased from capitals.
    if (!draft.mixedCase && candidate.source === 'text') {
      draft.name = candidate.name;
      draft.mixedCase = isMixedCase(candidate.name);
    }
    const vote = candidate.source !== 'text' ? VOTE.header : candidate.guess ? VOTE.guess : VOTE.cue;
    draft.cued ||= vote !== VOTE.guess;
    draft.kinds.set(candidate.kind, (draft.kinds.get(candidate.kind) ?? 0) + vote);
    draft.sources.add(candidate.source);
    if (candidate.title !== undefined) draft.titles.add(candidate.title);
    draft.speaks ||= candidate.speaks === true;
    draft.variants.add(candidate.name);
    for (let j = 0; j < candidate.written.length; j++) draft.variants.add(candidate.written[j]!);
  }

  const drafts = [...byKey.values()];
  const persons = drafts.filter((draft) => kindOf(draft) === 'person' && draft.name.includes(' '));
  // Longest first, so that `Van Meurs` has joined `Pedro Van Meurs` before `Meurs` looks for its fuller name.
  const words = new Map(drafts.map((draft) => [draft, draft.name.split(' ').length]));
  const byLength = [...drafts].sort((a, b) => words.get(b)! - words.get(a)!);
  // The last words of the fuller persons' keys: only a place named so can be one of them.
  const surnames = new Set(persons.map((person) => person.key.slice(person.key.lastIndexOf('-') + 1)));
  for (const draft of byLength) {
    // Only a person's surname or first name joins a fuller name (`Serbia` never joins `Radio-Television Serbia`),
    // or a town's name that is a person's surname in this cable (`SADRI` after `JAFFARQOLI SADRI`, `Castro`
    // after `Fidel Castro`), or a city's name without the `The` it is written with (`Hague` after `William
    // Hague`), or any place's name that speaks (`Chief Prosecutor Javier Zaragoza`, then `Zaragoza said`):
    // a country or a big city otherwise stays the place.
    const draftKind = kindOf(draft);
    const surname = surnames.has(draft.key) && (isSmallTown(draft.name) || lexicon().places.has(`the ${draft.key}`) || (draft.speaks && !isCountry(draft.name)));
    if (draftKind !== 'person' && !(draftKind === 'place' && surname)) continue;
    // `Correia` (or `Chapman` tagged as a place) joins the one person whose name ends with it; a
    // person's first name(s) alone (`Rene`, `Jose Luis`) the one person whose name starts with them;
    // an East Asian family name only where the cable's titles do not tell two people apart (`VFM Kim`
    // is not `DPRK leader Kim Jong-Il`, `General Ma` not `President Ma Ying-Jeou`).
    const [last, first] = [`-${draft.key}`, `${draft.key}-`];
    const ends = draftKind === 'person' ? firstAndLast(draft.key) : null;
    const fuller = persons.filter(
      (person) => person !== draft && byKey.get(person.key) === person && (person.key.endsWith(last) || (person.key.startsWith(first) && sameTitle(draft, person)) || (ends !== null && withoutMiddleName(ends, person.key))),
    );
    // `Castro` after `Fidel Castro` and `Raul Castro`: the surname of two people the cable names, no
    // town, though which of them it is stays open.
    if (fuller.length > 1 && draftKind === 'place' && fuller.every((person) => person.cued)) draft.kinds = new Map([['person', VOTE.cue]]);
    // `Stang` after `David Stang` and `Dorothy Stang`, `Elahi` after `Chaudhry Pervaiz Elahi` and his son `Moonis Elahi`:
    // a guessed surname of two people the cable names, one of them with a cue, is a person too.
    if (fuller.length > 1 && draftKind === 'person' && fuller.every((person) => person.key.endsWith(last)) && fuller.some((person) => person.cued)) draft.cued = true;
    if (fuller.length !== 1) continue;
    const target = fuller[0]!;
    // A town joins only a person some cue identifies (`LTG JAFFARQOLI SADRI`), not a guessed one.
    if (draftKind === 'place' && !target.cued) continue;
    for (const [kind, count] of draft.kinds) if (kind === 'person') target.kinds.set(kind, (target.kinds.get(kind) ?? 0) + count);
    for (const source of draft.sources) target.sources.add(source);
    for (const variant of draft.variants) target.variants.add(variant);
    target.cued ||= draft.cued;
    byKey.delete(draft.key);
  }
  // Every multi-word person is also found by the surname alone, when no other entity has that surname.
  const merged = [...byKey.values()];
  for (const person of merged.filter((draft) => kindOf(draft) === 'person' && draft.name.includes(' '))) {
    const surname = person.name.split(' ').pop()!;
    // A title of rank is a surname only where the cable named the person with it (`Mervyn King`, then `King said`).
    // So is a word the lists call no name that is also a first name (`Segolene Royal`, then `Royal said`).
    if (surname.length < 3 || !(isPlausibleName(surname) || lexicon().nobleTitles.has(surname.toLowerCase()) || isSurnameWord(surname)) || byKey.has(keyOf(surname))) continue;
    const last = `-${keyOf(surname)}`;
    const shared = merged.filter((other) => other !== person && other.key.endsWith(last));
    if (shared.length === 0) person.variants.add(surname);
  }
  return merged;
}


/** A two-word key's first and last words with their hyphens (`dorothy-`, `-stang`), or null. */
function firstAndLast(key: string): [string, string] | null {
  const hyphen = key.indexOf('-');
  return hyphen > 0 && key.indexOf('-', hyphen + 1) < 0 ? [key.slice(0, hyphen + 1), key.slice(hyphen)] : null;
}

/** `Dorothy Stang` after `Dorothy Mae Stang`: a person's first and last names without the middle one(s). */
const withoutMiddleName = ([first, last]: [string, string], key: string): boolean =>
  key.length > first.length + last.length && key.startsWith(first) && key.endsWith(last);

/** A family name, then a hyphened given name (`Kim Jong-Il`, `Ma Ying-Jeou`): the East Asian order. */
const FAMILY_NAME_FIRST = /^\p{Lu}\p{Ll}* \p{Lu}\p{Ll}+-\p{L}+$/u;
/** Not two people by their titles: no East Asian family name, either has no title, or they share one. */
const sameTitle = (draft: Draft, person: Draft): boolean =>
  !FAMILY_NAME_FIRST.test(person.name) || draft.titles.size === 0 || person.titles.size === 0 || [...draft.titles].some((title) => person.titles.has(title));

/** The kind most candidates gave (a header source counts most); ties go person, organisation, place. */
function kindOf(draft: Draft): EntityKind {
  // `DPRK`, `ROK`, `UAE`: states, not bodies.
  if (lexicon().stateAcronyms.has(draft.name)) return 'place';
  // Written out, not a loop over the kinds: asked about 300,000 times in a shard of 1,000 cables (docs/entities.md, "Speed").
  const person = draft.kinds.get('person') ?? 0;
  const organization = draft.kinds.get('organization') ?? 0;
  const place = draft.kinds.get('place') ?? 0;
  return person >= organization && person >= place ? 'person' : organization >= place ? 'organization' : 'place';
}

/**
 * Other names of an entity in the same cable join it: the bracketed acronym right after a name
 * (`Mohamed Bashir Suleiman (MBS)`), and a company's name without its last word (`Brinkley
 * Mining` → `Brinkley`). A separate entity of that name (`MBS` from `MBS' office`, `Brinkley`
 * guessed a person) joins it.
 */
function addAliases(drafts: Draft[], paragraphs: Paragraph[]): Draft[] {
  const aliases = new Map<string, Draft>();
  // Only paragraphs with an acronym in brackets can give one (most have none).
  // (`includes` first: a bracket is in fewer than half of them, and the expression costs more per character.)
  const withAcronyms = paragraphs.filter((paragraph) => paragraph.text.includes('(') && BRACKETED_ACRONYM.test(paragraph.text)).map((paragraph) => acronymParagraph(paragraph.text));
  for (const draft of drafts) {
    for (const alias of [...bracketedAcronyms(draft, withAcronyms), ...companyShortForm(draft), ...patronymicShortForms(draft, withAcronyms)]) {
      draft.variants.add(alias);
      aliases.set(keyOf(alias), draft);
    }
  }
  return drafts.filter((draft) => {
    const owner = aliases.get(draft.key);
    if (owner === undefined || owner === draft) return true;
    for (const source of draft.sources) owner.sources.add(source);
    for (const variant of draft.variants) owner.variants.add(variant);
    return false;
  });
}

/**
 * An acronym in brackets, anywhere (`BRACKETED_ACRONYMS`: every one): two capitals first, or mixed
 * case with a capital among its first four letters (`(MbZ)`, `(DoD)`; not `(Note)`).
 */
const SHORT_FORM_LETTERS = '[A-Z](?:[A-Z]|[a-z]{1,2}[A-Z])[A-Za-z]{0,4}';
const BRACKETED_ACRONYM = new RegExp(String.raw`\(${SHORT_FORM_LETTERS}\)`);
const BRACKETED_ACRONYMS = new RegExp(BRACKETED_ACRONYM.source, 'g');
/** `(MBS)` right after a name; `Cristina Fernandez de Kirchner's (CFK)`: a possessive may stand between them. */
const ACRONYM_AFTER_NAME = new RegExp(String.raw`^(?:['’]s)?\s*\((${SHORT_FORM_LETTERS})\)`);
/** A short form with a lower-case letter (`MbZ`), which must spell its name's word initials as written. */
const MIXED_CASE = /[a-z]/;
/** One character of the white space `ACRONYM_AFTER_NAME` allows. */
const WHITE_SPACE = /^\s$/;

/** A paragraph with acronyms in brackets, and every place where a name followed by one of them (`ACRONYM_AFTER_NAME`) can end. */
interface AcronymParagraph {
  text: string;
  nameEnds: number[];
}

function acronymParagraph(text: string): AcronymParagraph {
  const nameEnds: number[] = [];
  for (const match of text.matchAll(BRACKETED_ACRONYMS)) {
    let end = match.index;
    nameEnds.push(end);
    while (end > 0 && WHITE_SPACE.test(text[end - 1]!)) nameEnds.push(--end);
    if (end >= 2 && text[end - 1] === 's' && (text[end - 2] === "'" || text[end - 2] === '’')) nameEnds.push(end - 2);
  }
  return { text, nameEnds };
}

/** `(MBS)` right after the name, when its letters are the name's capitals. */
function bracketedAcronyms(draft: Draft, paragraphs: AcronymParagraph[]): string[] {
  if (draft.name.length < 6) return [];
  const found: string[] = [];
  for (const paragraph of paragraphs) {
    // Most names end before none of the paragraph's acronyms: the search below is for those that do.
    if (!paragraph.nameEnds.some((end) => paragraph.text.startsWith(draft.name, end - draft.name.length))) continue;
    let from = 0;
    for (;;) {
      const at = paragraph.text.indexOf(draft.name, from);
      if (at < 0) break;
      from = at + draft.name.length;
      const alias = ACRONYM_AFTER_NAME.exec(paragraph.text.slice(from));
      if (alias && !lexicon().notNames.has(alias[1]!.toLowerCase()) && spellsName(alias[1]!, draft)) found.push(alias[1]!);
    }
  }
  return found;
}

/**
 * The bracketed short form abbreviates the name: its capitals (`MBS`, `ACP` in another order), or,
 * written in mixed case, its words' initials as written (`Mohammed bin Zayed (MbZ)`, `Department
 * of Defense (DoD)`).
 */
function spellsName(acronym: string, draft: Draft): boolean {
  if (MIXED_CASE.test(acronym)) return spellsInitials(acronym, wordInitials(draft.name), /./gu);
  return spellsOwnInitials(acronym, draft.name) || translatedInitials(acronym, draft);
}

/** `bin`, `ibn`: a patronymic inside a person's name (`Hamad bin Jassim`). */
const PATRONYMIC_WORD = /\s(?:bin|bint|ibn)\s/;

/**
 * `Hamad bin Jassim (HBJ)`: a person's patronymic name (any of its forms in the cable: the entity
 * may be `Hamad bin Jassim Al Thani`) with capitals in brackets that spell its words' initials,
 * the particle's too; `MbZ` in mixed case is `bracketedAcronyms`'.
 */
function patronymicShortForms(draft: Draft, paragraphs: AcronymParagraph[]): string[] {
  if (paragraphs.length === 0 || kindOf(draft) !== 'person') return [];
  const found: string[] = [];
  for (const name of draft.variants) {
    if (!PATRONYMIC_WORD.test(name)) continue;
    const initials = wordInitials(name).toUpperCase();
    for (const paragraph of paragraphs) {
      const at = paragraph.text.indexOf(name);
      const alias = at < 0 ? null : ACRONYM_AFTER_NAME.exec(paragraph.text.slice(at + name.length));
      if (alias && !MIXED_CASE.test(alias[1]!) && spellsInitials(alias[1]!, initials, /./gu)) found.push(alias[1]!);
    }
  }
  return found;
}

/** The acronym spells the name's capitals, or those after an owner's word (`U.S. National Wildfire Coordinating Group (NWCG)`). */
function spellsOwnInitials(acronym: string, name: string): boolean {
  if (spellsInitials(acronym, name)) return true;
  const space = name.indexOf(' ');
  return space > 0 && name.indexOf(' ', space + 1) > 0 && isOwnerWord(name.slice(0, space)) && spellsInitials(acronym, name.slice(space + 1));
}

/**
 * `Panama Canal Authority's (ACP)`: a body's acronym in its own language (Autoridad del Canal de
 * Panamá) holds the translated name's capitals in another order.
 */
function translatedInitials(acronym: string, draft: Draft): boolean {
  if (kindOf(draft) !== 'organization') return false;
  const capitals = draft.name.match(/\p{Lu}/gu) ?? [];
  return capitals.length === acronym.length && [...acronym].sort().join('') === capitals.sort().join('');
}

/** `Malta Forest Company` → `Malta Forest`; not when the rest is a place or ordinary words (`Kenya Airways`, `United Group`). */
function companyShortForm(draft: Draft): string[] {
  const words = draft.name.split(' ');
  if (kindOf(draft) !== 'organization' || words.length < 2 || !lexicon().companyHeads.has(words.at(-1)!.toLowerCase())) return [];
  const rest = words.slice(0, -1);
  const short = rest.join(' ');
  if (short.length < 3 || !/^\p{Lu}/u.test(short) || isPlace(short) || rest.every((word) => isOrdinaryWord(word))) return [];
  return [short];
}

/**
 * Every occurrence of every variant, longest first, never overlapping, no place inside a span that
 * names nothing (`unnamed`: a treaty's name); entities without any text mention keep their header sources.
 */
function locate(drafts: Draft[], paragraphs: Paragraph[], inCapitals: ReadonlySet<Paragraph>, unnamed: readonly Occurrence[]): EntityUse[] {
  interface Hit {
    draft: Draft;
    occurrence: Occurrence;
  }
  const hits: Hit[] = [];
  const finders = variantFinders(drafts.flatMap((draft) => [...draft.variants].map((variant): [string, Draft] => [variant, draft])));
  // Indexed: a for-of over an array allocates a result per step in a facts job's code (docs/entities.md, "Speed").
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const find = inCapitals.has(paragraph) ? finders.anyCase : finders.asWritten;
    const found = find(paragraph.text);
    for (let f = 0; f < found.length; f++) {
      const { owner, start, end } = found[f]!;
      // `US$16 million` is a currency wherever the cable names the country.
      if (!isCurrency(paragraph.text, end) && !(unnamed.length > 0 && isUnnamedPlace(owner, paragraph.anchor, start, end, unnamed))) hits.push({ draft: owner, occurrence: { paragraph: paragraph.anchor, start, end } });
    }
  }

  const occurrences = new Map<Draft, Occurrence[]>();
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const list = occurrences.get(hit.draft) ?? [];
    list.push(hit.occurrence);
    occurrences.set(hit.draft, list);
  }
  const mentioned = drafts.filter((draft) => occurrences.has(draft));
  const firstHit = new Map<Draft, number>();
  hits.forEach((hit, index) => {
    if (!firstHit.has(hit.draft)) firstHit.set(hit.draft, index);
  });
  mentioned.sort((a, b) => firstHit.get(a)! - firstHit.get(b)!);
  const headerOnly = drafts.filter((draft) => !occurrences.has(draft) && [...draft.sources].some((source) => source !== 'text'));

  const entities: EntityUse[] = [];
  for (const draft of [...mentioned, ...headerOnly]) {
    // A header name that the text also uses (`Shields` signing and named in ¶3) is in the text too.
    if (occurrences.has(draft)) draft.sources.add('text');
    entities.push({
      name: listedName(draft.name),
      slug: draft.key,
      kind: kindOf(draft),
      sources: [...draft.sources].sort((a, b) => sourceRank(a) - sourceRank(b)),
      occurrences: occurrences.get(draft) ?? [],
      ...(unidentified(draft) ? { guess: true as const } : {}),
    });
  }
  return entities;
}

/** A place inside a span that names nothing (`Copenhagen` in `the Copenhagen Accord`; the body in `MCC Compact Agreement` stays). */
function isUnnamedPlace(draft: Draft, paragraph: string, start: number, end: number, unnamed: readonly Occurrence[]): boolean {
  return kindOf(draft) === 'place' && unnamed.some((span) => span.paragraph === paragraph && start < span.end && span.start < end);
}

/** Sources in a fixed order: the text first, then the header fields in reading order. */
function sourceRank(source: string): number {
  return ['text', 'addressees', 'classifiedBy', 'signature'].indexOf(source);
}

/** `GOP` does not abbreviate `Paraguay`: the acronym's letters must be capitals of the name, in order, the first first. */
export function spellsInitials(acronym: string, name: string, letters = /\p{Lu}/gu): boolean {
  const capitals = name.match(letters)?.join('') ?? '';
  if (capitals[0] !== acronym[0]) return false;
  let at = 0;
  for (const letter of capitals) if (letter === acronym[at]) at++;
  return at === acronym.length;
}
