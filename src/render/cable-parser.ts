import type { Element, ElementContent, ElementData, Root } from 'hast';
import type { Plugin } from 'unified';
import type { AnnotatedCable, Paragraph, Section } from '../lib/types.ts';
import { element, text } from './hast.ts';
import { marksByParagraph, type InlineMark, type PlacedMark } from './inline-marks.ts';

declare module 'vfile' {
  interface DataMap {
    /** The annotated cable this file renders; the parser reads it instead of the file's text. */
    cable: AnnotatedCable;
  }
}

/** What a rendered element stands for, for the rehype plugins that decorate it. */
export interface CableNodeInfo {
  /** The section this element is, or the section holding this paragraph. */
  section: Section;
  /** The paragraph a `div.para` stands for. */
  paragraph?: Paragraph;
}

// On the element's `data` (no serialiser writes it), not in a WeakMap beside the tree: V8's
// collector handles every WeakMap entry as an ephemeron, and a build makes ≈ 100 such elements a
// cable; with WeakMaps, garbage collection was a third of the render's CPU (issues 7 and 12).
declare module 'hast' {
  interface ElementData {
    /** What the cable parser made this element from (see `cableNodeInfo`). */
    cableNode?: CableNodeInfo;
    /** The annotation a placeholder span stands for (see `inlineMark`). */
    cableMark?: InlineMark;
  }
}

/**
 * Sets what an element was made from. (The cast: hast-util-from-parse5 declares a required
 * `position` on every element's data, which only its own trees carry.)
 */
function setData(element: Element, data: Pick<ElementData, 'cableNode' | 'cableMark'>): void {
  element.data = data as ElementData;
}

/** The section/paragraph an element of the cable tree was made from, if any. */
export function cableNodeInfo(element: Element): CableNodeInfo | undefined {
  return element.data?.cableNode;
}

/**
 * Calls `decorate` on every `div.para` the cable parser made, in document order, with its
 * paragraph and section; nothing inside a paragraph is walked. A plain loop over the children:
 * `unist-util-visit` builds a visitor and an array of ancestors per node, and the rehype plugins
 * walk the tree once each.
 */
export function eachParagraph(tree: Root, decorate: (element: Element, paragraph: Paragraph, section: Section) => void): void {
  const walk = (parent: Root | Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const info = child.data?.cableNode;
      if (info?.paragraph) decorate(child, info.paragraph, info.section);
      else walk(child);
    }
  };
  walk(tree);
}

/**
 * The annotation a placeholder `span` inside `p.para-text` stands for (a term, a reference, a
 * redaction…): the rehype plugin of that kind turns it into its element of docs/dom.md.
 */
export function inlineMark(element: Element): InlineMark | undefined {
  return element.data?.cableMark;
}

/**
 * unified parser plugin: turns the cable in `file.data.cable` into a plain hast tree —
 * one `section.cable-section` per section (its `h2` title and its paragraphs as
 * `div.para > p.para-text`), then the signature. A paragraph's text is split where its
 * annotations start and end: each annotated stretch becomes a placeholder `span` (see
 * `inlineMark`), the rest stays plain text, so the text itself comes through unchanged.
 * Decorations (¶ links, badges, terms, references, buttons) are left to the rehype plugins.
 */
export const cableParser: Plugin<[], Root, Root> = function () {
  this.parser = (_document, file) => {
    const cable = file.data.cable;
    if (!cable) throw new Error(`no cable on file ${file.path ?? '(unnamed)'}: set file.data.cable`);
    return cableToHast(cable);
  };
};

function cableToHast(cable: AnnotatedCable): Root {
  const marks = marksByParagraph(cable);
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
    children.push(renderSection(section, paragraphs, marks));
  }

  const orphans = cable.paragraphs.filter((paragraph) => !placed.has(paragraph.anchor));
  if (orphans.length > 0) {
    children.push(renderSection({ id: 'more', title: 'More text', kind: 'body', paragraphs: [] }, orphans, marks));
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

function renderSection(section: Section, paragraphs: Paragraph[], marks: Map<string, PlacedMark[]>): Element {
  const heading = section.title.trim() === '' ? [] : [element('h2', {}, [text(section.title)])];
  const sectionElement = element(
    'section',
    {
      className: ['cable-section'],
      id: section.id,
      dataKind: section.kind,
      // The section heading is its own search sub-result; the h2 keeps no id (docs/dom.md).
      dataPagefindTitle: section.title || undefined,
    },
    [...heading, ...paragraphs.map((paragraph) => renderParagraph(paragraph, section, marks.get(paragraph.anchor) ?? []))],
  );
  setData(sectionElement, { cableNode: { section } });
  return sectionElement;
}

function renderParagraph(paragraph: Paragraph, section: Section, marks: PlacedMark[]): Element {
  const paragraphElement = element('div', { className: ['para'], id: paragraph.anchor }, [
    element('p', { className: ['para-text'] }, splitAtMarks(paragraph.text, marks)),
  ]);
  setData(paragraphElement, { cableNode: { section, paragraph } });
  return paragraphElement;
}

/** The text as plain runs and placeholder spans, one per mark (marks sorted, not overlapping). */
function splitAtMarks(value: string, marks: PlacedMark[]): ElementContent[] {
  const parts: ElementContent[] = [];
  let at = 0;
  for (const { start, end, mark } of marks) {
    if (start > at) parts.push(text(value.slice(at, start)));
    const placeholder = element('span', {}, [text(value.slice(start, end))]);
    setData(placeholder, { cableMark: mark });
    parts.push(placeholder);
    at = end;
  }
  if (at < value.length || parts.length === 0) parts.push(text(value.slice(at)));
  return parts;
}
