/**
 * People, organisations and places a cable names (issue 7): a name finder made for cables, pure
 * and fast (no NLP tagger is run). Ordinary text is read run by run of capitalised words
 * (names/runs.ts), paragraphs in capitals by gazetteers and cues (names/capitals.ts); the header
 * adds the officer in `Classified By:`, the signature and the addressees (names/header-names.ts);
 * names of one entity are merged and every mention located (names/merge.ts).
 * docs/entities.md says how it was measured and what it gets wrong.
 */
import { loadGlossary, type Glossary } from './glossary.ts';
import { headerFacts } from './header.ts';
import { namesInCapitals } from './names/capitals.ts';
import { lexicon } from './names/lexicon.ts';
import { displayCase, isAllCaps, isPlausibleName } from './names/display.ts';
import { addresseeNames, classifiedByName, signatureName } from './names/header-names.ts';
import { entitiesOf, type Candidate } from './names/merge.ts';
import { namesInRun, type Mention } from './names/runs.ts';
import { capitalisedRuns, tokenize } from './names/tokens.ts';
import { DOCUMENT_NAME, isOrdinaryWord, isOrgHead, NO_GLOSSARY, type GlossaryKnowledge } from './names/words.ts';
import type { Cable, EntityUse, Occurrence, Paragraph } from './types.ts';

export { entitySlug, isAllCaps } from './names/display.ts';

/** The names of one paragraph, as written, with their kinds. */
export function namesInParagraph(text: string, glossary: GlossaryKnowledge = NO_GLOSSARY): Mention[] {
  const tokens = tokenize(text);
  if (isAllCaps(text)) return namesInCapitals(tokens, text, glossary);
  const mentions: Mention[] = [];
  for (const run of capitalisedRuns(tokens)) {
    const index = run[0]!.index;
    const next = tokens[index + run.length];
    const before = index > 0 && !run[0]!.sentenceStart ? tokens[index - 1]!.text.toLowerCase() : undefined;
    const after = next && /^\s+$/.test(next.gap) ? next.text.toLowerCase() : undefined;
    mentions.push(...namesInRun(run, text, { before, after, glossary }));
  }
  return mentions;
}

/** An acronym in brackets right after a name (`North American Free Trade Agreement (NAFTA)`). */
const BRACKETED_ACRONYM = /^\s*\(([A-Z][A-Za-z&]{1,9})\)/;

/**
 * The names the paragraphs propose. A name inside what is not the author's (a page header such as
 * `MAPUTO 00000086 002 OF 003`, a redaction, a reference) is no candidate: it would give its kind to
 * the same name elsewhere.
 */
function textCandidates(paragraphs: Paragraph[], glossary: GlossaryKnowledge, notAuthors: readonly Occurrence[]): Candidate[] {
  const candidates: Candidate[] = [];
  // A treaty's or a plan's acronym is no name either.
  const documents = new Set<string>();
  for (const paragraph of paragraphs) {
    const shouting = isAllCaps(paragraph.text);
    const excluded = notAuthors.filter((span) => span.paragraph === paragraph.anchor);
    for (const found of namesInParagraph(paragraph.text, glossary)) {
      if (excluded.some((span) => found.start < span.end && span.start < found.end)) continue;
      const written = found.text.replace(/\s+/g, ' ');
      const name = shouting ? displayCase(written) : written;
      if (DOCUMENT_NAME.test(name)) {
        const acronym = BRACKETED_ACRONYM.exec(paragraph.text.slice(found.end));
        if (acronym) documents.add(acronym[1]!);
        // `Operation Westbridge`: `Westbridge` alone is the operation too.
        const named = /^(?:Operation|Project)\s+(.+)$/i.exec(name);
        if (named) documents.add(named[1]!);
      }
      if (!isPlausibleName(name) || DOCUMENT_NAME.test(name)) continue;
      candidates.push({ name, kind: found.kind, source: 'text', written: [written], ...(found.guess ? { guess: true } : {}) });
    }
  }
  const notNames = new Set([...documents, ...conceptAcronyms(paragraphs, glossary)]);
  return candidates.filter((candidate) => !notNames.has(candidate.name));
}

/** Any acronym in brackets, e.g. `intellectual property rights (IPR)`. */
const ANY_BRACKETED_ACRONYM = /\(([A-Z][A-Za-z&]{1,9})\)/g;
/** Small words a long form may hold without giving a letter (`Government of the State of Eritrea`). */
const LONG_FORM_SKIPS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'to', '&']);

/**
 * Acronyms the cable defines as something that is no name: a thing written in lower case
 * (`public-private partnership (PPP)`, `intellectual property rights (IPR)`), or a government-of
 * form (`Government of the State of Eritrea (GSE)`).
 */
function conceptAcronyms(paragraphs: Paragraph[], glossary: GlossaryKnowledge): Set<string> {
  const concepts = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(ANY_BRACKETED_ACRONYM)) {
      const acronym = match[1]!.replace(/[^A-Z]/g, '');
      const words = paragraph.text.slice(Math.max(0, match.index - 120), match.index).split(/[\s-]+/).filter(Boolean);
      const longForm = longFormOf(acronym, words);
      // `The Eritrean government (GSE)`: a government-of form whatever its letters.
      if (/^(?:government|regime)$/.test(words.at(-1) ?? '')) concepts.add(match[1]!);
      else if (longForm && isConcept(longForm) && !knownBody(match[1]!, glossary)) concepts.add(match[1]!);
    }
  }
  return concepts;
}

/**
 * A long form that names no body: written in lower case (`public-private partnership`), a
 * government-of form (`Government of the State of Eritrea`), or ordinary words with no body's head
 * (`Intellectual Property Rights`, `Air Traffic Control`; not `Border Police`).
 */
function isConcept(longForm: string[]): boolean {
  if (longForm.every((word) => !/^\p{Lu}/u.test(word)) || /^government$/i.test(longForm[0]!)) return true;
  // `Transitional Federal Government (TFG)` names a body, as a head word does.
  if (longForm.some((word) => isOrgHead(word)) || longForm.at(-1) === 'Government') return false;
  return longForm.every((word) => isOrdinaryWord(word) || LONG_FORM_SKIPS.has(word.toLowerCase()));
}

/** An acronym the glossary or names.yaml knows as a body's (`FIU`, `CBP`). */
function knownBody(acronym: string, glossary: GlossaryKnowledge): boolean {
  return glossary.organizations.has(acronym) || lexicon().orgAcronyms.has(acronym);
}

/** The words before an acronym whose initials spell it, read backwards; null when they do not. */
function longFormOf(acronym: string, words: string[]): string[] | null {
  let letter = acronym.length - 1;
  let at = words.length - 1;
  const used: string[] = [];
  while (letter >= 0 && at >= 0) {
    const word = words[at]!;
    if (word[0]?.toUpperCase() === acronym[letter]) letter--;
    else if (!LONG_FORM_SKIPS.has(word.toLowerCase())) return null;
    used.unshift(word);
    at--;
  }
  return letter < 0 ? used : null;
}

const knowledge = new WeakMap<Glossary, GlossaryKnowledge>();
/** The first clause of a meaning that says the acronym names a body (`The US Department of Justice.`). */
const BODY_MEANING = /^(?:The\s+)?(?:[\w'’.-]+\s+){0,6}?(?:Department|Bureau|Office|Council|Committee|Agency|Party|Ministry|Commission|Organi[sz]ation|Union|Bank|Fund|Court|Service|Forces?|Army|Police|Movement|Front|Alliance|Association|Institute|Corporation|Company|Administration|Group|Assembly|Parliament|Senate|Congress|Board|Authority|Tribunal|Network|Corps|Command|Station|Coalition|League|Federation|Secretariat|Directorate|Guard|Navy|Unit|Cent(?:er|re)|Nations|Community)\b/;
/** Meanings that name a role or a government, never a body's name (`Deputy Chief of Mission`, `The Government of …`). */
const ROLE_MEANING = /^(?:The\s+)?(?:[\w'’.-]+\s+){0,4}?(?:Officer|Secretary|Attach[eé]|Chief|Ambassador|Counselor|Minister|Director|Consul|Government|Point|Plan|Year)\b/;

/** What the glossary knows of acronyms: which name bodies, which are jargon, roles or government-of forms. */
export function glossaryKnowledge(glossary: Glossary): GlossaryKnowledge {
  let known = knowledge.get(glossary);
  if (known) return known;
  known = { organizations: new Set(), notNames: new Set() };
  for (const entry of glossary.entries) {
    if (entry.kind !== 'acronym' && entry.kind !== 'jargon') continue;
    const body = entry.kind === 'acronym' && BODY_MEANING.test(entry.meaning) && !ROLE_MEANING.test(entry.meaning);
    for (const form of [entry.term, ...entry.forms]) (body ? known.organizations : known.notNames).add(form);
  }
  knowledge.set(glossary, known);
  return known;
}

/**
 * The people, organisations and places this cable names, in order of first mention (header-only
 * names last), each once with every occurrence in the paragraphs.
 */
export function findEntities(cable: Cable, glossary: Glossary = loadGlossary(), notAuthors: readonly Occurrence[] = []): EntityUse[] {
  const candidates = textCandidates(cable.paragraphs, glossaryKnowledge(glossary), notAuthors);
  const classifiedBy = headerFacts(cable).classifiedBy;
  const signer = cable.signature === null ? null : signatureName(cable.signature);
  const officer = classifiedBy === null ? null : classifiedByName(classifiedBy, signer);
  if (officer !== null) candidates.push({ name: officer, kind: 'person', source: 'classifiedBy', written: [] });
  if (signer !== null) candidates.push({ name: signer, kind: 'person', source: 'signature', written: [] });
  for (const name of addresseeNames(cable.header)) candidates.push({ name, kind: 'organization', source: 'addressees', written: [] });
  return entitiesOf(candidates, cable.paragraphs);
}
