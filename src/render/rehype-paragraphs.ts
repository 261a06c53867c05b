import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Paragraph, Section } from '../lib/types.ts';
import { cableNodeInfo } from './cable-parser.ts';
import { element as el, text } from './hast.ts';

/** Calls `decorate` on every `div.para` the cable parser made, with its paragraph and section. */
function eachParagraph(
  tree: Root,
  decorate: (element: Element, paragraph: Paragraph, section: Section) => void,
): void {
  visit(tree, 'element', (element) => {
    const info = cableNodeInfo(element);
    if (!info?.paragraph) return undefined;
    decorate(element, info.paragraph, info.section);
    return SKIP; // nothing to decorate inside a paragraph
  });
}

/**
 * Gives every paragraph its visible `¶N` link to `#parN` and its Pagefind sub-result title
 * (`¶N`, or the section title for unnumbered text), so each paragraph is a search hit of its own.
 */
export const rehypeParagraphLinks: Plugin<[], Root> = () => (tree) => {
  eachParagraph(tree, (element, paragraph, section) => {
    const numbered = paragraph.number !== null;
    const label = numbered ? `¶${paragraph.number}` : '¶';
    element.properties['dataPagefindTitle'] = numbered ? label : section.title || 'Paragraph';
    element.children.unshift(
      el(
        'a',
        {
          className: ['para-num'],
          href: `#${paragraph.anchor}`,
          ariaLabel: numbered ? `Paragraph ${paragraph.number}` : 'Link to this paragraph',
          dataPagefindIgnore: true,
        },
        [text(label)],
      ),
    );
  });
};

const MARKING_WORDS: Record<string, string> = {
  U: 'Unclassified',
  SBU: 'Sensitive but unclassified',
  LOU: 'Limited official use',
  FOUO: 'For official use only',
  C: 'Confidential',
  S: 'Secret',
  TS: 'Top secret',
  NF: 'NOFORN',
  REL: 'Releasable',
};

/** `S//NF` → `Secret//NOFORN`; unknown parts are kept as written. */
export function markingTitle(marking: string): string {
  return marking
    .split('//')
    .map((part) => MARKING_WORDS[part.trim().toUpperCase()] ?? part)
    .join('//');
}

/** Shows a paragraph's portion marking (`(C)`, `(S//NF)`) as a small badge before its text. */
export const rehypeMarkingBadges: Plugin<[], Root> = () => (tree) => {
  eachParagraph(tree, (element, paragraph) => {
    if (!paragraph.marking) return;
    const level = paragraph.marking.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const badge = el(
      'abbr',
      { className: ['marking', `marking-${level}`], title: markingTitle(paragraph.marking), dataPagefindIgnore: true },
      [text(paragraph.marking)],
    );
    const textIndex = element.children.findIndex(
      (child) => child.type === 'element' && child.tagName === 'p',
    );
    element.children.splice(textIndex === -1 ? element.children.length : textIndex, 0, badge);
  });
};

/** Appends the copy-link button (made live by the page's small script; hidden without JS). */
export const rehypeCopyLinkButtons: Plugin<[], Root> = () => (tree) => {
  eachParagraph(tree, (element, paragraph) => {
    element.children.push(
      el(
        'button',
        {
          className: ['copy-link'],
          type: 'button',
          dataAnchor: paragraph.anchor,
          // The visible words stay first in the name (WCAG 2.5.3); the rest tells buttons apart.
          ariaLabel: `Copy link to ${paragraph.number === null ? 'this paragraph' : `paragraph ${paragraph.number}`}`,
          dataPagefindIgnore: true,
        },
        [text('Copy link')],
      ),
    );
  });
};
