/**
 * Values read from header lines: the lower-case classification line, post and number, the
 * date-time group, the TAGS, the classification.
 */
import { monthNumber } from '../months.ts';
import { CAVEATS, CLASSIFICATION_ANYWHERE, POST_AND_NUMBER } from '../patterns.ts';
import type { Classification } from '../types.ts';
import { normaliseClassification } from './classification.ts';
import { collapse } from './text.ts';

/** 04ANKARA348 writes its header in lower case: `C o n f i d e n t i a l section 01 of 04 ankara 000348`. */
export function lowerCaseClassification(text: string): RegExpExecArray | null {
  if (!/^[Cc] o n f i d e n t i a l\b|^[Ss] e c r e t\b|^[Uu]nclas\b/.test(text)) return null;
  return CLASSIFICATION_ANYWHERE.exec(text.toUpperCase());
}

/** `SECTION 01 OF 02 AMMAN 001288` → AMMAN, 1288 (caveat words before the post are skipped). */
export function postAndNumber(rest: string): { post: string; number: string } | null {
  let tail = rest;
  for (let guard = 0; guard < 6; guard++) {
    const caveat = CAVEATS.exec(tail);
    if (!caveat) break;
    tail = tail.slice(caveat[0].length);
  }
  const m = POST_AND_NUMBER.exec(tail);
  if (!m) return null;
  let post = m[1]!.trim().replace(/^(?:SECTION\s+\d+\s+OF\s+\d+\s+)/, '');
  while (CAVEATS.test(post + ' ')) {
    const caveat = CAVEATS.exec(post + ' ')!;
    if (caveat[0].length >= post.length + 1) break;
    post = post.slice(caveat[0].length);
  }
  return { post, number: String(Number(m[2]!)) };
}

/** `O 241555Z JUL 09` → 2009-07-24. Two-digit years from 50 on are 19xx (72TEHRAN5055). */
export function dateFromGroup(m: RegExpExecArray): string | null {
  const day = m[1]!;
  const month = monthNumber(m[4]!);
  if (month === null || Number(day) < 1 || Number(day) > 31) return null;
  const yy = Number(m[5]!);
  return `${yy >= 50 ? 1900 + yy : 2000 + yy}-${month}-${day}`;
}

/** A TAGS code: `PREL`, `KNNP`, `IN`. */
const TAG_CODE = /^[A-Z][A-Z0-9-]*$/;
/** A keyword tag in words between commas (`Human Rights`, 05NEWDELHI2606; `Organized Crime`, 05SOFIA1207). */
const KEYWORD_TAG = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$/;

/** The TAGS as written: codes, and keyword tags in words, in order. */
export function tagsOf(text: string): string[] {
  return text.split(/[,;]/).flatMap((chunk) => {
    const item = collapse(chunk);
    if (KEYWORD_TAG.test(item)) return [item];
    return item.split(' ').filter((t) => TAG_CODE.test(t));
  });
}

/** The routing line that tells the level by its letters: `ZNY CCCCC ZZH` (C), `ZNR UUUUU` (U). */
const ROUTING_LEVEL = /^ZN[RY]\s+([UCS])\1{4}\b/;

/** From the classification line; without one, the routing line `ZNY CCCCC ZZH` still tells the level. */
export function classificationOf(text: string | null, scanned: string[], beforeSubject: string[]): Classification | null {
  if (text !== null) return normaliseClassification(text, beforeSubject);
  const level = scanned.map((line) => ROUTING_LEVEL.exec(line.trim())).find((match) => match !== null);
  if (!level) return null;
  return ({ U: 'UNCLASSIFIED', C: 'CONFIDENTIAL', S: 'SECRET' } as const)[level[1] as 'U' | 'C' | 'S'];
}
