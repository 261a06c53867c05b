/**
 * A body named again by its head word alone (`the Chamber of Deputies` … `the Chamber plenary`,
 * `the Special Tribunal for Lebanon` … `prosecutor for the Tribunal`): the head word, after `the`,
 * is that body's short form (the guide: a body named by a short form); likewise a feature's
 * designator (`the Strip`) and a family's plural (`the Sharifs`).
 */
import type { Paragraph } from '../types.ts';
import type { Candidate } from './merge.ts';
import { isOrgHead, isOrgStart, LEADER_HEADS } from './words.ts';

/**
 * `the Chamber`, alone: not before another capitalised word (`the Chamber of Deputies` is the
 * whole name), a possessive (`the Ministry's IPR Division`), `of`/`for`/`in`/`on` or a hyphen.
 * The head word is captured.
 */
const THE_HEAD_ALONE = /(?<=\bthe )(\p{Lu}\p{Ll}+)\b(?![ -]\p{Lu})(?!['’])(?! (?:of|for|in|on)\b)(?!-)/gu;

/** A plural's ending (`Partners`, `Industries`; not `Congress`). */
const PLURAL = /[^s]s$/;

/** Heads that stand for no one body when alone: a government, a cabinet, the writer's own post. */
const NO_SHORT_FORM = new Set([...LEADER_HEADS, 'embassy', 'consulate', 'mission', 'post']);

/** The names of the body a cable calls `the Alliance` (the guide's short form). */
const ALLIANCE_OF = new Set(['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']);

/**
 * The head words of the cable's bodies of two or more words: the last word, or the first before `of`
 * (`Chamber of Deputies`); also of the long form the glossary gives a body named by its letters
 * (`IAEA`, then `the Agency`: the IAEA's own short name).
 */
function bodyHeads(candidates: readonly Candidate[], longForms: ReadonlyMap<string, string>): Set<string> {
  const heads = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'organization' || candidate.guess) continue;
    addHeads(candidate.name, heads);
    const longForm = longForms.get(candidate.name);
    if (longForm !== undefined) addHeads(longForm, heads);
  }
  // `the Alliance` in a cable that names NATO: its short name, though its own name holds no such head.
  if (candidates.some((candidate) => ALLIANCE_OF.has(candidate.name))) heads.add('Alliance');
  // A plural head alone is a kind, not one body (`the Partners`, `the Forces`).
  for (const head of heads) if (NO_SHORT_FORM.has(head.toLowerCase()) || PLURAL.test(head)) heads.delete(head);
  return heads;
}

/** A body's name's head words, if it has two words or more. */
function addHeads(name: string, heads: Set<string>): void {
  const space = name.indexOf(' ');
  if (space < 0) return;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (isOrgHead(last)) heads.add(last);
  const first = name.slice(0, space);
  if (name.startsWith('of ', space + 1) && (isOrgHead(first) || isOrgStart(first))) heads.add(first);
}

/**
 * A feature's designator that names one place when alone (`the Canal` after `the Panama Canal`,
 * `the Strip` after `the Gaza Strip`); not `the State`, `the City`, `the Bank`, which stand for
 * bodies as often.
 */
const FEATURE_HEADS = new Set(['canal', 'strip', 'river', 'lake', 'peninsula', 'valley', 'delta', 'dam', 'gulf', 'strait', 'straits', 'desert', 'corridor', 'heights']);

/** The designators of the cable's places of two or more words that stand for them alone (`FEATURE_HEADS`). */
function placeHeads(candidates: readonly Candidate[]): Set<string> {
  const heads = new Set<string>();
  for (const candidate of candidates) {
    const space = candidate.name.lastIndexOf(' ');
    if (candidate.kind !== 'place' || candidate.guess || space < 0) continue;
    const last = candidate.name.slice(space + 1);
    if (FEATURE_HEADS.has(last.toLowerCase())) heads.add(last);
  }
  return heads;
}

/** Candidates for the short forms the paragraphs use of the cable's own bodies, features and families. */
export function shortFormCandidates(candidates: readonly Candidate[], paragraphs: readonly Paragraph[], longForms: ReadonlyMap<string, string> = new Map()): Candidate[] {
  return [...shortForms(bodyHeads(candidates, longForms), 'organization', paragraphs), ...shortForms(placeHeads(candidates), 'place', paragraphs), ...familyPlurals(candidates, paragraphs)];
}

/** `the Sharifs`, `The Sharifs’`: a capitalised plural after `the`, its singular captured; not before another name's word (`the Claims Service`). */
const THE_PLURAL = /(?<=\b[Tt]he )(\p{Lu}\p{Ll}+)s\b(?![ -]\p{Lu})/gu;

/**
 * `the Sharifs` after `Nawaz Sharif`: a family named by the plural of a surname the cable gives a
 * person is a person (the guide: a family name standing for a family), though the word is also an
 * English one (`sharif`).
 */
function familyPlurals(candidates: readonly Candidate[], paragraphs: readonly Paragraph[]): Candidate[] {
  const surnames = new Set(candidates.filter((c) => c.kind === 'person' && !c.guess && c.name.includes(' ')).map((c) => c.name.slice(c.name.lastIndexOf(' ') + 1)));
  if (surnames.size === 0) return [];
  const found = new Set<string>();
  const plurals = [...surnames].map((surname) => `${surname}s`);
  for (const paragraph of paragraphs) {
    // Only a paragraph that holds such a plural is searched.
    if (!plurals.some((plural) => paragraph.text.includes(plural))) continue;
    for (const match of paragraph.text.matchAll(THE_PLURAL)) if (surnames.has(match[1]!)) found.add(`${match[1]!}s`);
  }
  return [...found].map((name) => ({ name, kind: 'person', source: 'text', written: [name] }));
}

/**
 * Whether `the ` and one of the head words stand anywhere in the text: each `the ` is looked at once
 * (a paragraph holds a few dozen), rather than the whole text searched once for each head.
 */
function holdsTheHead(text: string, heads: readonly string[]): boolean {
  for (let at = text.indexOf('the '); at >= 0; at = text.indexOf('the ', at + 4)) {
    for (let i = 0; i < heads.length; i++) if (text.startsWith(heads[i]!, at + 4)) return true;
  }
  return false;
}

/** `the <Head>` alone in the paragraphs, for each head word: a candidate of that kind. */
function shortForms(heads: Set<string>, kind: Candidate['kind'], paragraphs: readonly Paragraph[]): Candidate[] {
  if (heads.size === 0) return [];
  const found = new Set<string>();
  const words = [...heads];
  for (const paragraph of paragraphs) {
    // Only a paragraph that holds `the <Head>` is searched.
    if (!holdsTheHead(paragraph.text, words)) continue;
    for (const match of paragraph.text.matchAll(THE_HEAD_ALONE)) if (heads.has(match[1]!)) found.add(match[1]!);
  }
  return [...found].map((name) => ({ name, kind, source: 'text', written: [name] }));
}
