/**
 * The article serialiser (src/render/article-html.ts) writes every seed cable's article exactly
 * as hast-util-to-html, the library rehype-stringify runs, would: the same bytes, cable by cable.
 * The cables are annotated and linked as the site links them (references on the site, names'
 * site names), so every kind of mark is in the trees.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { annotateCable } from '../../src/lib/annotate.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { listCableFiles, readCableSource } from '../../src/lib/read.ts';
import { composeCables } from '../../src/lib/site-cables.ts';
import { articleHtml } from '../../src/render/article-html.ts';
import { renderNoteMarkdown } from '../../src/render/note-markdown.ts';
import { renderCable, renderCableTree } from '../../src/render/pipeline.ts';

const glossary = loadGlossary();
const files = await listCableFiles('seeds');
const { cables } = await composeCables(files, async (file) => {
  const source = await readCableSource(file);
  return annotateCable(source.cable, { text: source.text, sidecar: source.sidecar, glossary, renderNote: renderNoteMarkdown });
});

describe('the article serialiser writes what hast-util-to-html writes', () => {
  test('every seed cable is rendered', () => {
    expect(cables).toHaveLength(251);
  });

  test.each(cables.map((cable) => [cable.id, cable] as const))('%s', (_id, cable) => {
    const tree = renderCableTree(cable);
    const expected = toHtml(tree);
    expect(articleHtml(tree)).toBe(expected);
    expect(renderCable(cable).html).toBe(expected);
  });
});
