import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** A section heading as Astro's `render(entry)` reports it (`MarkdownHeading`). */
export interface CableHeading {
  depth: number;
  slug: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Section headings in page order, for `rendered.metadata.headings` and the page's TOC. */
    headings: CableHeading[];
  }
}

/** Collects every titled section (`section[id] > h2`) into `file.data.headings`. */
export const rehypeSectionHeadings: Plugin<[], Root> = () => (tree, file) => {
  const headings: CableHeading[] = [];
  visit(tree, 'element', (element) => {
    const section = element.data?.cableSection;
    if (element.tagName !== 'section' || typeof element.properties['id'] !== 'string') return;
    const title = section?.title ?? '';
    if (title.trim() !== '') headings.push({ depth: 2, slug: element.properties['id'], text: title });
  });
  file.data.headings = headings;
};
