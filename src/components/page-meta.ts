/** What a reader page tells search engines and link previews (issue 10, item 5). */
import type { Cable } from '../lib/types.ts';

/** Longest description: what link previews show before cutting it themselves. */
const DESCRIPTION_MAX = 200;
/** A `Summary:` label the cable writes at the start of its summary paragraph. */
const SUMMARY_LABEL = /^\s*(?:summary\s*(?:and comment\s*)?[:.-]\s*)/i;

/**
 * The page's description: the cable's summary (its summary section's first paragraph, without
 * the `Summary:` label), else its first paragraph, cut at a word before 200 characters; the
 * subject when the cable has no text.
 */
export function pageDescription(cable: Pick<Cable, 'sections' | 'paragraphs' | 'subject' | 'id'>): string {
  const summary = cable.sections.find((section) => section.kind === 'summary');
  const anchor = summary?.paragraphs[0];
  const paragraph = cable.paragraphs.find((candidate) => candidate.anchor === anchor) ?? cable.paragraphs[0];
  const text = (paragraph?.text ?? cable.subject ?? cable.id).replace(/\s+/g, ' ').replace(SUMMARY_LABEL, '').trim();
  if (text.length <= DESCRIPTION_MAX) return text;
  const cut = text.slice(0, DESCRIPTION_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > DESCRIPTION_MAX / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`;
}
