import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import type { Artifact, Section } from '../lib/types.ts';
import { eachParagraph, inlineMark } from './cable-parser.ts';
import type { InlineMark } from './inline-marks.ts';

type MarkOf<K extends InlineMark['kind']> = Extract<InlineMark, { kind: K }>;

/** A placeholder found inside a paragraph, with its mark and the paragraph's section. */
interface FoundMark {
  element: Element;
  mark: InlineMark;
  section: Section;
}

const foundInTree = new WeakMap<Root, FoundMark[]>();

/**
 * Every placeholder inside the paragraphs, in document order, found in one walk per tree: the six
 * plugins below run one after another and change only tag names and properties, so walking the
 * tree once instead of six times finds the same ones (issue 7: the walks were ≈ half the render time).
 */
function marksIn(tree: Root): FoundMark[] {
  const cached = foundInTree.get(tree);
  if (cached) return cached;
  const found: FoundMark[] = [];
  eachParagraph(tree, (paragraph, _text, section) => placeholdersIn(paragraph, section, found));
  foundInTree.set(tree, found);
  return found;
}

/**
 * The placeholders under a paragraph, in document order. A plain loop over the children: a
 * paragraph's text runs and marks are most of the tree's nodes, and `visit` costs an array of
 * ancestors per node (a CPU profile of the render put the walk at 14 % of it).
 */
function placeholdersIn(parent: Element, section: Section, found: FoundMark[]): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    const mark = inlineMark(child);
    if (mark) found.push({ element: child, mark, section });
    placeholdersIn(child, section, found);
  }
}

/**
 * Calls `decorate` on every placeholder of one kind inside the paragraphs (see `inlineMark`),
 * with the section of its paragraph. The placeholder keeps its text child: only its tag name
 * and properties change, so the paragraph's text stays exactly what the cable says.
 */
function eachMark<K extends InlineMark['kind']>(
  tree: Root,
  kind: K,
  decorate: (element: Element, mark: MarkOf<K>, section: Section) => void,
): void {
  for (const { element, mark, section } of marksIn(tree)) {
    if (mark.kind === kind) decorate(element, mark as MarkOf<K>, section);
  }
}

const ARTIFACT_LABELS: Record<Artifact['kind'], string> = {
  'page-header': 'page header',
  sipdis: 'SIPDIS',
  'classification-line': 'classification line',
};

/**
 * Transmission artifacts (page headers, SIPDIS, classification lines stuck into a sentence):
 * labelled by CSS from `data-label`, and kept out of the search index (not the author's words).
 */
export const rehypeArtifacts: Plugin<[], Root> = () => (tree) => {
  eachMark(tree, 'artifact', (element, { artifact }) => {
    element.properties = {
      className: ['artifact', `artifact-${artifact.kind}`],
      dataPagefindIgnore: true,
      dataLabel: `transmission artifact: ${ARTIFACT_LABELS[artifact.kind]}`,
    };
  });
};

/** Redaction runs (`XXXXXXXXXXXX`), labelled by CSS from `data-label`. */
export const rehypeRedactions: Plugin<[], Root> = () => (tree) => {
  eachMark(tree, 'redaction', (element) => {
    element.properties = { className: ['redaction'], dataLabel: 'redacted' };
  });
};

/**
 * Closing markers cut short (the seed's lone `End`): the label guesses the marker from the
 * section it closes (`End Comment?`, `End Summary?`).
 */
export const rehypeTruncatedMarkers: Plugin<[], Root> = () => (tree) => {
  eachMark(tree, 'truncated', (element, _mark, section) => {
    const marker = section.kind === 'summary' ? 'End Summary' : 'End Comment';
    element.properties = { className: ['truncated'], dataLabel: `cut short: ${marker}?` };
  });
};

/**
 * Mentions of other cables (`reftel`, `REF A`, `STATE 183800`): a link when the cited cable is
 * on this site, else a marked span carrying the id it would have.
 */
export const rehypeReferenceLinks: Plugin<[], Root> = () => (tree) => {
  eachMark(tree, 'reference', (element, { reference }) => {
    if (reference.inSite && reference.referenceId) {
      element.tagName = 'a';
      element.properties = { className: ['ref'], href: `/cables/${reference.referenceId}/`, dataRef: reference.referenceId };
    } else {
      element.properties = { className: ['ref', 'ref-missing'], dataRef: reference.referenceId ?? undefined };
    }
  });
};

/**
 * Glossary terms: an `abbr` described by the page's `dd#term-<id>` so screen readers announce
 * the meaning (the tooltip is the client script's). Focusable, but out of the Tab order until
 * the reader enters its paragraph (docs/keyboard.md), so Tab goes paragraph by paragraph.
 */
export const rehypeGlossaryTerms: Plugin<[], Root> = () => (tree) => {
  eachMark(tree, 'term', (element, { term }) => {
    element.tagName = 'abbr';
    element.properties = { className: ['term'], dataTerm: term.id, tabIndex: -1, ariaDescribedBy: [`term-${term.id}`] };
  });
};

/**
 * People, organisations and places: a link to the name's page `/entities/<slug>/`, tinted by kind
 * when the names layer is on, described by the page's names list (`#names-<slug>`: the full name
 * and its kind), which screen readers announce and the tooltip shows.
 */
export const rehypeEntityMarks: Plugin<[], Root> = () => (tree) => {
  eachMark(tree, 'entity', (element, { entity }) => {
    element.tagName = 'a';
    element.properties = {
      className: ['entity', `entity-${entity.kind}`],
      href: `/entities/${entity.slug}/`,
      // Out of the Tab order like the terms (the paragraph's controls join it when a reader enters
      // the paragraph: docs/keyboard.md); every name is also a link in the names list after the text.
      tabIndex: -1,
      dataEntity: entity.slug,
      ariaDescribedBy: [`names-${entity.slug}`],
    };
  });
};
