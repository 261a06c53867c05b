/**
 * Acronyms a cable defines in brackets after their long form: which define no name (a concept, a
 * government-of form), and which define a body whose long form is then one name.
 */
import { lexicon } from './lexicon.ts';
import type { Paragraph } from '../types.ts';
import type { Mention } from './runs.ts';
import { definesNoBody, rolePortfolio } from './defined-things.ts';
import { acronymKind, isOrdinaryWord, isOwnerWord, isOrgHead, isOrgStart, isPlace, type GlossaryKnowledge } from './words.ts';

/** Any acronym in brackets, e.g. `intellectual property rights (IPR)`. */
const ANY_BRACKETED_ACRONYM = /\(([A-Z][A-Za-z&]{1,9})\)/g;
/** Small words a long form may hold without giving a letter (`Government of the State of Eritrea`). */
const LONG_FORM_SKIPS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'to', '&']);

/**
 * Acronyms the cable defines as something that is no name: a thing written in lower case
 * (`public-private partnership (PPP)`, `intellectual property rights (IPR)`), or a government-of
 * form (`Government of the State of Eritrea (GSE)`). Those it defines for a place the lists know
 * (`Central African Republic (CAR)`) are added to `places`.
 */
export function conceptAcronyms(paragraphs: Paragraph[], glossary: GlossaryKnowledge, places?: Set<string>): Set<string> {
  const concepts = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(ANY_BRACKETED_ACRONYM)) {
      const acronym = match[1]!.replace(/[^A-Z]/g, '');
      const words = paragraph.text.slice(Math.max(0, match.index - 120), match.index).split(/[\s-]+/).filter(Boolean);
      const longForm = longFormOf(acronym, words);
      // `The Eritrean government (GSE)`: a government-of form whatever its letters.
      if (/^(?:government|regime)$/.test(words.at(-1) ?? '')) concepts.add(match[1]!);
      // `(IOCs)`, `(UDMH)` after `dimethylhydrazine`, `Minister in the Executive Committee (MEC)`: things and roles (defined-things.ts).
      else if (definesNoBody(match[1]!, words, longForm) && !knownBody(acronym, glossary)) {
        concepts.add(acronym);
        const portfolio = rolePortfolio(longForm);
        if (portfolio) concepts.add(portfolio);
      } else if (places && longForm && !knownBody(acronym, glossary) && isPlace(longForm.join(' '))) {
        places.add(acronym); // `Central African Republic (CAR)`: the country's letters
      } else if (longForm && isIndefinite(longForm, words) && !knownBody(match[1]!, glossary)) {
        concepts.add(match[1]!);
        concepts.add(longForm.join(' ')); // the long form read as a body's name (`Center of Excellence`) is none either
      } else if (longForm && isConcept(longForm) && !knownBody(match[1]!, glossary)) concepts.add(match[1]!);
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

/**
 * `a Regional Integrated Air and Missile Defense (RIAMD) strategy`, `a Shared Early Warning (SEW)`:
 * a long form after `a` or `an` without a body's head word names a kind of thing, not one body
 * (`a Commission of Parliamentary Inquiry (CPI)`, `an Indian Police Service (IPS) officer` are bodies).
 */
function isIndefinite(longForm: string[], words: string[]): boolean {
  return /^(?:a|an)$/i.test(words[words.length - longForm.length - 1] ?? '') && !longForm.some((word) => isOrgHead(word) || isOrgStart(word));
}

/** An acronym the glossary or names.yaml knows as a body's (`FIU`, `CBP`). */
export function knownBody(acronym: string, glossary: GlossaryKnowledge): boolean {
  return glossary.organizations.has(acronym) || lexicon().orgAcronyms.has(acronym);
}

/**
 * The words before an acronym whose initials spell it, read backwards; null when they do not. A
 * small word may give its letter (`Center of Excellence (COE)`) or none (`Air and Missile Defense
 * (RIAMD)`): skipping it is tried first, then its letter.
 */
function longFormOf(acronym: string, words: string[]): string[] | null {
  const read = (letter: number, at: number): number | null => {
    if (letter < 0) return at;
    if (at < 0) return null;
    const word = words[at]!;
    const skip = LONG_FORM_SKIPS.has(word.toLowerCase());
    const skipped = skip ? read(letter, at - 1) : null;
    if (skipped !== null) return skipped;
    return word[0]?.toUpperCase() === acronym[letter] ? read(letter - 1, at - 1) : null;
  };
  const from = read(acronym.length - 1, words.length - 1);
  return from === null ? null : words.slice(from + 1);
}

/** The word right before a long form (`U.S.`, `Austrian`), which may own the body. */
const OWNER_BEFORE = /(?<![\p{L}.])(U\.S\.|US|\p{Lu}\p{Ll}+)\s+$/u;

/** A long form's word that must be capitalised for the long form to be a name (small words need not be). */
const isContentWord = (word: string): boolean => !LONG_FORM_SKIPS.has(word.toLowerCase());

/**
 * Bodies the paragraph defines: `Customs and Border Protection (CBP)`, `Truth and Reconciliation
 * Commission (TRC)`, each long form one organisation's name when its acronym names a body.
 */
export function definedBodies(text: string, glossary: GlossaryKnowledge): Mention[] {
  const bodies: Mention[] = [];
  for (const match of text.matchAll(ANY_BRACKETED_ACRONYM)) {
    const acronym = match[1]!;
    const letters = acronym.replace(/[^A-Z]/g, '');
    const before = text.slice(Math.max(0, match.index - 120), match.index);
    const longForm = longFormOf(letters, before.split(/[\s-]+/).filter(Boolean));
    const words = before.split(/[\s-]+/).filter(Boolean);
    if (!longForm || longForm.length < 2 || ((isConcept(longForm) || isIndefinite(longForm, words) || definesNoBody(acronym, words, longForm) || isPlace(longForm.join(' '))) && !knownBody(acronym, glossary)) || acronymKind(acronym, glossary) !== 'organization') continue;
    if (!longForm.filter(isContentWord).every((word) => /^\p{Lu}/u.test(word)) || !/^\p{Lu}/u.test(longForm[0]!)) continue;
    const pattern = new RegExp(`${longForm.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]+')}\\s*$`, 'u');
    const found = pattern.exec(before);
    if (!found) continue;
    // `U.S. Customs and Border Protection (CBP)`, `the Austrian Financial Intelligence Unit (FIU)`:
    // the country or demonym before the long form is the body's (the guide: `Peruvian Army`).
    const owner = OWNER_BEFORE.exec(before.slice(0, found.index));
    const start = match.index - before.length + found.index - (owner && isOwnerWord(owner[1]!) ? owner[0].length : 0);
    const name = text.slice(start, match.index).trimEnd().replace(/['’]s$/u, ''); // `Department of Energy's (DOE)`: no possessive
    bodies.push({ text: name, kind: 'organization', start, end: start + name.length });
  }
  return bodies;
}
