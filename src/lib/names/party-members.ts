/**
 * A party named by its members' plural in a cable (`the Sandinistas`, as the guide's `Social
 * Democrats`) is the party in the singular there too (`a former Sandinista`, `Sandinista cover-up
 * methods`: dev's labels), whatever a lone word's guess or a title before it made of it.
 */
import type { Candidate } from './merge.ts';

/** The cable's candidates, a one-word name whose plural the cable's text names as a body given that body's kind. */
export function withPartySingulars(candidates: Candidate[]): Candidate[] {
  const plurals = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.kind === 'organization' && candidate.source === 'text' && !candidate.guess && candidate.name.endsWith('s') && !candidate.name.includes(' ')) plurals.add(candidate.name);
  }
  if (plurals.size === 0) return candidates;
  // `the Alperons` after `Yaakov Alperon`: a family by its plural; the singular stays the person's surname.
  const surnames = new Set(candidates.filter((candidate) => candidate.kind === 'person' && candidate.name.includes(' ')).map((candidate) => candidate.name.slice(candidate.name.lastIndexOf(' ') + 1)));
  return candidates.map((candidate) => {
    if (candidate.kind === 'organization' || candidate.source !== 'text' || !plurals.has(`${candidate.name}s`) || surnames.has(candidate.name)) return candidate;
    const { guess: _guess, ...cued } = candidate;
    return { ...cued, kind: 'organization' };
  });
}
