/**
 * People, organisations and places a cable names (issue 7): a name finder made for cables, pure
 * and fast (no NLP tagger is run). Ordinary text is read run by run of capitalised words
 * (names/runs.ts), paragraphs in capitals by gazetteers and cues (names/capitals.ts); the header
 * adds the officer in `Classified By:`, the signature and the addressees (names/header-names.ts);
 * names of one entity are merged and every mention located (names/merge.ts).
 * docs/entities.md says how it was measured and what it gets wrong.
 */
import { loadGlossary, type Glossary } from './glossary.ts';
import { headerFacts, headerFields } from './header.ts';
import { conceptAcronyms, definedBodies, knownBody } from './names/acronyms.ts';
import { namesInCapitals } from './names/capitals.ts';
import { displayCase, isAllCaps, isPlausibleName } from './names/display.ts';
import { formFields, withoutFields } from './names/forms.ts';
import { addresseeNames, classifiedByName, signatureName } from './names/header-names.ts';
import { entitiesOf, type Candidate } from './names/merge.ts';
import { THE_WEST, theWest, withHyphenatedPlace, withoutLeadingStyle } from './names/run-cues.ts';
import { namesInRun, type Mention } from './names/runs.ts';
import { withPartySingulars } from './names/party-members.ts';
import { shortFormCandidates } from './names/short-forms.ts';
import { capitalisedRuns, tokenize, type Token } from './names/tokens.ts';
import { isJargonPlaceName } from './names/word-roles.ts';
import { isKnownName, isWeaponAt } from './names/weapons.ts';
import { isCoinedProcessNoun } from './names/coined-words.ts';
import { withoutDayWord } from './names/events.ts';
import { isRolePhrase } from './names/role-phrases.ts';
import { isPluralBodies } from './names/plural-bodies.ts';
import { isThingAcronymAt } from './names/thing-acronyms.ts';
import { appositionKind, DOCUMENT_NAME, isCrossing, isPlace, isTitle, NO_GLOSSARY, SIX_POWERS, STATE_GROUPS, type GlossaryKnowledge } from './names/words.ts';
import type { Cable, EntityUse, Occurrence, Paragraph } from './types.ts';

export { entitySlug, isAllCaps } from './names/display.ts';

/** The names of one paragraph, as written, with their kinds. */
export function namesInParagraph(text: string, glossary: GlossaryKnowledge = NO_GLOSSARY): Mention[] {
  return paragraphNames(text, glossary, isAllCaps(text));
}

/** `namesInParagraph`, told whether the paragraph is in capitals (`findEntities` asks once per paragraph). */
function paragraphNames(text: string, glossary: GlossaryKnowledge, inCapitals: boolean): Mention[] {
  const tokens = tokenize(text);
  if (inCapitals) return namesInCapitals(tokens, text, glossary);
  const mentions: Mention[] = [];
  // A form's field labels are no names; its `Name:` fields give whole names.
  const form = formFields(tokens, text);
  const runs = capitalisedRuns(tokens);
  // Indexed: a for-of over an array allocates a result per step in a facts job's code (docs/entities.md, "Speed").
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (form === null) readRun(run, tokens, text, glossary, mentions);
    else for (const part of withoutFields(run, form)) readRun(part, tokens, text, glossary, mentions);
  }
  if (text.includes('P5')) mentions.push(...sixPowers(text));
  for (const group of text.matchAll(STATE_GROUPS)) {
    if (!mentions.some((m) => m.start === group.index)) mentions.push({ text: group[0], kind: 'organization', start: group.index, end: group.index + group[0].length });
  }
  const named = mentions.some((mention) => isCompanySuffixAt(text, mention.end)) ? withCompanySuffixes(mentions, text) : mentions;
  return form && form.names.length > 0 ? [...named, ...form.names].sort((a, b) => a.start - b.start) : named;
}

/** A company's legal form after a comma (`Insitec, Ltd`, `Shandong Guoda Gold Company, Ltd.`): `COMPANY_SUFFIXES` every one, `COMPANY_SUFFIX_AT` one at `lastIndex`. */
const COMPANY_SUFFIX = String.raw`,\s+(?:Ltd|Inc|LLC|plc|GmbH|Corp)\b`;
const COMPANY_SUFFIXES = new RegExp(String.raw`${COMPANY_SUFFIX}\.?`, 'g');
const COMPANY_SUFFIX_AT = new RegExp(COMPANY_SUFFIX, 'y');

/**
 * A legal form right at `at`, where a name ends: only there can one join a name, so the question
 * is asked at each name's end, not of the whole paragraph (every paragraph has its names read).
 */
function isCompanySuffixAt(text: string, at: number): boolean {
  if (text[at] !== ',') return false;
  COMPANY_SUFFIX_AT.lastIndex = at;
  return COMPANY_SUFFIX_AT.test(text);
}

/** The name before a company's legal form is that company's, the form part of it (the labels' span); the form alone is no name. */
function withCompanySuffixes(mentions: Mention[], text: string): Mention[] {
  const joined = [...mentions];
  for (const suffix of text.matchAll(COMPANY_SUFFIXES)) {
    const end = suffix.index + suffix[0].length;
    const at = joined.findIndex((mention) => mention.end === suffix.index && mention.kind !== 'place');
    if (at < 0) continue;
    const start = joined[at]!.start;
    joined[at] = { text: text.slice(start, end), kind: 'organization', start, end };
    const inside = joined.findIndex((mention) => mention.start > suffix.index && mention.start < end);
    if (inside >= 0) joined.splice(inside, 1);
  }
  return joined;
}

/** The six powers talking to Iran, wherever the paragraph names them (words.ts `SIX_POWERS`). */
function sixPowers(text: string): Mention[] {
  return [...text.matchAll(SIX_POWERS)].map((match) => ({ text: match[0], kind: 'organization', start: match.index, end: match.index + match[0].length }));
}

/** One run's names, with the words around it, added to `mentions`. */
function readRun(run: Token[], tokens: Token[], text: string, glossary: GlossaryKnowledge, mentions: Mention[]): void {
  const index = run[0]!.index;
  const next = tokens[index + run.length];
  // A word beyond a comma or a bracket is no cue (`fiber optic network, Siniora’s senior advisor`).
  const before = index > 0 && !run[0]!.sentenceStart && !CLAUSE_GAP.test(run[0]!.gap) ? tokens[index - 1]!.text.toLowerCase() : undefined;
  const after = next && /^\s+$/.test(next.gap) ? next.text.toLowerCase() : undefined;
  // `the West`: a place, however the run would read (run-cues.ts).
  const west = theWest(run, before, text);
  if (west) {
    mentions.push(west);
    return;
  }
  // `Nelson Mandela Day`: an event; the name it is named for is read alone (events.ts).
  const named = withoutDayWord(run);
  if (named.length === 0) return;
  for (const read of namesInRun(named, text, { before, after, glossary })) {
    // `Tun Eusoff Chin` → `Eusoff Chin`: a Malay style opening a name is a title.
    const found = withoutLeadingStyle(read);
    // `a Member of Parliament`, `Deputy Department Director`: titles, no bodies (role-phrases.ts); `the Ministries of Interior` (plural-bodies.ts).
    if (!found || isRolePhrase(found, text) || isPluralBodies(found)) continue;
    const mention = found.kind === 'organization' && found.start === run[0]!.start && index > 0 ? withOwnerWord(found, tokens[index - 1]!, run[0]!.gap, text) : found;
    if (mention.guess) mentions.push(withHyphenatedPlace(withApposition(mention, text)));
    // `the Kerem Shalom crossing`: a place, though its first word is a first name.
    else mentions.push(mention.kind === 'person' && isCrossing(text.slice(Math.max(0, mention.start - 30), mention.start), text.slice(mention.end, mention.end + 30)) ? { ...mention, kind: 'place' } : mention);
  }
}

/** Punctuation between a word and a name that ends the word's phrase (`network, Siniora`). */
const CLAUSE_GAP = /[,;:.!?)\]]/;

/** A possessive between two words (the gap after the owner): `’s ` in `Lord’s Resistance Army`. */
const POSSESSIVE_GAP = /^['’]s\s+$/;

/** Owners whose possessive opens a body's name (the Lord's, God's, the people's); a body's or an office's does not (`Ministry's Human Rights Division`). */
const NAME_OWNERS = new Set(['Lord', 'God', 'People', 'Peoples']);

/** `Lord’s Resistance Army`, `People's Liberation Army`: such a possessive before a body's name of words is part of it. */
function withOwnerWord(body: Mention, owner: Token, gap: string, text: string): Mention {
  if (!POSSESSIVE_GAP.test(gap) || !body.text.includes(' ') || !NAME_OWNERS.has(owner.text)) return body;
  return { ...body, text: text.slice(owner.start, body.end), start: owner.start };
}

/** `Severenergia, an upstream joint-venture`, `the daily al-Thawra`: a noun beside a guessed name says what it is. */
function withApposition(mention: Mention, text: string): Mention {
  const kind = appositionKind(text.slice(Math.max(0, mention.start - 40), mention.start), text.slice(mention.end, mention.end + 60));
  return kind ? { text: mention.text, kind, start: mention.start, end: mention.end } : mention;
}

/** The word right before `at`, past one run of white space (`VFM` before `Kim`): where a title stands. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) > 32) start--;
  return end < at ? text.slice(start, end) : '';
}
/** A verb of speech right after a name (`Zaragoza said`): what a person does, not a city. */
const SPEECH_AFTER = /^\s+(?:said|says|told|stated|noted|added|explained|asked|replied|stressed|informs|informed)\b/;

/** A programme's name before its head word (`Megaports Initiative`). */
const PROGRAMME_NAME = /^(\S+)\s+(?:Initiative|Program|Programme)$/;

/** A treaty's or a process's name (`the Copenhagen Accord`, `the Kyoto Protocol`, `the Middle East Peace Process`): no place inside it is named there (the guide; the labels). */
const TREATY = /\b(?:Agreements?|Treaty|Treaties|Protocols?|Conventions?|Accords?|Process)$/;

/**
 * A programme's or a conference's head word, which a UN body's name also ends in: with letters in
 * brackets the glossary or names.yaml know as a body's, the name is that body's (`UN Development
 * Program (UNDP)`, `World Food Program (WFP)`, `Organization of Islamic Conference (OIC)`), no
 * document's; a treaty, a summit (`East Asia Summit (EAS)`) stays an event or a document.
 */
const BODY_DOCUMENT_HEAD = /\b(?:Program|Programme|Conference)$/;

/** An acronym in brackets right after a name (`North American Free Trade Agreement (NAFTA)`). */
const BRACKETED_ACRONYM = /^\s*\(([A-Z][A-Za-z&]{1,9})\)/;

/** Three or more short capitalised syllables (`Aung San Suu Kyi`): an East Asian person's name, no body's. */
const SYLLABLE_NAME = /^\p{Lu}\p{Ll}{1,3}(?: \p{Lu}\p{Ll}{1,3}){2,}$/u;

/** `Customs and Border Protection (CBP)`: the defined long form is one name, whatever was found inside it. */
function withDefinedBodies(found: Mention[], bodies: Mention[]): Mention[] {
  const inside = (mention: Mention, body: Mention): boolean => mention.start < body.end && body.start < mention.end;
  // `Mohamed Bashir Suleiman (MBS)`: a person's initials, not a body's; so are those of a name of
  // short syllables read as one person, though only guessed (`Aung San Suu Kyi (ASSK)`; not `Tamil
  // Makkal Viduthalai Pulikal (TMVP)`).
  const isPerson = (mention: Mention, body: Mention): boolean =>
    mention.kind === 'person' && (!mention.guess || (mention.start === body.start && mention.end === body.end && SYLLABLE_NAME.test(mention.text)));
  const kept = bodies.filter((body) => !found.some((mention) => inside(mention, body) && isPerson(mention, body)));
  if (kept.length === 0) return found;
  const outside = found.filter((mention) => !kept.some((body) => inside(mention, body)));
  return [...outside, ...kept].sort((a, b) => a.start - b.start);
}

/**
 * The names the paragraphs propose. A name inside what is not the author's (a page header such as
 * `MAPUTO 00000086 002 OF 003`, a redaction, a reference) is no candidate: it would give its kind to
 * the same name elsewhere.
 */
function textCandidates(paragraphs: Paragraph[], inCapitals: ReadonlySet<Paragraph>, glossary: GlossaryKnowledge, notAuthors: readonly Occurrence[], treaties: Occurrence[]): Candidate[] {
  const candidates: Candidate[] = [];
  // A treaty's or a plan's acronym is no name either.
  const documents = new Set<string>();
  // A weapon's, a launch vehicle's or a satellite's name, anywhere in the cable (names/weapons.ts).
  const weapons = new Set<string>();
  // A technology's, a programme's or a document's letters, anywhere in the cable (names/thing-acronyms.ts).
  const things = new Set<string>();
  // Indexed: a for-of over an array allocates a result per step in a facts job's code (docs/entities.md, "Speed").
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const shouting = inCapitals.has(paragraph);
    const excluded = notAuthors.filter((span) => span.paragraph === paragraph.anchor);
    const names = withDefinedBodies(paragraphNames(paragraph.text, glossary, shouting), definedBodies(paragraph.text, glossary));
    for (let n = 0; n < names.length; n++) {
      const found = names[n]!;
      if (excluded.some((span) => found.start < span.end && span.start < found.end)) continue;
      const written = found.text.replace(/\s+/g, ' ');
      const name = shouting ? displayCase(written) : written;
      let document = DOCUMENT_NAME.test(name);
      if (document) {
        const acronym = BRACKETED_ACRONYM.exec(paragraph.text.slice(found.end))?.[1] ?? '';
        // `the Petroleum Industry Bill`, later `the PIB`: its initials, unbracketed, name the bill too.
        const initials = name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
        document = !(BODY_DOCUMENT_HEAD.test(name) && knownBody(acronym, glossary));
        if (document) {
          if (TREATY.test(name)) treaties.push({ paragraph: paragraph.anchor, start: found.start, end: found.end });
          if (acronym !== '') documents.add(acronym);
          if (initials.length >= 3) documents.add(initials);
          // `Operation Westbridge`, `Megaports Initiative`: `Westbridge`, `Megaports` alone are the operation, the programme too.
          const named = /^(?:Operation|Project)\s+(.+)$/i.exec(name) ?? PROGRAMME_NAME.exec(name);
          if (named && !isPlace(named[1]!)) documents.add(named[1]!);
        }
      }
      if (isWeaponAt(paragraph.text, found.start, found.end) && !isKnownName(name, glossary)) weapons.add(name);
      // `SIM cards`, `the IVG number`: unknown letters before a thing's noun are a thing's (thing-acronyms.ts).
      if (!shouting && isThingAcronymAt(paragraph.text, found.start, found.end, glossary)) things.add(name);
      if (document || isCoinedProcessNoun(name) || !(isPlausibleName(name) || (found.kind === 'place' && (isJargonPlaceName(name) || name === THE_WEST)))) continue;
      const candidate: Candidate = { name, kind: found.kind, source: 'text', written: [written] };
      if (found.guess) candidate.guess = true;
      // A person's title tells two people of one family name apart (merge.ts); a place that speaks is a surname, a guess that speaks someone's.
      const title = found.kind === 'person' ? wordBefore(paragraph.text, found.start) : '';
      if (title !== '' && isTitle(title)) candidate.title = title.toLowerCase();
      if ((found.kind === 'place' || found.guess === true) && SPEECH_AFTER.test(paragraph.text.slice(found.end, found.end + 12))) candidate.speaks = true;
      candidates.push(candidate);
    }
  }
  // `Central African Republic (CAR)`: letters the cable defines for a place are that place's.
  const places = new Set<string>();
  const notNames = new Set([...documents, ...weapons, ...things, ...conceptAcronyms(paragraphs, glossary, places)]);
  const named = candidates.filter((candidate) => !notNames.has(candidate.name));
  return places.size === 0 ? named : named.map((candidate) => (places.has(candidate.name) ? { ...candidate, kind: 'place' } : candidate));
}

const knowledge = new WeakMap<Glossary, GlossaryKnowledge>();
/** The first clause of a meaning that says the acronym names a body (`The US Department of Justice.`). */
const BODY_MEANING = /^(?:The\s+)?(?:[\w'’.-]+\s+){0,6}?(?:Department|Bureau|Office|Council|Committee|Agency|Party|Ministry|Commission|Organi[sz]ation|Union|Bank|Fund|Court|Service|Forces?|Army|Police|Movement|Front|Alliance|Association|Institute|Corporation|Company|Administration|Group|Assembly|Parliament|Senate|Congress|Board|Authority|Tribunal|Network|Corps|Command|Station|Coalition|League|Federation|Secretariat|Directorate|Guard|Navy|Unit|Cent(?:er|re)|Nations|Community)\b/;
/** A meaning's scope before a colon: `In Brazil: `, `In Guinea: `. */
const MEANING_SCOPE = /^In (?:\p{Lu}\p{L}+ ?){1,3}: /u;
/** Meanings that name a role or a government, never a body's name (`Deputy Chief of Mission`, `The Government of …`). */
const ROLE_MEANING = /^(?:The\s+)?(?:[\w'’.-]+\s+){0,4}?(?:Officer|Secretary|Attach[eé]|Chief|Ambassador|Counselor|Minister|Director|Consul|Government|Point|Plan|Year)\b/;

/** A body's head noun in a glossary meaning's description, in lower case (`Pakistan's military intelligence agency`). */
const BODY_NOUN = String.raw`(?:agency|service|party|group|mission|movement|conglomerate|company|broadcaster|police|forces|junta|charity|brigade|forum|directorate|regulator|office|society|alliance|association|organi[sz]ation)`;
/**
 * A definite description of one body, the clause's head noun last or before a preposition:
 * `Morocco's largest conglomerate`, `the UN peacekeeping mission in the Democratic Republic of the
 * Congo`, `France's police intelligence service`; `a Catalan pro-independence party` too (a party
 * or charity an acronym names is one body), but not `a private, non-profit group` (NGO) or `the
 * US-led military operation` (the head is `operation`).
 */
const BODY_DESCRIPTION = new RegExp(
  String.raw`^(?:(?:the|[\p{Lu}][\p{L}.'’-]*['’]s)\s+(?:(?!of\b)[\p{L}'’-]+\s+){0,5}?${BODY_NOUN}|an?\s+(?:[\p{L}'’-]+\s+){0,3}?(?:party|charity))(?:\s+(?:of|in|to|for|under|until|after|since|that|which)\b.*)?$`,
  'iu',
);
/** The clauses of a meaning's first sentence: what follows a colon, a comma or a bracket. */
const CLAUSE_BREAK = /[:,;()]\s*/;

/** A meaning that reads the letters one way in some cables, another elsewhere (`In Spanish cables: … Elsewhere …`). */
const ALTERNATIVE_READINGS = /\bElsewhere\b|\bin [\p{L}-]+ cables\b/iu;

/**
 * A clause of a meaning that names a region (`Pakistan's Federally Administered Tribal Areas`,
 * `Pakistan's North-West Frontier Province`, `the Indian-administered state of Kashmir`): the
 * letters are a place's.
 */
const PLACE_CLAUSE = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*['’]s\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:Provinces?|Areas|Territor(?:y|ies)|Region|state\s+of\s+\p{Lu}[\p{L}-]*)$/u;

/** A meaning whose first sentence names a region, in one of its clauses. */
const describesPlace = (meaning: string): boolean => meaning.split(/\.(?:\s|$)/)[0]!.split(CLAUSE_BREAK).some((clause) => PLACE_CLAUSE.test(clause.trim()));

/** A meaning whose first sentence describes one body (`Omnium Nord-Africain: Morocco's largest conglomerate, …`), and only that. */
function describesBody(meaning: string): boolean {
  if (ALTERNATIVE_READINGS.test(meaning)) return false;
  const firstSentence = meaning.split(/\.(?:\s|$)/)[0]!;
  return firstSentence.split(CLAUSE_BREAK).some((clause) => BODY_DESCRIPTION.test(clause.trim()));
}

/** A meaning that opens with a body's name, capitalised words to a stop (`The International Atomic Energy Agency, the UN's …`): the name captured. */
const LONG_FORM_MEANING = /^The (\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|the|and|for|on))*)(?=[.,:;(]|$)/u;

/** What the glossary knows of acronyms: which name bodies, which are jargon, roles or government-of forms. */
export function glossaryKnowledge(glossary: Glossary): GlossaryKnowledge {
  let known = knowledge.get(glossary);
  if (known) return known;
  known = { organizations: new Set(), notNames: new Set(), places: new Set(), longForms: new Map() };
  for (const entry of glossary.entries) {
    if (entry.kind !== 'acronym' && entry.kind !== 'jargon') continue;
    // `In Brazil: a Parliamentary Commission of Inquiry`: the country the meaning holds in is no part of it.
    const meaning = entry.meaning.replace(MEANING_SCOPE, '');
    const body = entry.kind === 'acronym' && (BODY_MEANING.test(meaning) || describesBody(meaning)) && !ROLE_MEANING.test(meaning);
    const place = entry.kind === 'acronym' && !body && describesPlace(meaning);
    for (const form of [entry.term, ...entry.forms]) (body ? known.organizations : place ? known.places : known.notNames).add(form);
  }
  // Any entry naming a known body, a tag's too (`IAEA`): the name its meaning opens with.
  for (const entry of glossary.entries) {
    const longForm = LONG_FORM_MEANING.exec(entry.meaning)?.[1];
    if (longForm !== undefined && knownBody(entry.term, known)) known.longForms.set(entry.term, longForm);
  }
  knowledge.set(glossary, known);
  return known;
}

/**
 * The people, organisations and places this cable names, in order of first mention (header-only
 * names last), each once with every occurrence in the paragraphs.
 */
export function findEntities(cable: Cable, glossary: Glossary = loadGlossary(), notAuthors: readonly Occurrence[] = []): EntityUse[] {
  // Paragraphs in capitals, found once: reading the names and locating them both ask.
  const inCapitals = new Set(cable.paragraphs.filter((paragraph) => isAllCaps(paragraph.text)));
  const treaties: Occurrence[] = [];
  const known = glossaryKnowledge(glossary);
  const candidates = withPartySingulars(textCandidates(cable.paragraphs, inCapitals, known, notAuthors, treaties));
  candidates.push(...shortFormCandidates(candidates, cable.paragraphs, known.longForms));
  const classifiedBy = headerFacts(cable).classifiedBy;
  const signer = cable.signature === null ? null : signatureName(cable.signature);
  const officer = classifiedBy === null ? null : classifiedByName(classifiedBy, signer);
  if (officer !== null) candidates.push({ name: officer, kind: 'person', source: 'classifiedBy', written: [] });
  if (signer !== null) candidates.push({ name: signer, kind: 'person', source: 'signature', written: [] });
  for (const name of addresseeNames(headerFields(cable).addresses)) candidates.push({ name, kind: 'organization', source: 'addressees', written: [] });
  return entitiesOf(candidates, cable.paragraphs, inCapitals, treaties);
}
