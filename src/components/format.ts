/** Small display helpers shared by the pages. */
import { monthName } from '../lib/months.ts';

/** `2004-02-19` → `19 February 2004` (no time zone games: the ISO date is taken as written). */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${day} ${monthName(month)} ${year}`;
}

/** Newest first; undated cables last, then by id so the order is stable. */
export function newestFirst(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id.localeCompare(b.id);
}

/** CSS class suffix for a classification: `SECRET//NOFORN` → `secret`. */
export function classificationLevel(classification: string | null): string {
  if (!classification) return 'none';
  if (classification.startsWith('SECRET')) return 'secret';
  if (classification.startsWith('CONFIDENTIAL')) return 'confidential';
  return 'unclassified';
}
