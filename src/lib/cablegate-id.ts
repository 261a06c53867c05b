/**
 * What a Cablegate reference id says by itself: `04AMMAN1288` is message 1288 of the embassy in
 * Amman, sent in 2004. The year is the one fact about a cable that survives when its copy lost
 * its header (a partial extract without a date line), so the year facet and the shard plan read it.
 */

/** A Cablegate reference id: two-digit year, post, message number (`04AMMAN1288`). */
export const CABLEGATE_ID = /^\d{2}[A-Z]+\d+$/;

/** The two-digit year an id (or a file named after one) starts with. */
const ID_YEAR = /^(?<yy>\d{2})[A-Z]/;

/** The year an id starts with (the release spans 1966–2010: `66…` is 1966, `04…` 2004), or null. */
export function idYear(id: string): number | null {
  const yy = ID_YEAR.exec(id)?.groups?.['yy'];
  if (yy === undefined) return null;
  const year = Number(yy);
  return year >= 50 ? 1900 + year : 2000 + year;
}
