/**
 * Acronyms a cable defines as a thing or a role, not a body (issue 7, the nineteenth round): the
 * finder reads an unknown bracketed acronym as a body's, so each of these classes would otherwise
 * be marked wherever the cable uses the letters.
 */
import { isTitle } from './words.ts';

/** `(IOCs)`, `(CSRTs)`, `(CSOs)`: capitals with a plural `s`, a class of things or bodies, never one body's letters. */
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;

/** A long form's words in lower case, letters only (`unsymmetrical dimethylhydrazine`, `public switched networks`). */
const LOWER_CASE_WORD = /^[a-z]+$/;

/** Prepositions after a title that make the rest its portfolio (`Minister in the …`, `Secretary to the …`). */
const TITLE_LINKS = new Set(['of', 'in', 'to', 'for', 'on']);

/**
 * `unsymmetrical dimethylhydrazine (UDMH)`, `public switched networks (PSTN)`: a chemical's or a
 * technology's name in lower case whose letters (the first a word's initial, each word giving one
 * at least) spell the acronym inside its words, not as initials; a lower-case long form of initials
 * is acronyms.ts `isConcept`'s. `the ruling party (PRI)` spells nothing and stays a body.
 */
function spelledInside(acronym: string, words: string[]): boolean {
  if (acronym.length < 3) return false;
  const letters = acronym.toLowerCase();
  for (let count = 2; count <= Math.min(words.length, letters.length); count++) {
    const long = words.slice(-count);
    if (!long.every((word) => LOWER_CASE_WORD.test(word)) || long[0]![0] !== letters[0]) continue;
    let at = 0;
    let everyWord = true;
    for (const word of long) {
      const from = at;
      for (const char of word) if (char === letters[at]) at++;
      everyWord &&= at > from;
    }
    if (at === letters.length && everyWord) return true;
  }
  return false;
}

/**
 * `Minister in the Executive Committee (MEC)`, `Secretary to the Government of the Federation
 * (SGF)`: a long form that opens with titles and a preposition names a role (the guide: a title
 * alone is no name), however its portfolio ends; `Prime Minister's Office` is an office.
 */
function isRoleLongForm(longForm: readonly string[]): boolean {
  const link = longForm.findIndex((word) => TITLE_LINKS.has(word));
  return link > 0 && longForm.slice(0, link).every((word) => isTitle(word));
}

/** A role's portfolio as the cable wrote it (`Executive Committee` in `Minister in the Executive Committee (MEC)`): part of the title, no body's name in this cable. */
export function rolePortfolio(longForm: readonly string[] | null): string | null {
  if (!longForm || !isRoleLongForm(longForm)) return null;
  const rest = longForm.slice(longForm.findIndex((word) => TITLE_LINKS.has(word)) + 1);
  return (rest[0] === 'the' ? rest.slice(1) : rest).join(' ') || null;
}

/**
 * The bracketed letters (`written`, as in the brackets) define no body: a plural, a thing spelled
 * inside lower-case words, or a role. `words` are those before the brackets; `longForm` those whose
 * initials spell the letters (acronyms.ts `longFormOf`), or null.
 */
export function definesNoBody(written: string, words: readonly string[], longForm: readonly string[] | null): boolean {
  if (PLURAL_ACRONYM.test(written)) return true;
  if (longForm) return isRoleLongForm(longForm);
  return spelledInside(written, words.slice(-written.length));
}
