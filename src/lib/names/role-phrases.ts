/**
 * Titles and offices that read like bodies' names (issue 7, the nineteenth round; the guide: a
 * title alone is no name, nor an office as a role): a legislator's title with its house, a compound
 * title with a body's word inside, an embassy's section named by its function.
 */
import type { Mention } from './runs.ts';

/** `a Member of Parliament`, `Members of Congress`: a legislator's title; the labels mark neither it nor the house in it. */
const MEMBER_OF_HOUSE = /^Members? of (?:the )?(?:Parliament|Congress|Senate|House|National Assembly|Assembly)$/;

/** A title's first words before a body's word: `Deputy Department`, `Vice Navy`, `First Deputy Department`. */
const TITLE_OPENING = /^(?:(?:First|Acting|Former)\s+)?(?:Deputy|Vice|Assistant)\s/;

/** The title's last word right after the body's word: `Deputy Department Director`, `Vice Navy Chief`. */
const TITLE_CLOSING = /^\s+(?:Director|Chief|Head|Commander|Chairman|Secretary|Minister)\b/;

/** An embassy's section by its function (`the Consular Section`, `the Political Section`): an office as a role, as `Poloff`; `Narcotics Affairs Section` is a named one. */
const EMBASSY_SECTION = /^(?:Consular|Political|Economic|Econ|Pol|Pol-Econ|Political-Economic|Management|Commercial|Agricultural|Administrative|Public Affairs|Press) Section$/;

/** A body's name the run reader found that is a title or a role: `Member of Parliament`; `Deputy Department` before `Director`; `the Consular Section`. */
export function isRolePhrase(mention: Mention, text: string): boolean {
  if (mention.kind !== 'organization') return false;
  if (MEMBER_OF_HOUSE.test(mention.text) || EMBASSY_SECTION.test(mention.text)) return true;
  return TITLE_OPENING.test(mention.text) && TITLE_CLOSING.test(text.slice(mention.end, mention.end + 14));
}
