/**
 * Every mention of a cable's name variants in a paragraph: leftmost, then longest, never
 * overlapping, each between word edges (no letter, digit or `_` right before or after it).
 *
 * Text as written is scanned once with the variants grouped by their first character, comparing
 * literally only where one may start (a one-class expression of the first characters finds those
 * places): a regular expression of every variant (tried at every character, after a Unicode
 * lookbehind) cost more than all the rest of locating. Text in capitals
 * (a few paragraphs) keeps that expression, case-insensitive, for Unicode case folding.
 */

/** One mention: the entity whose variant it is, and where it stands. */
export interface VariantHit<T> {
  owner: T;
  start: number;
  end: number;
}

/** Finds the variants in one paragraph. */
export type VariantFinder<T> = (text: string) => VariantHit<T>[];

/** A letter, a digit or `_`, outside ASCII (`\p{L}`: `é`, `ª`, Arabic letters). */
const NON_ASCII_WORD_CHARACTER = /^[\p{L}\p{N}_]$/u;

const isAsciiWordCharacter = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** Whether a code point is a letter, a digit or `_` (what a mention may not touch). */
function isWordCharacter(code: number | undefined): boolean {
  if (code === undefined) return false;
  return code < 128 ? isAsciiWordCharacter(code) : NON_ASCII_WORD_CHARACTER.test(String.fromCodePoint(code));
}

/** Whether the character right before `at` (both halves of a surrogate pair) is a letter, a digit or `_`. */
function isWordCharacterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return isWordCharacter(code);
  const lowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return isWordCharacter(lowSurrogate && at >= 2 && /[\uD800-\uDBFF]/.test(text[at - 2]!) ? text.codePointAt(at - 2) : code);
}

/** The first (longest) of a group's variants that stands at `at` and ends at a word edge. */
function longestAt(group: string[], text: string, at: number): string | undefined {
  // Indexed: a for-of over an array allocates a result per step in a facts job's code (docs/entities.md, "Speed").
  for (let i = 0; i < group.length; i++) {
    const variant = group[i]!;
    if (text.startsWith(variant, at) && !isWordCharacter(text.codePointAt(at + variant.length))) return variant;
  }
  return undefined;
}

/** Variants as written: grouped by first character, longest first in each group (ties in the given order). */
function literalFinder<T>(owners: Map<string, T>): VariantFinder<T> {
  const byFirst = new Map<number, string[]>();
  for (const variant of longestFirst(owners)) {
    const group = byFirst.get(variant.charCodeAt(0)) ?? [];
    group.push(variant);
    byFirst.set(variant.charCodeAt(0), group);
  }
  const firsts = firstCharacters(byFirst.keys());
  return (text) => {
    const hits: VariantHit<T>[] = [];
    // Only where a variant's first character stands, and no letter, digit or `_` right before it, may a mention start.
    // `test`, not `exec`: no match object for each place; the class matches one code unit, right before `lastIndex`.
    firsts.lastIndex = 0;
    while (firsts.test(text)) {
      const at = firsts.lastIndex - 1;
      const variant = isWordCharacterBefore(text, at) ? undefined : longestAt(byFirst.get(text.charCodeAt(at))!, text, at);
      if (variant === undefined) continue;
      hits.push({ owner: owners.get(variant)!, start: at, end: at + variant.length });
      firsts.lastIndex = at + variant.length;
    }
    return hits;
  };
}

/**
 * Any of these UTF-16 code units (no `u` flag: a surrogate is matched alone, as the groups key it):
 * the engine's scan for them skips the text between candidates faster than a loop over each character.
 */
function firstCharacters(codes: Iterable<number>): RegExp {
  const units = [...codes].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('');
  return units === '' ? /(?!)/g : new RegExp(`[${units}]`, 'g');
}

/** Characters that may not stand right before or after a mention: letters, digits, `_`. */
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

/** Variants in any case: one expression, longest first; `owners` is keyed in lower case. */
function anyCaseFinder<T>(owners: Map<string, T>): VariantFinder<T> {
  const variants = longestFirst(owners);
  if (variants.length === 0) return () => []; // an empty alternation would match everywhere
  const alternation = variants.map((variant) => variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`${WORD_EDGE_BEFORE}(?:${alternation})${WORD_EDGE_AFTER}`, 'giu');
  return (text) => {
    const hits: VariantHit<T>[] = [];
    for (const match of text.matchAll(pattern)) {
      const owner = owners.get(match[0].toLowerCase());
      if (owner !== undefined) hits.push({ owner, start: match.index, end: match.index + match[0].length });
    }
    return hits;
  };
}

function longestFirst<T>(owners: Map<string, T>): string[] {
  return [...owners.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * The finders for a cable's variants (each variant → its owner; the first owner of a variant
 * keeps it), as written and in any case, each built when first needed: most cables have no
 * paragraph in capitals, some nothing to find.
 */
export function variantFinders<T>(variants: Iterable<[string, T]>): { asWritten: VariantFinder<T>; anyCase: VariantFinder<T> } {
  const owners = new Map<string, T>();
  for (const [variant, owner] of variants) if (!owners.has(variant)) owners.set(variant, owner);
  let written: VariantFinder<T> | undefined;
  let any: VariantFinder<T> | undefined;
  const lowerCased = (): Map<string, T> => {
    const lower = new Map<string, T>();
    for (const [variant, owner] of owners) if (!lower.has(variant.toLowerCase())) lower.set(variant.toLowerCase(), owner);
    return lower;
  };
  return {
    asWritten: (text) => (written ??= literalFinder(owners))(text),
    anyCase: (text) => (any ??= anyCaseFinder(lowerCased()))(text),
  };
}
