import type { Cable } from './types.ts';

/** Facts the reader page shows from the header lines. */
export interface HeaderFactsForPage {
  /** The E.O. line as written, e.g. `E.O. 12958: DECL: 02/19/2014` (without a TAGS part on the same line). */
  eo: string | null;
  /** What follows `Classified By:`, its continuation lines joined. */
  classifiedBy: string | null;
}

const EO_LINE = /^\s*(?:E\.\s?O\.|EO)\s*:?\s*\d{4,5}\b/;
const CLASSIFIED_BY = /^\s*Classified\s+By\b\s*:?\s*/i;
/** Lines that start another header field and so end a multi-line Classified By. */
const NEXT_FIELD = /^\s*(?:SUBJECT|SUBJ|REF|TAGS|E\.\s?O\.|EO\s|SIPDIS|¶)/;

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
    if (classifiedBy === null && CLASSIFIED_BY.test(line)) {
      const parts = [line.replace(CLASSIFIED_BY, '')];
      for (let j = i + 1; j < lines.length && lines[j]!.trim() !== '' && !NEXT_FIELD.test(lines[j]!); j++) parts.push(lines[j]!);
      classifiedBy = parts.join(' ').replace(/-{3,}\s*$/, '').replace(/\s+/g, ' ').trim() || null;
    }
  }
  return { eo, classifiedBy };
}
