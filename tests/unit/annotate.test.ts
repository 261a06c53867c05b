/**
 * annotateCable and linkCables on real cables: the seed (notes, completeness, citation) and the
 * Maputo pair (10MAPUTO86 cites 10MAPUTO80).
 */
import { describe, expect, test } from 'vitest';
import { annotateCable, linkCable, linkCables, linkFacts, siteLinks } from '../../src/lib/annotate.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { readCableSource } from '../../src/lib/read.ts';
import type { AnnotatedCable } from '../../src/lib/types.ts';
import { marksByParagraph } from '../../src/render/inline-marks.ts';
import { renderNoteMarkdown } from '../../src/render/note-markdown.ts';

const SEED = 'seeds/000_20ae7434d121b7bb.txt';
const MAPUTO86 = 'seeds/cablegate/10MAPUTO86.txt';
const MAPUTO80 = 'seeds/cablegate/10MAPUTO80.txt';
const ANNOTATION_KEYS = ['markings', 'terms', 'references', 'citedBy', 'entities', 'completeness', 'notes', 'citation'];

async function annotated(file: string): Promise<AnnotatedCable> {
  const { cable, text, sidecar } = await readCableSource(file);
  return annotateCable(cable, { text, sidecar, glossary: loadGlossary(), renderNote: renderNoteMarkdown });
}

describe('annotateCable', () => {
  test('keeps the parsed cable as it is and adds annotations last, in the interface order', async () => {
    const { cable } = await readCableSource(SEED);
    const result = await annotated(SEED);
    const { annotations, ...rest } = result;
    expect(rest).toEqual(cable);
    expect(Object.keys(result).at(-1)).toBe('annotations');
    expect(Object.keys(annotations)).toEqual(ANNOTATION_KEYS);
  });

  test('the seed: notes rendered to HTML, ¶2 cut off, ¶8 lone End, citation with its caveats', async () => {
    const { annotations, paragraphs } = await annotated(SEED);
    expect(annotations.notes.map((note) => note.paragraph)).toEqual(['par1', 'par2', 'par6', 'par8', 'par9']);
    expect(annotations.notes[0]?.html).toMatch(/^<p><strong>SFRC Staffdel Meacham<\/strong>/);
    expect(annotations.completeness.partial).toBe(true);
    expect(annotations.completeness.cutOff).toEqual(['par2']);
    const [end] = annotations.completeness.truncatedMarkers;
    const par8 = paragraphs.find((paragraph) => paragraph.anchor === 'par8')?.text ?? '';
    expect(end && par8.slice(end.start, end.end)).toBe('End');
    expect(annotations.citation).toEqual({
      text: '"Guatemala/Mexico Border Issues, Staffdel Meacham", cable (partial extract, via Scoop)',
      path: '/cables/guatemala-mexico-border-issues-staffdel-meacham/',
      publisher: 'Scoop',
    });
  });

  test('a note on a paragraph the cable lacks becomes a warning of the cable, after the parser’s', async () => {
    const { cable, text } = await readCableSource(SEED);
    const sidecar = { sections: [], notes: [{ paragraph: 'par42', markdown: 'No such paragraph.', line: 3 }], warnings: [] };
    const result = annotateCable(cable, { text, sidecar, glossary: loadGlossary(), renderNote: renderNoteMarkdown });
    expect(result.annotations.notes).toEqual([]);
    expect(result.warnings.slice(0, cable.warnings.length)).toEqual(cable.warnings);
    expect(result.warnings.at(-1)?.message).toMatch(/par42/);
  });
  test('names the NLP read in page headers and references are not entities (07KUALALUMPUR1446, 04MADRID961)', async () => {
    const kuala = await annotated('seeds/cablegate/07KUALALUMPUR1446.txt');
    const madrid = await annotated('seeds/cablegate/04MADRID961.txt');
    expect(kuala.annotations.completeness.artifacts.some((artifact) => artifact.text.startsWith('KUALA'))).toBe(true);
    expect(kuala.annotations.entities.map((entity) => entity.name)).not.toContain('KUALA');
    expect(madrid.annotations.references.some((reference) => reference.occurrences.length > 0)).toBe(true);
    expect(madrid.annotations.entities.map((entity) => entity.name)).not.toContain('Ref C. Close');
    for (const { annotations } of [kuala, madrid]) {
      const excluded = [
        ...annotations.completeness.artifacts,
        ...annotations.completeness.redactions,
        ...annotations.references.flatMap((reference) => reference.occurrences),
      ];
      for (const mention of annotations.entities.flatMap((entity) => entity.occurrences)) {
        const inside = excluded.filter((other) => other.paragraph === mention.paragraph && mention.start < other.end && other.start < mention.end);
        expect(inside).toEqual([]);
      }
    }
  });
});

describe('linkCables', () => {
  test('10MAPUTO86 cites 10MAPUTO80 in the set: inSite, and 10MAPUTO80 is cited by it', async () => {
    const input = [await annotated(MAPUTO86), await annotated(MAPUTO80)];
    const before = JSON.stringify(input);
    const [citing, cited] = linkCables(input);
    expect(JSON.stringify(input)).toBe(before);
    const refA = citing?.annotations.references.find((reference) => reference.referenceId === '10MAPUTO80');
    expect(refA?.inSite).toBe(true);
    expect(citing?.annotations.references.find((reference) => reference.referenceId === '07MAPUTO1395')?.inSite).toBe(false);
    expect(cited?.annotations.citedBy.map(({ id, paragraphs }) => ({ id, paragraphs }))).toEqual([
      { id: '10MAPUTO86', paragraphs: [...new Set(refA?.occurrences.map((occurrence) => occurrence.paragraph))] },
    ]);
    expect(Object.keys(cited?.annotations ?? {})).toEqual(ANNOTATION_KEYS);
  });

  test('alone, 10MAPUTO86 links nothing: 10MAPUTO80 is not in the set', async () => {
    const [alone] = linkCables([await annotated(MAPUTO86)]);
    expect(alone?.annotations.references.every((reference) => !reference.inSite)).toBe(true);
    expect(alone?.annotations.citedBy).toEqual([]);
  });

  test('linkCable with siteLinks of the set gives what linkCables gives', async () => {
    const input = [await annotated(MAPUTO86), await annotated(MAPUTO80), await annotated(SEED)];
    const links = siteLinks(input.map(linkFacts));
    expect(input.map((cable) => linkCable(cable, links))).toEqual(linkCables(input));
  });
});

describe('inline marks of the reader page (docs/dom.md priorities)', () => {
  test('05BRASILIA581 ¶5: “reftel” is both a reference and a glossary term; the reference wins, nothing overlaps', async () => {
    const cable = linkCables([await annotated('seeds/cablegate/05BRASILIA581.txt')])[0] as AnnotatedCable;
    const text = cable.paragraphs.find((paragraph) => paragraph.anchor === 'par5')?.text ?? '';
    const reftel = cable.annotations.terms.find((term) => term.id === 'reftel')?.occurrences.find((occurrence) => occurrence.paragraph === 'par5');
    expect(reftel && text.slice(reftel.start, reftel.end).toLowerCase()).toBe('reftel');
    const marks = marksByParagraph(cable).get('par5') ?? [];
    const atReftel = marks.filter((mark) => reftel && mark.start < reftel.end && reftel.start < mark.end);
    expect(atReftel.map((mark) => mark.mark.kind)).toEqual(['reference']);
    for (const [anchor, list] of marksByParagraph(cable)) {
      list.forEach((mark, index) => {
        expect(mark.start, anchor).toBeLessThan(mark.end);
        if (index > 0) expect(mark.start, anchor).toBeGreaterThanOrEqual(list[index - 1]!.end);
      });
    }
  });

  test('07PORTAUPRINCE408: a page header stuck into ¶5 is an artifact, not the glossary term “AU” inside it', async () => {
    const cable = await annotated('seeds/cablegate/07PORTAUPRINCE408.txt');
    const artifact = cable.annotations.completeness.artifacts.find((each) => each.paragraph === 'par5');
    expect(artifact?.kind).toBe('page-header');
    const marks = marksByParagraph(cable).get('par5') ?? [];
    const inside = marks.filter((mark) => artifact && mark.start < artifact.end && artifact.start < mark.end);
    expect(inside.map((mark) => [mark.mark.kind, mark.start, mark.end])).toEqual([['artifact', artifact?.start, artifact?.end]]);
  });
});
