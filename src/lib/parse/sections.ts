/**
 * Groups paragraphs into sections: the opening section (before the first heading), one per
 * heading, and the comment, which runs from its first paragraph to the end. Gives paragraphs
 * their anchors (`parN`, `parN-2` for a repeat, `text-N` for unnumbered text).
 */
import { isPageId, SECTION_ID_PREFIX } from '../page-ids.ts';
import { headingKey, type CableAnnotations, type SectionAnnotation } from '../annotations.ts';
import { COMMENT_END, COMMENT_START, LONE_END, SUMMARY_END, SUMMARY_START } from '../patterns.ts';
import type { Paragraph, ParseWarning, Section, SectionKind } from '../types.ts';
import type { DraftHeading, DraftParagraph } from './drafts.ts';
import { kindOfHeading } from './heading-text.ts';
import { collapse, slugify } from './text.ts';

/** A run of paragraphs under one heading (or none, before the first). */
interface Block {
  heading: DraftHeading | null;
  from: number;
  to: number;
}

/** One section to add: the id it would like, its title and kind, and its paragraph range. */
interface SectionRequest {
  wantedId: string;
  title: string;
  kind: SectionKind;
  heading: string | null;
  from: number;
  to: number;
}

export function buildSections(
  drafts: DraftParagraph[],
  headings: DraftHeading[],
  annotations: CableAnnotations | null,
  /** Warnings on lines of the sidecar (kept apart: they are not sorted among the cable's lines). */
  sidecarWarnings: ParseWarning[],
): { paragraphs: Paragraph[]; sections: Section[] } {
  const builder = new SectionBuilder(paragraphAnchors(drafts), annotations?.sections ?? [], annotations?.file ?? 'annotations');
  const texts = drafts.map((draft) => collapse(draft.parts.join(' ')));
  const blocks = blocksOf(headings, drafts.length);
  blocks.forEach((block, i) => {
    for (const request of sectionsOfBlock(block, i === blocks.length - 1, texts, headings.length)) builder.add(request);
  });
  sidecarWarnings.push(...builder.unusedAnnotations(), ...builder.renamed);
  const paragraphs: Paragraph[] = drafts.map((draft, i) => ({
    anchor: builder.anchors[i]!,
    number: draft.number,
    section: builder.sectionOf[i]!,
    marking: draft.marking,
    text: texts[i]!,
  }));
  return { paragraphs, sections: builder.sections };
}

/** `parN` for numbered paragraph N (`parN-2` for its repeat), `text-N` for unnumbered text. */
function paragraphAnchors(drafts: DraftParagraph[]): string[] {
  const seen = new Map<number, number>();
  let unnumbered = 0;
  return drafts.map((draft) => {
    if (draft.number === null) return `text-${++unnumbered}`;
    const count = (seen.get(draft.number) ?? 0) + 1;
    seen.set(draft.number, count);
    return count === 1 ? `par${draft.number}` : `par${draft.number}-${count}`;
  });
}

function blocksOf(headings: DraftHeading[], count: number): Block[] {
  const blocks: Block[] = [];
  const firstHeadingAt = headings.length > 0 ? headings[0]!.before : count;
  if (firstHeadingAt > 0) blocks.push({ heading: null, from: 0, to: firstHeadingAt });
  headings.forEach((heading, i) => blocks.push({ heading, from: heading.before, to: headings[i + 1]?.before ?? count }));
  return blocks;
}

/** The sections one block makes: itself, and an inline comment that opens inside it (last block only). */
function sectionsOfBlock(block: Block, isLast: boolean, texts: string[], headingCount: number): SectionRequest[] {
  const headingKind = block.heading ? kindOfHeading(block.heading.title) : null;
  const commentAt = isLast && headingKind !== 'comment' ? inlineCommentStart(texts, block.from, block.to) : -1;
  const splitAt = commentAt >= 0 ? commentAt : block.to;
  const comment: SectionRequest[] = commentAt >= 0 ? [{ wantedId: 'comment', title: 'Comment', kind: 'comment', heading: null, from: commentAt, to: block.to }] : [];
  if (block.heading === null) {
    if (splitAt <= block.from) return comment;
    const holdsSummary = texts.slice(block.from, splitAt).some((t) => SUMMARY_START.test(t) || SUMMARY_END.test(t));
    const [wantedId, title] = holdsSummary ? ['summary', 'Summary'] : headingCount === 0 && commentAt < 0 ? ['text', 'Text'] : ['opening', 'Opening'];
    return [{ wantedId, title, kind: holdsSummary ? 'summary' : 'body', heading: null, from: block.from, to: splitAt }, ...comment];
  }
  const title = block.heading.title.replace(/[:.\s]+$/, '');
  if (splitAt === block.from && commentAt >= 0) {
    // The heading's own first paragraph opens the comment: the heading titles the comment.
    return [{ wantedId: 'comment', title, kind: 'comment', heading: block.heading.title, from: block.from, to: block.to }];
  }
  const wantedId = headingKind === 'summary' ? 'summary' : headingKind === 'comment' ? 'comment' : slugify(title);
  return [{ wantedId, title, kind: headingKind ?? 'body', heading: block.heading.title, from: block.from, to: splitAt }, ...comment];
}

/** Adds sections in order: unique ids, the annotations' short ids and labels, each paragraph's section. */
class SectionBuilder {
  readonly sections: Section[] = [];
  readonly sectionOf: string[];
  readonly anchors: string[];
  /** Warnings for sidecar ids that are the page's own (`main`): they are prefixed. */
  readonly renamed: ParseWarning[] = [];
  private readonly annotations: SectionAnnotation[];
  private readonly sidecarFile: string;
  private readonly usedIds = new Set<string>();
  private readonly usedAnnotations = new Set<number>();

  // No parameter properties: the loader's workers run this file with Node's type stripping.
  constructor(anchors: string[], annotations: SectionAnnotation[], sidecarFile: string) {
    this.anchors = anchors;
    this.annotations = annotations;
    this.sidecarFile = sidecarFile;
    this.sectionOf = new Array<string>(anchors.length).fill('');
  }

  add(request: SectionRequest): void {
    const note = this.annotationFor(request.heading, request.wantedId);
    if (note?.id !== undefined && isPageId(note.id)) {
      const file = this.sidecarFile;
      this.renamed.push({ line: note.line, message: `${file}:${note.line}: annotations: section id "${note.id}" is one of the page's own ids; ${SECTION_ID_PREFIX}${note.id} is used`, file });
    }
    const id = this.uniqueId(note?.id ?? request.wantedId);
    for (let i = request.from; i < request.to; i++) this.sectionOf[i] = id;
    this.sections.push({ id, title: note?.label ?? request.title, kind: request.kind, paragraphs: this.anchors.slice(request.from, request.to) });
  }

  /** Warnings for annotations that matched no section. */
  unusedAnnotations(): ParseWarning[] {
    return this.annotations.flatMap((annotation, i) => {
      if (this.usedAnnotations.has(i)) return [];
      const what = annotation.heading !== undefined ? `heading "${annotation.heading}"` : `section "${annotation.section}"`;
      const file = this.sidecarFile;
      return [{ line: annotation.line, message: `${file}:${annotation.line}: annotations: ${what} matches no section of this cable`, file }];
    });
  }

  private uniqueId(wanted: string): string {
    // Never an id of the page's own (`main`, `copy-status`, `term-…`: prefixed) nor one a paragraph uses.
    const base = wanted === '' ? 'section' : isPageId(wanted) ? `${SECTION_ID_PREFIX}${wanted}` : wanted;
    let id = base;
    for (let k = 2; this.usedIds.has(id) || /^par\d+$/.test(id) || /^text-\d+$/.test(id); k++) id = `${base}-${k}`;
    this.usedIds.add(id);
    return id;
  }

  /** The first unused annotation for this heading (by its words) or for this section id. */
  private annotationFor(heading: string | null, defaultId: string): SectionAnnotation | null {
    const key = heading === null ? null : headingKey(heading);
    const index = this.annotations.findIndex(
      (a, i) => !this.usedAnnotations.has(i) && ((a.heading !== undefined && key !== null && headingKey(a.heading) === key) || a.section === defaultId),
    );
    if (index < 0) return null;
    this.usedAnnotations.add(index);
    return this.annotations[index]!;
  }
}

/** Index of the paragraph that opens an inline comment in [from, to), or -1. */
function inlineCommentStart(texts: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const text = texts[i]!;
    if (!COMMENT_START.test(text)) continue;
    // A short aside (`Comment: … End Comment.`) followed by more reporting is not the comment section.
    const closesHere = /\bend\s+comments?\b/i.test(text);
    if (closesHere && i + 1 < to && !texts.slice(i + 1, to).every((t) => COMMENT_START.test(t) || t.length < 400)) continue;
    return i;
  }
  for (let i = from; i < to; i++) {
    const text = texts[i]!;
    const end = text.length > 60 ? text.slice(-60) : text;
    if ((COMMENT_END.test(end) || LONE_END.test(end)) && !SUMMARY_START.test(text)) return i;
  }
  return -1;
}
