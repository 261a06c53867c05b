import { CLASSIFIED_BY_PREFIX, EO_LINE, FIELD_AFTER_CLASSIFIED_BY } from './patterns.ts';
import type { Cable } from './types.ts';

/**
 * The one reader of the header lines a Cable keeps (`cable.header`): the facts the reader page,
 * the glossary and the names layer show from them. The parser reads the raw input's header once
 * (src/lib/parse/header-fields.ts); this reads its kept lines, with the patterns of patterns.ts.
 */

/** Facts the reader page shows from the header lines. */
export interface HeaderFactsForPage {
  /** The E.O. line as written, e.g. `E.O. 12958: DECL: 02/19/2014` (without a TAGS part on the same line). */
  eo: string | null;
  /** What follows `Classified By:`, its continuation lines joined. */
  classifiedBy: string | null;
}

/** The E.O. line and the Classified By text from `cable.header`. */
export function headerFacts(cable: Pick<Cable, 'header'>): HeaderFactsForPage {
  let eo: string | null = null;
  let classifiedBy: string | null = null;
  const lines = cable.header;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (eo === null && EO_LINE.test(line)) {
      eo = line.replace(/\s+TAGS\b.*$/, '').replace(/\s+/g, ' ').trim();
    }
    if (classifiedBy === null && CLASSIFIED_BY_PREFIX.test(line)) {
      const parts = [line.replace(CLASSIFIED_BY_PREFIX, '')];
      for (let j = i + 1; j < lines.length && lines[j]!.trim() !== '' && !FIELD_AFTER_CLASSIFIED_BY.test(lines[j]!); j++) parts.push(lines[j]!);
      classifiedBy = parts.join(' ').replace(/-{3,}\s*$/, '').replace(/\s+/g, ' ').trim() || null;
    }
  }
  return { eo, classifiedBy };
}
