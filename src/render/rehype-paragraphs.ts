import type { Element, ElementContent, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Plugin } from 'unified';
import { markingId } from '../lib/glossary.ts';
import type { TermUse } from '../lib/types.ts';
import { eachParagraph } from './cable-parser.ts';
import { element as el, text } from './hast.ts';

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

/**
 * Shows a paragraph's portion marking (`(C)`, `(S//NF)`) as a badge before its text: a glossary
 * term like the ones in the text (focusable, described by the page's `dd#term-<id>`),
 * with no `title` (docs/dom.md).
 */
export const rehypeMarkingBadges: Plugin<[], Root> = () => (tree, file) => {
  const terms = file.data.cable?.annotations.terms ?? [];
  eachParagraph(tree, (element, paragraph) => {
    if (!paragraph.marking) return;
    const term = markingTerm(terms, paragraph.marking);
    const badge = el(
      'abbr',
      {
        // The level class is the glossary id (`marking-s-nf` for `S/NF` and `S//NOFORN` alike).
        className: ['marking', markingId(paragraph.marking), ...(term ? ['term'] : [])],
        dataTerm: term?.id,
        // Out of the Tab order until the reader enters the paragraph (docs/keyboard.md).
        tabIndex: term ? -1 : undefined,
        ariaDescribedBy: term ? [`term-${term.id}`] : undefined,
        dataPagefindIgnore: true,
      },
      [text(paragraph.marking)],
    );
    const textIndex = element.children.findIndex(
      (child) => child.type === 'element' && child.tagName === 'p',
    );
    element.children.splice(textIndex === -1 ? element.children.length : textIndex, 0, badge);
  });
};

/** The cable's term for a portion marking (findTerms lists every marking of the cable). */
function markingTerm(terms: TermUse[], marking: string): TermUse | undefined {
  const id = markingId(marking);
  return terms.find((term) => term.kind === 'marking' && term.id === id);
}

/** Flags a paragraph whose text stops mid-sentence (completeness.cutOff). */
export const rehypeCutOffFlags: Plugin<[], Root> = () => (tree, file) => {
  const cutOff = new Set(file.data.cable?.annotations.completeness.cutOff);
  eachParagraph(tree, (element, paragraph) => {
    if (!cutOff.has(paragraph.anchor)) return;
    element.children.push(
      el('p', { className: ['flag', 'flag-cut-off'], dataPagefindIgnore: true }, [
        text('Ends mid-sentence: the rest of this paragraph is not in this copy.'),
      ]),
    );
  });
};

/**
 * Shows the editor's notes on a paragraph beside it, in one `aside#note-<anchor>`: indexed by
 * Pagefind as a sub-result of its own. The note HTML was sanitised when it was rendered; it is
 * parsed back into the tree so that the serialiser (article-html.ts) writes it like everything else.
 */
export const rehypeEditorialNotes: Plugin<[], Root> = () => (tree, file) => {
  const notes = file.data.cable?.annotations.notes ?? [];
  if (notes.length === 0) return;
  eachParagraph(tree, (element, paragraph) => {
    const mine = notes.filter((note) => note.paragraph === paragraph.anchor);
    if (mine.length === 0) return;
    const name = `Editor’s note on ${paragraph.number === null ? 'this paragraph' : `¶${paragraph.number}`}`;
    element.children.push(
      el('aside', { className: ['note'], id: `note-${paragraph.anchor}`, dataPagefindTitle: name, ariaLabel: name }, [
        el('p', { className: ['note-label'] }, [text('Editor’s note')]),
        ...mine.flatMap((note) => fromHtml(note.html, { fragment: true }).children as ElementContent[]),
      ]),
    );
  });
};

/**
 * Appends the paragraph's tools (made live by the page's script; hidden without JS): copy its
 * link, copy its citation, select it for a range (docs/dom.md). The visible word stays first in each
 * accessible name (WCAG 2.5.3); the rest tells the buttons of different paragraphs apart.
 */
export const rehypeParagraphTools: Plugin<[], Root> = () => (tree) => {
  eachParagraph(tree, (element, paragraph) => {
    const which = paragraph.number === null ? 'this paragraph' : `paragraph ${paragraph.number}`;
    const button = (className: string, label: string, ariaLabel: string, extra: Properties = {}): Element =>
      el('button', { type: 'button', className: [className], dataAnchor: paragraph.anchor, ...extra, ariaLabel }, [text(label)]);
    element.children.push(
      el('div', { className: ['para-tools'], dataPagefindIgnore: true }, [
        button('copy-link', 'Copy link', `Copy link to ${which}`),
        button('copy-cite', 'Cite', `Copy citation of ${which}`),
        button('select-para', 'Select', `Select ${which}`, { ariaPressed: 'false' }),
      ]),
    );
  });
};
