/** The cable's identity: its URL id, reference id and subject, from the text, the file name and the furniture. */
import type { ParseWarning } from '../types.ts';
import type { Frame } from './frame.ts';
import type { HeaderFacts } from './header-fields.ts';
import { slugify, startsWithWords } from './text.ts';

/** The warning a cable gets when its text's reference id is not its file name's (05SOFIA1280 holds 05PARIS5539). */
export function idConflictMessage(textId: string, fileId: string): string {
  return `reference id "${textId}" in the text differs from the file name's "${fileId}"`;
}

/** Reads `idConflictMessage` back: group 1 the text's id, group 2 the file's. */
export const ID_CONFLICT_WARNING = /^reference id "([^"]+)" in the text differs from the file name's "([^"]+)"$/;

/** A file named by its Cablegate reference id: `04AMMAN1288.txt`. */
const REFERENCE_FILE_NAME = /^(\d{2}[A-Z]+\d+)\.txt$/;

export interface Identity {
  id: string;
  referenceId: string | null;
  subject: string | null;
}

/**
 * The news site's title is a title-cased copy of the subject; the SUBJECT line is the cable's own
 * wording and wins, unless the title says something else (then the title is kept as the subject).
 */
function subjectOf(header: HeaderFacts, frame: Frame): string | null {
  const { scoopSubject } = frame;
  const subject = header.subject ?? frame.alx?.subject ?? scoopSubject;
  if (scoopSubject !== null && subject !== scoopSubject && !startsWithWords(subject ?? '', scoopSubject)) return scoopSubject;
  return subject;
}

/** The reference id the text gives: alx's line, or year + post + number from the classification line. */
function textReferenceOf(header: HeaderFacts, frame: Frame, date: string | null, fileReference: string | null): string | null {
  if (frame.alx) return frame.alx.reference;
  if (header.postNumber === null) return null;
  const year = date?.slice(2, 4) ?? fileReference?.slice(0, 2) ?? null;
  return year === null ? null : `${year}${header.postNumber.post.replace(/[^A-Z]/g, '')}${header.postNumber.number}`;
}

export function identityOf(header: HeaderFacts, frame: Frame, fileName: string, date: string | null, warnings: ParseWarning[]): Identity {
  const subject = subjectOf(header, frame);
  const fileReference = REFERENCE_FILE_NAME.exec(fileName)?.[1] ?? null;
  const textReference = textReferenceOf(header, frame, date, fileReference);
  // A file named by its reference id wins: where the two differ, the archive put another cable's
  // text under this id (05SOFIA1280 holds 05PARIS5539's), and links use the archive's id.
  const referenceId = fileReference ?? textReference;
  if (textReference !== null && fileReference !== null && textReference !== fileReference) {
    warnings.push({ line: header.postNumber?.line ?? 1, message: idConflictMessage(textReference, fileReference) });
  }
  const id = referenceId ?? (subject ? slugify(subject) : '');
  return { id: id !== '' ? id : slugify(fileName.replace(/\.txt$/i, '')) || 'cable', referenceId, subject };
}
