/**
 * Titles that read like bodies' names (issue 7, the nineteenth round; the guide: a title alone is
 * no name): a legislator's title with its house, and a compound title with a body's word inside.
 */
import type { Mention } from './runs.ts';

/** `a Member of Parliament`, `Members of Congress`: a legislator's title; the labels mark neither it nor the house in it. */
const MEMBER_OF_HOUSE = /^Members? of (?:the )?(?:Parliament|Congress|Senate|House|National Assembly|Assembly)$/;

/** A title's first words before a body's word: `Deputy Department`, `Vice Navy`, `First Deputy Department`. */
const TITLE_OPENING = /^(?:(?:First|Acting|Former)\s+)?(?:Deputy|Vice|Assistant)\s/;

/** The title's last word right after the body's word: `Deputy Department Director`, `Vice Navy Chief`. */
const TITLE_CLOSING = /^\s+(?:Director|Chief|Head|Commander|Chairman|Secretary|Minister)\b/;

/** A body's name the run reader found that is a title: `Member of Parliament`; `Deputy Department` before `Director`. */
export function isRolePhrase(mention: Mention, text: string): boolean {
  if (mention.kind !== 'organization') return false;
  if (MEMBER_OF_HOUSE.test(mention.text)) return true;
  return TITLE_OPENING.test(mention.text) && TITLE_CLOSING.test(text.slice(mention.end, mention.end + 14));
}
