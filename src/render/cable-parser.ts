import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import type { Cable, Paragraph, Section } from '../lib/types.ts';
import { element, text } from './hast.ts';

declare module 'vfile' {
  interface DataMap {
    /** The parsed cable this file renders; the parser reads it instead of the file's text. */
    cable: Cable;
  }
}

/** What a rendered element stands for, for the rehype plugins that decorate it. */
export interface CableNodeInfo {
  /** The section this element is, or the section holding this paragraph. */
  section: Section;
  /** The paragraph a `div.para` stands for. */
  paragraph?: Paragraph;
}

// Kept beside the tree rather than in `element.data`, whose type other packages augment.
const infoByElement = new WeakMap<Element, CableNodeInfo>();

/** The section/paragraph an element of the cable tree was made from, if any. */
export function cableNodeInfo(element: Element): CableNodeInfo | undefined {
  return infoByElement.get(element);
}

/**
 * unified parser plugin: turns the cable in `file.data.cable` into a plain hast tree —
 * one `section.cable-section` per section (its `h2` title and its paragraphs as
 * `div.para > p.para-text`), then the signature. Decorations (¶ links, badges, buttons)
 * are left to the rehype plugins that follow.
 */
export const cableParser: Plugin<[], Root, Root> = function () {
  this.parser = (_document, file) => {
    const cable = file.data.cable;
    if (!cable) throw new Error(`no cable on file ${file.path ?? '(unnamed)'}: set file.data.cable`);
    return cableToHast(cable);
  };
};

function cableToHast(cable: Cable): Root {
  const byAnchor = new Map(cable.paragraphs.map((paragraph) => [paragraph.anchor, paragraph]));
  const placed = new Set<string>();
  const children: ElementContent[] = [];

  for (const section of cable.sections) {
    const paragraphs = section.paragraphs.flatMap((anchor) => {
      const paragraph = byAnchor.get(anchor);
      if (!paragraph || placed.has(anchor)) return [];
      placed.add(anchor);
      return [paragraph];
    });
    // A paragraph whose section does not list it still belongs on the page (nothing is lost).
    for (const paragraph of cable.paragraphs) {
      if (paragraph.section === section.id && !placed.has(paragraph.anchor)) {
        placed.add(paragraph.anchor);
        paragraphs.push(paragraph);
      }
    }
    children.push(renderSection(section, paragraphs));
  }

  const orphans = cable.paragraphs.filter((paragraph) => !placed.has(paragraph.anchor));
  if (orphans.length > 0) {
    children.push(renderSection({ id: 'more', title: 'More text', kind: 'body', paragraphs: [] }, orphans));
  }

  if (cable.signature) {
    children.push(
      element('p', { className: ['signature'], id: 'signature', dataPagefindTitle: 'Signature' }, [
        text(cable.signature),
      ]),
    );
  }
  return { type: 'root', children };
}

function renderSection(section: Section, paragraphs: Paragraph[]): Element {
  const heading = section.title.trim() === '' ? [] : [element('h2', {}, [text(section.title)])];
  const sectionElement = element(
    'section',
    {
      className: ['cable-section'],
      id: section.id,
      dataKind: section.kind,
      // The section heading is its own search sub-result; the h2 keeps no id (dom.md).
      dataPagefindTitle: section.title || undefined,
    },
    [...heading, ...paragraphs.map((paragraph) => renderParagraph(paragraph, section))],
  );
  infoByElement.set(sectionElement, { section });
  return sectionElement;
}

function renderParagraph(paragraph: Paragraph, section: Section): Element {
  const paragraphElement = element('div', { className: ['para'], id: paragraph.anchor }, [
    element('p', { className: ['para-text'] }, [text(paragraph.text)]),
  ]);
  infoByElement.set(paragraphElement, { section, paragraph });
  return paragraphElement;
}
