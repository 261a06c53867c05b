/**
 * What the names rounds' unit tests ask of the finder (tests/unit/names-*-round.test.ts): a
 * paragraph's names as `kind:text`, a dev cable's entities, and those whose name matches.
 */
import { findEntities, glossaryKnowledge, namesInParagraph } from '../../src/lib/entities.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { readCable } from '../../src/lib/read.ts';
import type { EntityUse } from '../../src/lib/types.ts';

export const glossary = glossaryKnowledge(loadGlossary());

/** One paragraph's names, `kind:text` each, in order. */
export const names = (text: string): string[] => namesInParagraph(text, glossary).map((m) => `${m.kind}:${m.text}`);

/** The same, a guessed kind marked `?` (`person?:Forest`): only the site can then confirm it. */
export const guessedNames = (text: string): string[] => namesInParagraph(text, glossary).map((m) => `${m.kind}${m.guess ? '?' : ''}:${m.text}`);

/** A cable of seeds/cablegate/'s entities, as its own text gives them (no site linking). */
export const entitiesOf = async (id: string): Promise<EntityUse[]> => findEntities(await readCable(`seeds/cablegate/${id}.txt`));

/** The entities whose name matches, `kind:name:mentions` (`:guess` when only guessed). */
export const named = (entities: EntityUse[], pattern: RegExp): string[] =>
  entities.filter((e) => pattern.test(e.name)).map((e) => `${e.kind}:${e.name}:${e.occurrences.length}${e.guess ? ':guess' : ''}`);
