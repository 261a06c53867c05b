/**
 * Endings only family names have: Slavic `-ov`, `-ev`, `-yev` (`Maskhadov`, `Dudayev`), their
 * feminine forms, `-enko`, `-vich`, `-skiy`; Georgian `-shvili`, `-dze`; Armenian `-yan`. A guessed
 * one-word name with one of them is someone, though no title or cue in the cable says so (merge.ts
 * `unidentified`): a place or a body so named is in the gazetteer or has a head word. `-in`
 * (`Yeltsin`) is left out: `Berlin`, `Kremlin`, `Tallinn` end so.
 */
const SURNAME_ENDING = /^\p{Lu}\p{Ll}+(?:[oe]v|yev|[oe]va|yeva|enko|vich|s?kiy|shvili|dze|yan)$/u;

/** `name` is one capitalised word with a family name's ending. */
export const hasSurnameEnding = (name: string): boolean => SURNAME_ENDING.test(name);
