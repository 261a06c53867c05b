/** Small display helpers shared by the pages. */
import { monthName } from '../lib/months.ts';

/** `2004-02-19` → `19 February 2004` (no time zone games: the ISO date is taken as written). */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${day} ${monthName(month)} ${year}`;
}

/** Newest first, undated last (src/lib/browse.ts: the browse pages sort the same way). */
export { newestFirst } from '../lib/browse.ts';

/** CSS class suffix for a classification: `SECRET//NOFORN` → `secret`. */
export function classificationLevel(classification: string | null): string {
  if (!classification) return 'none';
  if (classification.startsWith('SECRET')) return 'secret';
  if (classification.startsWith('CONFIDENTIAL')) return 'confidential';
  return 'unclassified';
}
