import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Cable } from '../lib/types.ts';
import { cableParser } from './cable-parser.ts';
import { type CableHeading, rehypeSectionHeadings } from './rehype-headings.ts';
import { rehypeCopyLinkButtons, rehypeMarkingBadges, rehypeParagraphLinks } from './rehype-paragraphs.ts';

/** The cable body as HTML, with the headings the page's table of sections lists. */
export interface RenderedCable {
  html: string;
  headings: CableHeading[];
}

/**
 * Our own pipeline, Cable → hast → HTML: the cable parser plugin builds the tree, one-job
 * rehype plugins decorate it, rehype-stringify escapes every text node. Built once, reused.
 */
const processor = unified()
  .use(cableParser)
  .use(rehypeParagraphLinks)
  .use(rehypeMarkingBadges)
  .use(rehypeCopyLinkButtons)
  .use(rehypeSectionHeadings)
  .use(rehypeStringify)
  .freeze();

/** Renders the sections, paragraphs and signature of one cable (not its header block). */
export function renderCable(cable: Cable): RenderedCable {
  const file = new VFile({ path: cable.file, value: '', data: { cable } });
  const html = String(processor.processSync(file));
  return { html, headings: file.data.headings ?? [] };
}
