/**
 * Issue 3, item 7: how to cite a cable and one of its paragraphs, caveats included. Pure functions.
 */
import {
  ALX_DATE,
  ALX_REFERENCE,
  CLASSIFICATION_LINE,
  DATE_TIME_GROUP,
  MARKING,
  PARTIAL_NOTICE,
  POST_AND_NUMBER,
  ROUTING_START,
  SCOOP_FOOTER,
  SCOOP_TITLE,
} from './patterns.ts';
import { MONTH_NAMES } from './months.ts';
import { CABLEGATE_ID } from './cablegate-id.ts';
import { idConflictCaveat, idConflictOf } from './provenance.ts';
import type { Cable, Citation, Paragraph } from './types.ts';

/**
 * Who published this copy of the cable, from the input text as read (`text`) and its parse:
 * - `Scoop` when the text carries the Scoop news site's furniture: its `Cablegate: …` title line
 *   first, or its `© Scoop Media` footer (the seed);
 * - `WikiLeaks` for a Cablegate copy: a Cablegate reference id together with what WikiLeaks'
 *   cablegate pages and their mirrors carry: the partial-extract notice, the telegram routing
 *   (`VZCZC…`), a date-time group, the classification line with post and number, or the five
 *   lines alx/cablegate puts first (every cable of seeds/cablegate is one of these);
 * - null otherwise.
 */
export function detectPublisher(text: string, cable: Cable): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const firstLines = lines.filter((line) => line.trim() !== '').slice(0, 40);
  if (lines.some((line) => SCOOP_FOOTER.test(line)) || (firstLines[0] !== undefined && SCOOP_TITLE.test(firstLines[0]))) return 'Scoop';
  if (cable.referenceId === null || !CABLEGATE_ID.test(cable.referenceId)) return null;
  const alx = firstLines.length >= 3 && ALX_REFERENCE.test(firstLines[0]!.trim()) && ALX_DATE.test(firstLines[2]!.trim());
  const telegram = firstLines.some(
    (line) =>
      ROUTING_START.test(line) ||
      DATE_TIME_GROUP.test(line) ||
      (CLASSIFICATION_LINE.test(line) && POST_AND_NUMBER.test(line.replace(/\s+$/, ''))),
  );
  return alx || telegram || PARTIAL_NOTICE.test(text) ? 'WikiLeaks' : null;
}

/**
 * The citation of a cable. `text` is, in this order, each part only when known:
 * `"<subject>", cable <reference id>, <origin>, <day month year> (<caveats>)`, e.g.
 * `"MUASHER ON PRODUCTIVE KUWAIT MEETING, PERSISTENT PROBLEMS WITH SYRIA", cable 04AMMAN1288, AMMAN (partial extract, via WikiLeaks)`
 * and, for the seed, `"Guatemala/Mexico Border Issues, Staffdel Meacham", cable (partial extract, via Scoop)`.
 * - The subject is as written, whitespace collapsed, without a leading portion marking (`(C) `);
 *   double quotes inside it become single ones (`"…"` → `'…'`, `“…”` → `‘…’`) so the outer pair
 *   still reads as the title's. Without a subject the text starts `Cable <reference id>`.
 * - The date is the cable's own (`19 February 2004`); the origin as the cable gives it.
 * - Caveats: `partial extract` when the copy is one, `via <publisher>` when it is known, and a
 *   warning when the file's id and the text's disagree (`warning: filed as 05SOFIA1280, but its
 *   text is 05PARIS5539`); without any there are no brackets.
 * `path` is the reader page `/cables/<id>/`; a paragraph's citation adds `, ¶N, <page URL>#parN`
 * (see `paragraphCitation`).
 */
export function citationFor(cable: Cable, publisher: string | null): Citation {
  const subject = citableSubject(cable.subject);
  const parts: string[] = [];
  if (subject !== null) parts.push(`"${subject}"`);
  parts.push(subject !== null ? (cable.referenceId !== null ? `cable ${cable.referenceId}` : 'cable') : `Cable ${cable.referenceId ?? cable.id}`);
  if (cable.origin !== null && cable.origin.trim() !== '') parts.push(cable.origin.replace(/\s+/g, ' ').trim());
  const date = readableDate(cable.date);
  if (date !== null) parts.push(date);
  const conflict = idConflictOf(cable);
  const caveats = [
    ...(cable.partial ? ['partial extract'] : []),
    ...(publisher !== null ? [`via ${publisher}`] : []),
    ...(conflict !== null ? [idConflictCaveat(conflict)] : []),
  ];
  const text = parts.join(', ') + (caveats.length > 0 ? ` (${caveats.join(', ')})` : '');
  return { text, path: `/cables/${cable.id}/`, publisher };
}

/**
 * One paragraph's citation: `<cable citation>, ¶N, <origin>/cables/<id>/#parN`. `origin` is the
 * site's origin without a trailing slash (`https://example.org`). An unnumbered paragraph has no
 * `¶N` part; its link carries its anchor all the same.
 */
export function paragraphCitation(citation: Citation, paragraph: Pick<Paragraph, 'anchor' | 'number'>, origin: string): string {
  const number = paragraph.number !== null ? `¶${paragraph.number}, ` : '';
  return `${citation.text}, ${number}${origin}${citation.path}#${paragraph.anchor}`;
}

/** The subject as cited: collapsed, no leading portion marking, inner double quotes made single; null when empty. */
function citableSubject(subject: string | null): string | null {
  if (subject === null) return null;
  const collapsed = subject.replace(/\s+/g, ' ').trim().replace(MARKING, '').trim();
  if (collapsed === '') return null;
  return collapsed.replace(/"/g, "'").replace(/\u201c/g, '\u2018').replace(/\u201d/g, '\u2019');
}

/** `2004-02-19` → `19 February 2004`; null when missing or not a date. */
function readableDate(iso: string | null): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const month = MONTH_NAMES[Number(m[2]) - 1];
  return month === undefined ? null : `${Number(m[3])} ${month} ${m[1]}`;
}
