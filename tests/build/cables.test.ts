/**
 * Every cable in seeds/ has its reader page and its JSON in dist/, and the page carries every
 * paragraph and section of the JSON under the contract's anchors (CONTRACT.md "URLs", docs/dom.md).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { CLASSIFICATIONS, type Cable } from '../../src/lib/types.ts';
import { PROJECT_ROOT, SEED_FILE, SEED_ID } from '../helpers/paths.ts';
import {
  allCableJson,
  attr,
  cableFiles,
  corpusIdOf,
  distHas,
  readPage,
  select,
  selectAll,
  squash,
  textOf,
} from '../helpers/site.ts';

/** The contract's keys in order, then issue 3's `annotations` (docs/annotated-json.md) and issue 9's `facets` (docs/facets.md). */
const CABLE_KEYS = [
  'id', 'file', 'referenceId', 'subject', 'date', 'origin', 'classification', 'tags', 'references',
  'partial', 'header', 'sections', 'paragraphs', 'artifacts', 'signature', 'warnings', 'annotations', 'facets',
];
const ANNOTATION_KEYS = ['markings', 'terms', 'references', 'citedBy', 'entities', 'completeness', 'notes', 'citation'];
const SECTION_KEYS = ['id', 'title', 'kind', 'paragraphs'];
const PARAGRAPH_KEYS = ['anchor', 'number', 'section', 'marking', 'text'];
const WARNING_KEYS = ['line', 'message'];

const files = cableFiles();
const cables = allCableJson();
const byFile = new Map([...cables.values()].map((cable) => [cable.file, cable]));

describe('inputs and outputs', () => {
  test('seeds/ holds the seed and the 250 corpus cables', () => {
    expect(files).toHaveLength(251);
    expect(files).toContain(SEED_FILE);
    expect(files.filter((file) => file.startsWith('seeds/cablegate/'))).toHaveLength(250);
  });

  test('dist/cables holds exactly one JSON per seed file, with unique ids', () => {
    expect([...byFile.keys()].sort()).toEqual(files);
    expect(cables.size).toBe(files.length);
  });

  test('corpus cables take their reference id (the file name) as URL id; the seed its subject slug', () => {
    const wrong = files
      .filter((file) => file.startsWith('seeds/cablegate/'))
      .filter((file) => byFile.get(file)?.id !== corpusIdOf(file))
      .map((file) => `${file} → ${byFile.get(file)?.id}`);
    expect(wrong).toEqual([]);
    expect(byFile.get(SEED_FILE)?.id).toBe(SEED_ID);
  });
});

describe.each(files)('%s', (file) => {
  test('JSON has the contract shape and the page anchors every paragraph and section', () => {
    const cable = byFile.get(file);
    expect(cable, `no /cables/<ID>.json has "file": "${file}"`).toBeDefined();
    if (!cable) return;
    expect(distHas(`/cables/${cable.id}/`), `/cables/${cable.id}/index.html`).toBe(true);
    expect(shapeProblems(cable)).toEqual([]);
    expect(pageProblems(cable, readPage(`/cables/${cable.id}/`))).toEqual([]);
  });
});

/** Keys in the contract's order, value types, and anchors that agree with numbers. */
function shapeProblems(cable: Cable): string[] {
  const problems: string[] = [];
  const keysOf = (value: object): string[] => Object.keys(value);
  if (keysOf(cable).join() !== CABLE_KEYS.join()) problems.push(`keys: ${keysOf(cable).join()}`);
  const { annotations } = cable as Cable & { annotations?: object };
  if (keysOf(annotations ?? {}).join() !== ANNOTATION_KEYS.join()) problems.push(`annotations keys: ${keysOf(annotations ?? {}).join()}`);
  for (const section of cable.sections) {
    if (keysOf(section).join() !== SECTION_KEYS.join()) problems.push(`section ${section.id} keys: ${keysOf(section).join()}`);
    // `summary`, `comment`, a heading slug or an annotation's short id: a slug, never a paragraph anchor.
    if (!/^[a-z0-9][a-z0-9-]*$/.test(section.id) || /^par\d+$/.test(section.id)) problems.push(`section id "${section.id}"`);
    if (section.kind === 'summary' && section.id !== 'summary' && !annotated(cable.file)) problems.push(`summary section with id ${section.id}`);
    if (!['summary', 'body', 'comment'].includes(section.kind)) problems.push(`section ${section.id} kind ${section.kind}`);
  }
  const seenNumbers = new Set<number>();
  for (const paragraph of cable.paragraphs) {
    if (keysOf(paragraph).join() !== PARAGRAPH_KEYS.join()) problems.push(`${paragraph.anchor} keys: ${keysOf(paragraph).join()}`);
    const numbered = /^par\d+$/.test(paragraph.anchor);
    // A number the cable repeats keeps `parN` on its first paragraph; the repeat gets an id of its own.
    const repeat = paragraph.number !== null && seenNumbers.has(paragraph.number);
    if (paragraph.number === null || repeat ? numbered : paragraph.anchor !== `par${paragraph.number}`) {
      problems.push(`anchor ${paragraph.anchor} with number ${paragraph.number}${repeat ? ' (repeated)' : ''}`);
    }
    if (repeat && cable.warnings.length === 0) problems.push(`paragraph number ${paragraph.number} repeated without a warning`);
    if (paragraph.number !== null) seenNumbers.add(paragraph.number);
    if (typeof paragraph.text !== 'string' || paragraph.text.trim() === '') problems.push(`${paragraph.anchor}: empty text`);
  }
  for (const artifact of cable.artifacts) {
    if (keysOf(artifact).join() !== 'line,kind,text,after') problems.push(`artifact keys: ${keysOf(artifact).join()}`);
    if (!['page-header', 'sipdis'].includes(artifact.kind)) problems.push(`artifact kind ${artifact.kind}`);
    if (artifact.after !== null && !cable.paragraphs.some((paragraph) => paragraph.anchor === artifact.after)) problems.push(`artifact after ${artifact.after}`);
  }
  for (const warning of cable.warnings) {
    if (keysOf(warning).join() !== WARNING_KEYS.join()) problems.push(`warning keys: ${keysOf(warning).join()}`);
    if (!Number.isInteger(warning.line) || warning.line < 1) problems.push(`warning line ${warning.line}`);
  }
  const anchors = cable.paragraphs.map((paragraph) => paragraph.anchor);
  if (new Set(anchors).size !== anchors.length) problems.push(`duplicate paragraph anchors: ${anchors.join()}`);
  const sectionIds = cable.sections.map((section) => section.id);
  if (new Set(sectionIds).size !== sectionIds.length) problems.push(`duplicate section ids: ${sectionIds.join()}`);
  const listed = cable.sections.flatMap((section) => section.paragraphs);
  if (listed.join() !== anchors.join()) problems.push(`sections list ${listed.join()} but paragraphs are ${anchors.join()}`);
  for (const paragraph of cable.paragraphs) {
    const section = cable.sections.find((candidate) => candidate.paragraphs.includes(paragraph.anchor));
    if (section?.id !== paragraph.section) problems.push(`${paragraph.anchor}.section ${paragraph.section} but listed in ${section?.id}`);
  }
  if (cable.classification !== null && !(CLASSIFICATIONS as readonly string[]).includes(cable.classification)) {
    problems.push(`classification ${cable.classification}`);
  }
  if (cable.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(cable.date)) problems.push(`date ${cable.date}`);
  if (!Array.isArray(cable.tags) || !Array.isArray(cable.references) || !Array.isArray(cable.header)) {
    problems.push('tags, references and header must be arrays');
  }
  if (typeof cable.partial !== 'boolean') problems.push(`partial ${String(cable.partial)}`);
  return problems;
}

/** The reader page against its JSON (docs/dom.md "The article"). */
function pageProblems(cable: Cable, page: Root): string[] {
  const problems: string[] = [];
  const articles = selectAll('article.cable', page);
  if (articles.length !== 1) return [`${articles.length} article.cable elements`];
  const article = articles[0] as Element;
  if (attr(article, 'dataPagefindBody') === undefined) problems.push('article.cable lacks data-pagefind-body');
  if (selectAll('[data-pagefind-body]', page).length !== 1) problems.push('more than one data-pagefind-body');

  const h1s = selectAll('h1', page);
  if (h1s.length !== 1 || textOf(h1s[0]) !== squash(cable.subject ?? cable.id)) {
    problems.push(`h1 ${JSON.stringify(h1s.map((h1) => textOf(h1)))} ≠ ${JSON.stringify(cable.subject ?? cable.id)}`);
  }
  if (!select('article.cable h1', page)) problems.push('h1 is not inside article.cable');

  const ids = selectAll('[id]', page).map((element) => attr(element, 'id') ?? '');
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (duplicates.length > 0) problems.push(`duplicate ids: ${[...new Set(duplicates)].join()}`);

  // Chrome and notices: outside the indexed article, or inside data-pagefind-ignore.
  for (const selector of ['dl.cable-meta', 'nav.toc', 'button.copy-link', '.notice', '.para-tools', 'section.completeness', 'div.cite-cable', 'p.flag', 'span.artifact']) {
    for (const element of selectAll(`article.cable ${selector}`, page)) {
      if (!hasIgnoredAncestorOrSelf(article, element)) problems.push(`${selector} is indexed (inside data-pagefind-body without data-pagefind-ignore)`);
    }
  }
  // Issue 10: facts the copy lacks are left out, so a page may have no facts line; every page has "about this copy".
  if (!select('aside#about-this-copy #about-cite', page) || !select('aside#about-this-copy #about-source', page)) problems.push('no citation or source in aside#about-this-copy');
  if ((cable.referenceId ?? cable.date ?? cable.origin ?? cable.classification) !== null && !select('article.cable .cable-facts dl.facts', page)) problems.push('no facts line');
  if (cable.partial && !select('p.notice.notice-partial', page)) problems.push('partial cable without p.notice-partial');

  for (const section of cable.sections) {
    const found = selectAll(`section[id="${section.id}"]`, page);
    if (found.length !== 1) {
      problems.push(`section#${section.id}: ${found.length} elements`);
      continue;
    }
    const element = found[0] as Element;
    if (!isInside(article, element)) problems.push(`section#${section.id} outside article.cable`);
    if (!String(attr(element, 'className')).split(' ').includes('cable-section')) problems.push(`section#${section.id} lacks class cable-section`);
    if (attr(element, 'dataKind') !== section.kind) problems.push(`section#${section.id} data-kind ${attr(element, 'dataKind')} ≠ ${section.kind}`);
    const heading = select('h2', element);
    if (textOf(heading) !== squash(section.title)) problems.push(`section#${section.id} h2 "${textOf(heading)}" ≠ "${section.title}"`);
    if (attr(heading, 'id') === section.id) problems.push(`h2 repeats the id ${section.id}`);
    const inSection = selectAll('.para', element).map((para) => attr(para, 'id'));
    if (inSection.join() !== section.paragraphs.join()) problems.push(`section#${section.id} holds ${inSection.join()} ≠ ${section.paragraphs.join()}`);
    if (!select(`nav.toc a[href="#${section.id}"]`, page)) problems.push(`nav.toc has no link to #${section.id}`);
  }

  const pageOrder = selectAll('article.cable .para', page).map((para) => attr(para, 'id'));
  const jsonOrder = cable.paragraphs.map((paragraph) => paragraph.anchor);
  if (pageOrder.join() !== jsonOrder.join()) problems.push(`paragraph order ${pageOrder.join()} ≠ ${jsonOrder.join()}`);

  for (const paragraph of cable.paragraphs) {
    const found = ids.filter((id) => id === paragraph.anchor).length;
    if (found !== 1) {
      problems.push(`id="${paragraph.anchor}" occurs ${found} times`);
      continue;
    }
    const element = select(`[id="${paragraph.anchor}"]`, page) as Element;
    const label = paragraph.number === null ? undefined : `¶${paragraph.number}`;
    if (element.tagName !== 'div' || !String(attr(element, 'className')).split(' ').includes('para')) {
      problems.push(`#${paragraph.anchor} is <${element.tagName} class="${attr(element, 'className')}">, not div.para`);
    }
    const title = attr(element, 'dataPagefindTitle');
    if (!title) problems.push(`#${paragraph.anchor} lacks data-pagefind-title`);
    else if (label && title !== label) problems.push(`#${paragraph.anchor} data-pagefind-title "${title}" ≠ "${label}"`);
    if (label) {
      const link = select('a.para-num', element);
      if (attr(link, 'href') !== `#${paragraph.anchor}` || textOf(link) !== label) {
        problems.push(`#${paragraph.anchor} a.para-num href=${attr(link, 'href')} text="${textOf(link)}"`);
      }
      if (attr(link, 'ariaLabel') !== `Paragraph ${paragraph.number}`) problems.push(`#${paragraph.anchor} a.para-num aria-label ${attr(link, 'ariaLabel')}`);
    }
    const text = textOf(select('p.para-text', element));
    if (text !== squash(paragraph.text)) problems.push(`#${paragraph.anchor} text differs from JSON:\n  page: ${text.slice(0, 160)}\n  json: ${squash(paragraph.text).slice(0, 160)}`);
    // docs/dom.md: the button sits in the paragraph's tools row, which carries data-pagefind-ignore.
    const button = select('button.copy-link', element);
    if (!button || attr(button, 'dataAnchor') !== paragraph.anchor || attr(button, 'type') !== 'button' || !hasIgnoredAncestorOrSelf(article, button)) {
      problems.push(`#${paragraph.anchor} lacks <button type="button" class="copy-link" data-anchor="${paragraph.anchor}"> inside data-pagefind-ignore`);
    }
    if (paragraph.marking !== null) {
      // docs/dom.md: no title; the meaning is the dd the badge's aria-describedby names.
      const badge = select('abbr.marking', element);
      const meaning = textOf(select(`dd[id="${attr(badge, 'ariaDescribedBy')}"]`, page));
      if (textOf(badge) !== paragraph.marking || meaning === '') problems.push(`#${paragraph.anchor} marking badge "${textOf(badge)}" ≠ ${paragraph.marking} or without a meaning`);
      else if (!hasIgnoredAncestorOrSelf(article, badge as Element)) problems.push(`#${paragraph.anchor} marking badge is indexed`);
    }
    if (!isInside(select(`section[id="${paragraph.section}"]`, page), element)) problems.push(`#${paragraph.anchor} not inside section#${paragraph.section}`);
  }
  return problems;
}

/** Does the cable have an annotation file (docs/annotations.md) that may rename its sections? */
function annotated(file: string): boolean {
  return existsSync(path.join(PROJECT_ROOT, file.replace(/\.txt$/, '.annotations.yaml')));
}

/** Is `target` a descendant of `ancestor` (or the same node)? */
function isInside(ancestor: Element | undefined, target: Element): boolean {
  return ancestor !== undefined && pathTo(ancestor, target) !== null;
}

function hasIgnoredAncestorOrSelf(root: Element, target: Element): boolean {
  return (pathTo(root, target) ?? []).some((element) => attr(element, 'dataPagefindIgnore') !== undefined);
}

/** The elements from `root` down to `target`, or null when `target` is not under `root`. */
function pathTo(root: Element, target: Element): Element[] | null {
  if (root === target) return [root];
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    const below = pathTo(child, target);
    if (below) return [root, ...below];
  }
  return null;
}
