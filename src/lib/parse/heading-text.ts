/** Whether a line reads as a heading: short, no sentence end, title case or capitals. */
import { headingKey } from '../annotations.ts';
import { MARKING, PAGE_HEADER, PARAGRAPH_START } from '../patterns.ts';
import { capitalisedShare } from '../text-case.ts';
import type { SectionKind } from '../types.ts';

/** `//US-SPAIN RELATIONS//` (09MADRID551): slashes that frame a heading. */
export const SLASH_FRAMED = /^\/\/\s*(.*?)\s*\/\/$/;

/** A heading set off by one dash, like a list item: `-Optical Media: New Digital Codes Requirement` (03BRASILIA698). */
export const DASH_BULLET = /^-(?=[A-Z])/;

/** Heading-like text: short, no sentence end, title case or capitals. `strict` asks for the case test. */
export function isHeadingText(text: string, strict: boolean): boolean {
  // A heading may carry its own portion marking: `(U) Russian Presentations on Iran`.
  const t = text.trim().replace(MARKING, '').replace(SLASH_FRAMED, '$1').replace(DASH_BULLET, '');
  // A page header or a redaction alone on its line (`XXXXXXXXXXXX`) is no heading.
  if (PAGE_HEADER.test(t) || /^[xX]+$/.test(t)) return false;
  if (t.length < 2 || t.length > 100 || !/[A-Za-z]/.test(t)) return false;
  if (/[.,;]$/.test(t) || /^(?:end|begin)\b/i.test(t)) return false;
  if (PARAGRAPH_START.test(t) || /^(?:--|\(?[A-Za-z0-9]{1,2}[.)]\s)/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 14) return false;
  if (t.endsWith(':') && words.length > 4) return false;
  if (!strict) return true;
  if (!/^["“'(]?[A-Z0-9]/.test(t)) return false;
  if (!/[a-z]/.test(t)) return /[A-Z]{2}/.test(t);
  return isTitleCase(words);
}

/** At least three in four significant words (small words aside) start with a capital. */
function isTitleCase(words: string[]): boolean {
  return (capitalisedShare(words) ?? 0) >= 0.75;
}

/** A short heading in sentence case (`Visit overview`, `Haiti`): capital first letter, at most 8 words. */
export function isShortHeading(text: string): boolean {
  const t = text.trim();
  return /^[A-Z]/.test(t) && t.split(/\s+/).length <= 8 && isHeadingText(t, false);
}

/** Title case, capitals, or a short sentence-case heading. */
export function isAnyHeading(text: string): boolean {
  return isHeadingText(text, true) || isShortHeading(text);
}

/** The kind of section a heading opens. */
export function kindOfHeading(title: string): SectionKind {
  const key = headingKey(title.replace(MARKING, ''));
  if (/^(?:executive\s+)?summary\b|^(?:introduction|overview)\s+and\s+summary$/.test(key)) return 'summary';
  if (/^(?:embassy\s+|post\s+|general\s+)?comments?\b/.test(key)) return 'comment';
  return 'body';
}
