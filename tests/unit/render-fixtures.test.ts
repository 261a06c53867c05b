/**
 * The render pipeline on fixtures, in the style of the unified plugins' own tests: each folder of
 * tests/fixtures/render/ holds an annotated cable (or a part of one) from seeds/ as `input.json`
 * and what `renderCable` makes of it as `output.html` (plus `headings.json` when it has titled
 * sections). A case is named after the plugin whose mark it shows (`rehype-redactions`, …), or the
 * whole cable it is, so a diff names the plugin. `UPDATE_FIXTURES=1` rewrites the outputs: review
 * the diff before committing it. The inputs come from tests/fixtures/render/make-inputs.ts.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import type { AnnotatedCable } from '../../src/lib/types.ts';
import { renderCable } from '../../src/render/pipeline.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/render');
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** A block element's opening tag: the fixture file starts a line there, so a diff shows the element. */
const BLOCK_START = /<(?=(?:section|div|p|aside|h2|ul|ol|li|blockquote)\b)/g;

/**
 * The HTML with a line break before every block element. One break is added before each such
 * tag and none elsewhere, so two outputs differ exactly when their files do.
 */
function lined(html: string): string {
  return `${html.replace(BLOCK_START, '\n<').replace(/^\n/, '')}\n`;
}

/** Compares `actual` with the file, or writes it in update mode; a missing file fails outside it. */
function matchFile(file: string, actual: string): void {
  if (UPDATE) {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`${path.relative(PROJECT_ROOT, file)} is missing: run with UPDATE_FIXTURES=1 and review it`);
  expect(actual, path.relative(PROJECT_ROOT, file)).toBe(readFileSync(file, 'utf8'));
}

describe('renderCable on the fixtures of tests/fixtures/render/', () => {
  test('there is a case per plugin and the whole-cable cases', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'seed',
        '10MAPUTO86',
        'cable-parser',
        'rehype-artifacts',
        'rehype-redactions',
        'rehype-truncated-markers',
        'rehype-reference-links',
        'rehype-glossary-terms',
        'rehype-entity-marks',
        'rehype-marking-badges',
        'rehype-cut-off-flags',
        'rehype-editorial-notes',
      ]),
    );
  });

  test.each(cases)('%s', (name) => {
    const folder = path.join(FIXTURES, name);
    const cable = JSON.parse(readFileSync(path.join(folder, 'input.json'), 'utf8')) as AnnotatedCable;
    const { html, headings } = renderCable(cable);
    matchFile(path.join(folder, 'output.html'), lined(html));
    const headingsFile = path.join(folder, 'headings.json');
    if (headings.length > 0 || existsSync(headingsFile)) matchFile(headingsFile, `${JSON.stringify(headings, null, 2)}\n`);

    // Whatever the marks, each paragraph's text comes through as the cable says it, once, in order.
    const tree = fromHtml(html, { fragment: true });
    const texts = selectAll('div.para > p.para-text', tree).map((element) => toText(element, { whitespace: 'pre' }));
    expect(texts).toEqual(cable.paragraphs.map((paragraph) => paragraph.text));
    expect(selectAll('div.para', tree).map((element) => element.properties['id'])).toEqual(cable.paragraphs.map((p) => p.anchor));
  });
});
