/** The classification as the contract writes it, from a cable's classification line or its portion markings. */
import type { Cable, Classification } from '../types.ts';

/**
 * The contract's six values from the classification line as written: spaced letters joined,
 * UNCLAS → UNCLASSIFIED; SENSITIVE/SBU/FOUO → //FOR OFFICIAL USE ONLY; NOFORN → //NOFORN.
 */
export function normaliseClassification(line: string, headerLines: string[]): Classification | null {
  // Spaced letters joined; a doubled first letter (`UUNCLAS`, `SS E C R E T`) is a typing slip.
  const squeezed = line.replace(/^(\s*)([SCU])\2/, '$1$2').replace(/\b([A-Z]) (?=[A-Z]\b)/g, '$1');
  const upper = squeezed.toUpperCase();
  let base: 'UNCLASSIFIED' | 'CONFIDENTIAL' | 'SECRET' | null = null;
  if (/^\s*SECRET/.test(upper)) base = 'SECRET';
  else if (/^\s*CONFIDENTIAL/.test(upper)) base = 'CONFIDENTIAL';
  else if (/^\s*UNCLAS/.test(upper) || /^\s*LIMITED OFFICIAL USE/.test(upper)) base = 'UNCLASSIFIED';
  if (base === null) return null;
  // Handling lines of their own between the classification line and the SUBJECT (`NOFORN`,
  // `SENSITIVE`); a `SENSITIVE BUT UNCLASSIFIED` note below the subject is not counted, as in the
  // archive's metadata (05RECIFE78, 07PARIS2027).
  const handling = headerLines.filter((l) => /^\s*(?:NOFORN|SENSITIVE)\b/.test(l)).join(' ');
  if (base === 'UNCLASSIFIED') {
    return /\b(?:SENSITIVE|SBU|FOUO|FOR OFFICIAL USE ONLY)\b/.test(upper + ' ' + handling) || /LIMITED OFFICIAL USE/.test(upper)
      ? 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'
      : 'UNCLASSIFIED';
  }
  return /\bNOFORN\b/.test(upper + ' ' + handling) ? `${base}//NOFORN` : base;
}

/** The classification implied by the highest portion marking (`S` > `C` > `U`/`SBU`), or null. */
export function classificationFromMarkings(markings: (string | null)[]): Cable['classification'] {
  const levels = new Set(markings.map((m) => (m === null ? null : /^(?:TS|S)\b/.test(m) ? 'S' : /^C\b/.test(m) ? 'C' : /^(?:U|SBU|LOU|FOUO)\b/.test(m) ? 'U' : null)));
  if (levels.has('S')) return 'SECRET';
  if (levels.has('C')) return 'CONFIDENTIAL';
  if (levels.has('U')) return 'UNCLASSIFIED';
  return null;
}
