import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { cableNodeInfo } from './cable-parser.ts';

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
    const info = cableNodeInfo(element);
    if (element.tagName !== 'section' || !info || info.paragraph) return undefined;
    const { id, title } = info.section;
    if (title.trim() !== '') headings.push({ depth: 2, slug: id, text: title });
    return SKIP; // sections do not nest
  });
  file.data.headings = headings;
};
