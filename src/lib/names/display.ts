/**
 * How a name is shown and keyed: title case for names written in capitals, the slug of its page,
 * and whether a cleaned name can be an entity at all.
 */
import { slugify } from '../slug.ts';
import { lexicon } from './lexicon.ts';
import { SIX_POWERS_NAME } from './words.ts';

/** A run of redaction marks (`XXXXXXXXXXXX`). */
export const REDACTION = /X{3,}/i;
export const LETTER = /\p{L}/u;
export const UPPER = /\p{Lu}/u;
export const LOWER = /\p{Ll}/u;

export { isAllCaps } from '../text-case.ts';

/**
 * The slug of an entity's page `/entities/<slug>/`: lower case, ASCII, hyphens (`Todd Chapman` →
 * `todd-chapman`, `São Paulo` → `sao-paulo`, `McMullen` → `mcmullen`). Depends on the name only.
 */
export function entitySlug(name: string): string {
  return PLAIN_NAME.test(name) ? name.toLowerCase().replaceAll(' ', '-') : slugify(name, { decamelize: false });
}

/**
 * ASCII letters and digits in words joined by single spaces or hyphens (`Todd Chapman`, `al-Qaida`):
 * most names. Their slug is their lower case with hyphens for spaces, which slugify gives only after
 * transliterating and several replacements (a fresh name costs it tens of microseconds; a build
 * meets each name of a cable fresh in its worker). tests/unit/names-slug.test.ts holds the two equal.
 */
const PLAIN_NAME = /^[A-Za-z\d]+(?:[ -][A-Za-z\d]+)*$/;

/** The key under which names of one entity meet: its slug (`Women's`, `Womens`). */
export function keyOf(name: string): string {
  return entitySlug(name);
}

/** `GUEBUZA` → `Guebuza`, `MCMULLEN` → `McMullen`, `THOMAS-GREENFIELD` → `Thomas-Greenfield`. */
export function titleCaseWord(word: string): string {
  const lower = word.toLowerCase();
  const cased = lower.replace(/(^|[-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return cased.replace(/^Mc(\p{L})/u, (_, letter: string) => `Mc${letter.toUpperCase()}`);
}

/** Country initials kept in capitals when a name is title-cased. */
const CAPITAL_INITIALS = new Set(['UK', 'US', 'USA', 'USSR', 'UAE', 'DPRK', 'PRC', 'ROK', 'EU', 'UN']);
/** Small words of a name, lower case inside it (`Bank of Mexico`, `Jose de la Cruz`). */
const SMALL_WORDS = /^(?:OF|AND|THE|DE|DA|DO|DEL|LA|LE|BIN|AL|VAN|VON|FOR|ON)$/;

/**
 * Title-cases the words of a name written in capitals (`NORIEGA` → Noriega, `Ruben COSTAS` →
 * Ruben Costas); keeps acronyms (`U.S.`, `OAS`, `USSR`) and words written in mixed case.
 */
export function displayCase(name: string, keepAcronyms = true): string {
  return name
    .split(' ')
    .map((word) => {
      if (LOWER.test(word)) return word;
      if (SMALL_WORDS.test(word)) return word.toLowerCase();
      const lex = lexicon();
      const lower = word.toLowerCase();
      // `OAS` stays; `CUBA`, `IVAN`, `LIMA` are words of a name.
      const known = lex.dictionary.has(lower) || lex.countries.has(lower) || lex.places.has(lower) || lex.firstNames.has(lower);
      const acronym = word.includes('.') || (keepAcronyms && (CAPITAL_INITIALS.has(word) || (word.length <= 4 && !known)));
      return acronym ? word : titleCaseWord(word);
    })
    .join(' ')
    .replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** Whether a cleaned name can be an entity at all. */
/** `al-`, `el-`, `ad-`…: an article hyphenated to the capitalised name it opens; `al`, `el` also apart (`al Qaeda`). */
const ARTICLE_OPENING = /^(?:\p{Ll}{2,3}-|(?:al|el) )\p{Lu}/u;

/** A name as the site lists it: an opening article capitalised, as at a sentence's start (`al-Shabaab` → `Al-Shabaab`). */
export const listedName = (name: string): string => (ARTICLE_OPENING.test(name) ? name[0]!.toUpperCase() + name.slice(1) : name);

export function isPlausibleName(name: string): boolean {
  if (name.length < 2 || !LETTER.test(name) || REDACTION.test(name)) return false;
  // Digits only in a road's code (`BR-163`) and the six powers' count (`P5+1`).
  // A lower-case article hyphenated to a capital opens a name (`al-Shabaab`, `al-Qaeda`, `al Qaeda`).
  if (!(UPPER.test(name[0]!) || ARTICLE_OPENING.test(name)) || (/\d/.test(name) && !/^[A-Z]{1,3}-\d{1,4}$/.test(name) && !SIX_POWERS_NAME.test(name))) return false;
  const lex = lexicon();
  const lower = name.toLowerCase();
  if (lex.notNames.has(lower) || /^GO[A-Z]{1,3}$/.test(name)) return false;
  // Every word a title (`Foreign Minister`) is no name. Most names' first word is none: asked first, without splitting the name.
  const space = lower.indexOf(' ');
  if (!lex.titles.has(space < 0 ? lower : lower.slice(0, space))) return true;
  return !name.split(' ').every((word) => lex.titles.has(word.toLowerCase()));
}

/** The first letter of each word of a name, as written (`Mohammed bin Zayed` → `MbZ`); hyphens part words. */
export const wordInitials = (name: string): string => name.split(/[\s-]+/).map((word) => word[0]).join('');
