/**
 * The cable parser: text in, the contract's `Cable` out. A composition of the parts in
 * `parse/`, one job each: the frame (publisher furniture, alx lines), the header fields, the
 * signature and trailer, the body reader (paragraphs and headings), the sections, the identity.
 */
import type { CableAnnotations } from './annotations.ts';
import { rememberHeaderFields } from './header.ts';
import { cleanText } from './text-clean.ts';
import { CLASSIFIED_BY, GLUED_FIRST_PARAGRAPH } from './patterns.ts';
import type { BodyLine } from './parse/body-lines.ts';
import { readBody } from './parse/body-reader.ts';
import { classificationFromMarkings } from './parse/classification.ts';
import type { DraftParagraph } from './parse/drafts.ts';
import { readFrame } from './parse/frame.ts';
import { readHeader, type HeaderFacts } from './parse/header-fields.ts';
import { identityOf } from './parse/identity.ts';
import { buildSections } from './parse/sections.ts';
import { readSignature } from './parse/signature.ts';
import type { Cable, Classification, Paragraph, ParseWarning } from './types.ts';

export { furnitureKind } from './parse/body-lines.ts';
export { collapse } from './parse/text.ts';

/** What `parseCable` needs besides the text. */
export interface ParseOptions {
  /** Goes to the JSON's `file` as given (a project-relative path with forward slashes). */
  file: string;
  /** The file's base name, for a reference id taken from it; defaults to the last part of `file`. */
  fileName?: string | undefined;
  /** The cable's sidecar annotations, if it has any. */
  annotations?: CableAnnotations | null | undefined;
}

/**
 * Turns one cable's text into the contract's `Cable`. Pure: no file system, no Astro. Never throws
 * on bad input (empty text, binary junk, a file of metadata lines only): what it cannot read
 * becomes warnings.
 */
export function parseCable(input: string, options: ParseOptions): Cable {
  const warnings: ParseWarning[] = [];
  // The decoder has already done this (with warnings); text given directly is cleaned here too.
  const text = cleanText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const lines = text.split('\n').map((line) => line.trimEnd());
  const frame = readFrame(lines);
  const alxLines = frame.alx ? lines.slice(frame.start, frame.start + 5) : [];
  const header = readHeader(lines, frame.start + alxLines.length, frame.end);
  const signed = readSignature(lines, header.bodyStart, frame.end, warnings);
  const glued = splitGluedFirstParagraph(lines, header);
  const body: BodyLine[] = [...(glued ? [glued] : [])];
  for (let i = header.bodyStart; i < signed.bodyEnd; i++) body.push({ line: i + 1, text: lines[i]! });
  const { paragraphs: drafts, headings, artifacts } = readBody(body, warnings);
  const signature = signed.gluedSignature !== null && drafts.length > 0 ? takeGluedSignature(drafts, signed.gluedSignature) : signed.signature;
  const sidecarWarnings: ParseWarning[] = [...(options.annotations?.warnings ?? [])];
  const { paragraphs, sections } = buildSections(drafts, headings, options.annotations ?? null, sidecarWarnings);

  const fileName = options.fileName ?? options.file.split('/').pop() ?? options.file;
  const date = header.date ?? frame.alx?.date ?? null;
  const identity = identityOf(header, frame, fileName, date, warnings);
  const classification = classificationOf(header.classification ?? frame.alx?.classification ?? null, paragraphs, warnings);
  if (paragraphs.length === 0 && lines.some((l) => l.trim() !== '')) {
    warnings.push({ line: Math.min(header.bodyStart + 1, lines.length), message: 'no cable text found after the header' });
  }
  warnings.sort((a, b) => a.line - b.line);
  warnings.push(...sidecarWarnings);

  const cable: Cable = {
    id: identity.id,
    file: options.file,
    referenceId: identity.referenceId,
    subject: identity.subject,
    date,
    origin: header.origin ?? frame.alx?.origin ?? header.postNumber?.post ?? null,
    classification,
    tags: header.tags,
    references: header.references,
    partial: header.partial,
    header: [...alxLines, ...header.lines].filter((l) => l.trim() !== ''),
    sections,
    paragraphs,
    artifacts: artifacts.map((a) => ({ line: a.line, kind: a.kind, text: a.text, after: paragraphs[a.after]?.anchor ?? null })),
    signature,
    warnings,
  };
  // The header's other facts (E.O., Classified By, field lines, addresses) go to the annotators beside the Cable.
  rememberHeaderFields(cable, { eo: header.eo, classifiedBy: header.classifiedBy, fields: header.fieldLines, addresses: header.addresses });
  return cable;
}

/**
 * One paragraph per line: ¶1 glued to the end of the `Classified By` line (`… REASON: 1.4 (b), (d)
 * 1. (C) Summary: …`, 09TRIPOLI686) starts the body. Cuts it off the header's last line and
 * returns it as the body's first line, or null.
 */
function splitGluedFirstParagraph(lines: string[], header: HeaderFacts): BodyLine | null {
  const last = header.lines[header.lines.length - 1];
  if (last === undefined || !header.lines.slice(-3).some((l) => CLASSIFIED_BY.test(l))) return null;
  const glued = GLUED_FIRST_PARAGRAPH.exec(last);
  let at = header.bodyStart - 1;
  while (at > 0 && lines[at]!.trim() === '') at--;
  if (!glued || lines[at] !== last) return null;
  header.lines[header.lines.length - 1] = last.slice(0, glued.index).trimEnd();
  return { line: at + 1, text: glued[1]! };
}

/** Takes the signature glued to the last line off the last paragraph; returns it. */
function takeGluedSignature(drafts: DraftParagraph[], name: string): string {
  const last = drafts[drafts.length - 1]!;
  const lastPart = last.parts[last.parts.length - 1]!;
  last.parts[last.parts.length - 1] = lastPart.slice(0, lastPart.length - name.length).trimEnd();
  return name;
}

/** A partial extract without its classification line (05PARIS4749): the highest portion marking. */
function classificationOf(fromHeader: Classification | null, paragraphs: Paragraph[], warnings: ParseWarning[]): Classification | null {
  if (fromHeader !== null) return fromHeader;
  const fromMarkings = classificationFromMarkings(paragraphs.map((p) => p.marking));
  if (fromMarkings !== null) warnings.push({ line: 1, message: `no classification line: ${fromMarkings} taken from the highest portion marking` });
  return fromMarkings;
}
