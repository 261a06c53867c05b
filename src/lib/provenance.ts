/**
 * Issue 10, item 4: the way back to the source. Where a copy of a cable was published, and
 * whether its file and its text agree on which cable it is. Pure functions.
 */
import { CABLEGATE_ID } from './cablegate-id.ts';
import { ID_CONFLICT_WARNING } from './parse/identity.ts';
import type { Cable } from './types.ts';


/** The publishers the site can name, with the page a reader finds them at. */
const PUBLISHER_SITES: Record<string, string> = {
  // The seed's text names the publisher only in its furniture (`© Scoop Media`), not the story's address.
  Scoop: 'https://www.scoop.co.nz/',
};

/** A link to where the cable was published. */
export interface Publication {
  /** What the link says: `WikiLeaks: 04AMMAN1288`, `Scoop (scoop.co.nz)`. */
  label: string;
  href: string;
}

/** WikiLeaks' page of a Cablegate cable: `https://wikileaks.org/plusd/cables/04AMMAN1288_a.html`. */
export function wikileaksUrl(referenceId: string): string {
  return `https://wikileaks.org/plusd/cables/${encodeURIComponent(referenceId)}_a.html`;
}

/**
 * The original publication(s) of this copy: WikiLeaks' cable page for a Cablegate id, and the
 * publisher's site when another publisher (the seed's Scoop) put this copy out. Empty when neither
 * is known.
 */
export function publicationsOf(cable: Pick<Cable, 'referenceId'>, publisher: string | null): Publication[] {
  const found: Publication[] = [];
  if (publisher !== null && publisher !== 'WikiLeaks') {
    const site = PUBLISHER_SITES[publisher];
    if (site) found.push({ label: `${publisher} (${new URL(site).hostname.replace(/^www\./, '')})`, href: site });
  }
  if (cable.referenceId !== null && CABLEGATE_ID.test(cable.referenceId)) {
    found.push({ label: `WikiLeaks: ${cable.referenceId}`, href: wikileaksUrl(cable.referenceId) });
  }
  return found;
}

/** The file's id and the id its own text gives, when the two disagree. */
export interface IdConflict {
  /** The id the archive filed the text under (the file name), which the site uses. */
  fileId: string;
  /** The id the text itself gives (post and number of its header). */
  textId: string;
}

/** The parser's finding that the text is another cable than its file name says; null when they agree. */
export function idConflictOf(cable: Pick<Cable, 'warnings'>): IdConflict | null {
  for (const warning of cable.warnings) {
    const match = ID_CONFLICT_WARNING.exec(warning.message);
    if (match?.[1] && match[2]) return { textId: match[1], fileId: match[2] };
  }
  return null;
}

/** The citation's caveat for an id conflict: `filed as 05SOFIA1280, but its text is 05PARIS5539`. */
export function idConflictCaveat(conflict: IdConflict): string {
  return `warning: filed as ${conflict.fileId}, but its text is ${conflict.textId}`;
}
