import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { AnnotatedCable } from '../lib/types.ts';
import { cableParser } from './cable-parser.ts';
import { type CableHeading, rehypeSectionHeadings } from './rehype-headings.ts';
import {
  rehypeArtifacts,
  rehypeEntityMarks,
  rehypeGlossaryTerms,
  rehypeRedactions,
  rehypeReferenceLinks,
  rehypeTruncatedMarkers,
} from './rehype-inline.ts';
import {
  rehypeCutOffFlags,
  rehypeEditorialNotes,
  rehypeMarkingBadges,
  rehypeParagraphLinks,
  rehypeParagraphTools,
} from './rehype-paragraphs.ts';

/** The cable body as HTML, with the headings the page's table of sections lists. */
export interface RenderedCable {
  html: string;
  headings: CableHeading[];
}

/**
 * Our own pipeline, AnnotatedCable → hast → HTML: the cable parser plugin builds the tree (and
 * splits each paragraph's text where its annotations lie), one-job rehype plugins decorate it,
 * rehype-stringify escapes every text node. Built once, reused.
 */
const processor = unified()
  .use(cableParser)
  .use(rehypeArtifacts)
  .use(rehypeRedactions)
  .use(rehypeTruncatedMarkers)
  .use(rehypeReferenceLinks)
  .use(rehypeGlossaryTerms)
  .use(rehypeEntityMarks)
  .use(rehypeParagraphLinks)
  .use(rehypeMarkingBadges)
  .use(rehypeCutOffFlags)
  .use(rehypeEditorialNotes)
  .use(rehypeParagraphTools)
  .use(rehypeSectionHeadings)
  .use(rehypeStringify)
  .freeze();

/** Renders the sections, paragraphs and signature of one cable (not its header block). */
export function renderCable(cable: AnnotatedCable): RenderedCable {
  const file = new VFile({ path: cable.file, value: '', data: { cable } });
  const html = String(processor.processSync(file));
  return { html, headings: file.data.headings ?? [] };
}
