/**
 * Letters no list knows that qualify a thing are a thing's, not a body's (issue 7, the nineteenth
 * round): `SIM cards`, `the IVG number`, `a PPP framework`, `its MAP goals`, `the ISR hub`,
 * `USVISIT fingerprint … requirements`. The finder reads unknown capitals as a body's; a cable that
 * writes them before such a noun once means a technology, a programme or a document by them, in
 * the whole cable (entities.ts `textCandidates`, as weapons.ts). A body the lists know keeps its
 * kind (`the EU framework`).
 */
import { knownBody } from './acronyms.ts';
import type { GlossaryKnowledge } from './words.ts';

/** Capitals only, three or more: an acronym (`SIM`, `USVISIT`); `CDU-Greens` is none. */
const ACRONYM = /^[A-Z]{3,}$/;

/**
 * Nouns of things right after the letters, which a body does not own in the cables' usage (its
 * `officials`, `case`, `headquarters`, `investigation`, `project` stay out: dev's bodies have them).
 */
const THING_AFTER = /^\s+(?:cards?|numbers?|frameworks?|goals|hubs?|fingerprints?|databases?|tags?|codes?|technolog(?:y|ies)|phones?|software|formats?|standards?|certificates?|requirements|status)\b/;

/** The unknown acronym at `start`–`end` of `text` names a thing (`SIM cards`). */
export function isThingAcronymAt(text: string, start: number, end: number, glossary: GlossaryKnowledge): boolean {
  const name = text.slice(start, end);
  return ACRONYM.test(name) && THING_AFTER.test(text.slice(end, end + 16)) && !knownBody(name, glossary);
}
