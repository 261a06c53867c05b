/**
 * The page file (src/lib/page-file.ts, issue 7): the served JSON as its first line, then the
 * article HTML, on real cables rendered by the real pipeline. The JSON route serves that line as
 * written, so it must be byte for byte what serialising the cable with its facets gives.
 */
import { describe, expect, test } from 'vitest';
import { annotateCable } from '../../src/lib/annotate.ts';
import { withFacets } from '../../src/lib/facets.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { pageFileJson, pageFileText, parsePageFile } from '../../src/lib/page-file.ts';
import { readCableSource } from '../../src/lib/read.ts';
import type { AnnotatedCable } from '../../src/lib/types.ts';
import { renderNoteMarkdown } from '../../src/render/note-markdown.ts';
import { renderCable } from '../../src/render/pipeline.ts';

async function annotated(file: string): Promise<AnnotatedCable> {
  const { cable, text, sidecar } = await readCableSource(file);
  return annotateCable(cable, { text, sidecar, glossary: loadGlossary(), renderNote: renderNoteMarkdown });
}

// The seed (no reference id, an editor's note file beside it; its HTML spans lines) and a Cablegate cable.
const FILES = ['seeds/000_20ae7434d121b7bb.txt', 'seeds/cablegate/04AMMAN1288.txt'];

describe('page file', () => {
  test.each(FILES)('%s: the first line is the served JSON, the rest the HTML, and both read back', async (file) => {
    const cable = await annotated(file);
    const { html } = renderCable(cable);
    const text = pageFileText(cable, html);
    expect(pageFileJson(text)).toBe(JSON.stringify(withFacets(cable)));
    const read = parsePageFile(text);
    expect(read.html).toBe(html);
    expect(read.cable).toEqual(JSON.parse(JSON.stringify(withFacets(cable))));
  });

  test("a shard's /cables/<ID>.json read as a page file: the cable, no HTML, the JSON as it is", async () => {
    const json = JSON.stringify(withFacets(await annotated(FILES[1]!)));
    expect(pageFileJson(json)).toBe(json);
    expect(parsePageFile(json)).toEqual({ cable: JSON.parse(json), html: '' });
  });
});
