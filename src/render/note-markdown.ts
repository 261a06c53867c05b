import type { PhrasingContent, Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Turns every heading of a note into a paragraph of strong text. A note sits inside a cable
 * paragraph: a heading there would enter the page's outline (and screen readers' list of
 * headings) beneath the cable's own section headings, where it does not belong.
 */
export const remarkHeadingsAsStrong: Plugin<[], MdastRoot> = () => (tree) => {
  visit(tree, 'heading', (heading, index, parent) => {
    if (parent === undefined || index === undefined) return undefined;
    const strong: PhrasingContent = { type: 'strong', children: heading.children };
    parent.children[index] = { type: 'paragraph', children: [strong] };
    return undefined;
  });
};

/**
 * Shows raw HTML written in a note as the text it is (escaped later by rehype-stringify) instead
 * of dropping it silently: notes are Markdown, and a stray tag should be seen and fixed.
 */
export const remarkRawHtmlAsText: Plugin<[], MdastRoot> = () => (tree) => {
  visit(tree, 'html', (html, index, parent) => {
    if (parent === undefined || index === undefined) return undefined;
    const text: PhrasingContent = { type: 'text', value: html.value };
    const inFlow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
    parent.children[index] = inFlow ? { type: 'paragraph', children: [text] } : text;
    return undefined;
  });
};

/**
 * Makes an image a link to it, named by its alt text: a note is text, and an image from
 * elsewhere would make every reader's browser fetch it.
 */
export const remarkImagesAsLinks: Plugin<[], MdastRoot> = () => (tree) => {
  visit(tree, 'image', (image, index, parent) => {
    if (parent === undefined || index === undefined) return undefined;
    parent.children[index] = {
      type: 'link',
      url: image.url,
      title: image.title ?? null,
      children: [{ type: 'text', value: image.alt || image.url }],
    };
    return undefined;
  });
};

/**
 * Our own Markdown pipeline for editorial notes: remark-parse (CommonMark) → headings as strong
 * text, raw HTML as text, images as links → remark-rehype → rehype-sanitize (GitHub's schema:
 * links keep only http(s), mailto and relative URLs, so `/cables/10MAPUTO80/#par3` and
 * `#par4-par6` pass and `javascript:` does not) → rehype-stringify (every text node escaped).
 * Built once, frozen, reused for every note.
 */
export const noteMarkdownProcessor = unified()
  .use(remarkParse)
  .use(remarkHeadingsAsStrong)
  .use(remarkRawHtmlAsText)
  .use(remarkImagesAsLinks)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

/** One note's Markdown as sanitised HTML (block elements such as `<p>`, `<ul>`), without a trailing newline. */
export function renderNoteMarkdown(markdown: string): string {
  return String(noteMarkdownProcessor.processSync(markdown)).trim();
}
