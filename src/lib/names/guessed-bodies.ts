/**
 * A name of words no cue, list or head word makes a body, only the finder's guess from its
 * ordinary last word (runs.ts: `Beira Grain Terminal`), is marked only where the site identifies
 * it (issue 7, the nineteenth round): on dev one such guess in four is a body; the rest are places
 * and sites (`the Yasukuni Shrine`, `Pankisi Gorge`, `Dubai Metro`), documents and events
 * (`Santarem Letter`, `Paris Declaration`, `Pugwash Workshop`), people and phrases.
 */
import type { EntityKind } from '../types.ts';

/** A guessed body's name of more than one word (merge.ts `unidentified`, for a draft no candidate cued). */
export function isGuessedBody(name: string, kind: EntityKind): boolean {
  return kind === 'organization' && name.includes(' ');
}
