import type { Root } from 'hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { AnnotatedCable } from '../lib/types.ts';
import { rehypeArticleHtml } from './article-html.ts';
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
 * our serialiser writes what rehype-stringify would, faster (./article-html.ts). Built once, reused.
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
  .use(rehypeArticleHtml)
  .freeze();

/** The file the pipeline reads a cable from: the parser takes the cable from its data. */
const cableFile = (cable: AnnotatedCable): VFile => new VFile({ path: cable.file, value: '', data: { cable } });

/** Renders the sections, paragraphs and signature of one cable (not its header block). */
export function renderCable(cable: AnnotatedCable): RenderedCable {
  const file = cableFile(cable);
  const html = String(processor.processSync(file));
  return { html, headings: file.data.headings ?? [] };
}

/** The decorated tree `renderCable` serialises (for tests of the serialiser). */
export function renderCableTree(cable: AnnotatedCable): Root {
  const file = cableFile(cable);
  return processor.runSync(processor.parse(file) as Root, file) as Root;
}
