/**
 * Cues on one run of capitalised words, read beside runs.ts's reading (entities.ts `readRun`):
 * `the West`.
 */
import type { Mention } from './runs.ts';
import type { Token } from './tokens.ts';

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
