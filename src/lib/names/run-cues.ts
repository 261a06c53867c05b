/**
 * Cues on one run of capitalised words, read beside runs.ts's reading (entities.ts `readRun`):
 * `the West`, a style opening a Malay name, a region's name written with a space for its hyphen.
 */
import type { Mention } from './runs.ts';
import type { Token } from './tokens.ts';
import { isPlace } from './words.ts';

/** The name `theWest` reads: names.yaml's `notNames` holds `west` for the compass word alone, so the candidate must pass it. */
export const THE_WEST = 'West';

/**
 * `the West`, `The West`: the Western world, a place (the labels, as `Mideast`); `West` alone
 * elsewhere (`the U.S. and West`, a surname) stays unread. A run going on (`the West Bank`) is
 * another name.
 */
export function theWest(run: Token[], before: string | undefined, text: string): Mention | null {
  const west = run[run.length - 1]!;
  if (west.text !== THE_WEST || run.length > 2) return null;
  if (run.length === 1 ? before !== 'the' : run[0]!.text !== 'The') return null;
  return { text: text.slice(west.start, west.end), kind: 'place', start: west.start, end: west.end };
}

/**
 * Malay styles opening a person's name (`Tun Eusoff Chin`, `Tengku Adnan Tengku Mansor`, `Tan Sri
 * Ahmad Fairuz`): titles by the guide, so the name starts after them. Inside a name (`Adnan Tengku
 * Mansor`) a style is the name's. (`Datuk`, `Dato`, `Datin`, `Seri` are names.yaml titles.)
 */
const LEADING_STYLE = /^(?:(?:Tun|Tunku|Tengku|Tan\s+Sri|Toh\s+Puan)(?:\s+Seri)?(?:\s+|$))+/;

/** A person's name without the styles opening it; a style alone (`the honorific title of 'Tan Sri'`) is none. */
export function withoutLeadingStyle(mention: Mention): Mention | null {
  if (mention.kind !== 'person' || mention.text.charCodeAt(0) !== 84 /* T */) return mention;
  const style = LEADING_STYLE.exec(mention.text);
  if (!style) return mention;
  if (style[0].length === mention.text.length) return null;
  return { ...mention, text: mention.text.slice(style[0].length), start: mention.start + style[0].length };
}

/** The white space between a region's words, where the gazetteer writes hyphens (`KwaZulu Natal`). */
const WORD_GAPS = /\s+/g;

/**
 * `KwaZulu Natal`: a guessed name that the gazetteer holds with hyphens for its spaces is that
 * place (`KwaZulu-Natal`, `Emilia-Romagna`), no person.
 */
export function withHyphenatedPlace(mention: Mention): Mention {
  if (!mention.guess || !mention.text.includes(' ') || !isPlace(mention.text.replace(WORD_GAPS, '-'))) return mention;
  return { text: mention.text, kind: 'place', start: mention.start, end: mention.end };
}
