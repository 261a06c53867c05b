/**
 * Issue 9, facets as data, on real cables: one post however the text spells it (the 22 Madrid
 * cables write AMEMBASSY MADRID, MADRID and Embassy Madrid), classification slugs, year and month,
 * tags, partial and redacted; and the search box's own readings of a typed post, year range and id.
 */
import { describe, expect, test } from 'vitest';
import { annotateCable } from '../../src/lib/annotate.ts';
import { classificationSlug, parseYearRange, postDisplayName, postNameOf, REFERENCE_ID } from '../../src/lib/facet-values.ts';
import { cableFacets, postOf, withFacets } from '../../src/lib/facets.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { listCableFiles, readCable, readCableSource } from '../../src/lib/read.ts';
import type { AnnotatedCable, Cable } from '../../src/lib/types.ts';
import { renderNoteMarkdown } from '../../src/render/note-markdown.ts';

const SEED = 'seeds/000_20ae7434d121b7bb.txt';

async function annotated(file: string): Promise<AnnotatedCable> {
  const { cable, text, sidecar } = await readCableSource(file);
  return annotateCable(cable, { text, sidecar, glossary: loadGlossary(), renderNote: renderNoteMarkdown });
}

const seedCables: Cable[] = await Promise.all((await listCableFiles("seeds")).map((file) => readCable(file)));

describe('origin → post', () => {
  test('the three spellings of Madrid in seeds/ are one post, madrid, with 22 cables', () => {
    const madrid = seedCables.filter((cable) => postOf(cable.origin)?.slug === 'madrid');
    expect(new Set(madrid.map((cable) => cable.origin))).toEqual(new Set(['AMEMBASSY MADRID', 'MADRID', 'Embassy Madrid']));
    expect(madrid).toHaveLength(22);
    expect(new Set(madrid.map((cable) => postOf(cable.origin)?.name))).toEqual(new Set(['Madrid']));
    // Every cable of seeds/ whose id is a Madrid id comes from the Madrid post.
    expect(seedCables.filter((cable) => /^\d\dMADRID\d/.test(cable.referenceId ?? '')).every((cable) => madrid.includes(cable))).toBe(true);
  });

  test.each([
    ['AMEMBASSY MAPUTO', 'maputo', 'Maputo'],
    ['Embassy Rio De Janeiro', 'rio-de-janeiro', 'Rio de Janeiro'],
    ['AMCONSUL RIO DE JANEIRO', 'rio-de-janeiro', 'Rio de Janeiro'],
    ['SECSTATE WASHDC', 'state', 'State Department'],
    ['Secretary of State', 'state', 'State Department'],
    ['USMISSION UNVIE VIENNA', 'unvie-vienna', 'UNVIE Vienna'],
    ['USMISSION USNATO', 'usnato', 'USNATO'],
    ['Mission USNATO', 'usnato', 'USNATO'],
    ['USINT HAVANA', 'havana', 'Havana'],
    ['US Interests Section Havana', 'havana', 'Havana'],
    ['IRAN RPO DUBAI', 'rpo-dubai', 'RPO Dubai'],
    ['AMEMBASSY DAR ES SALAAM', 'dar-es-salaam', 'Dar es Salaam'],
  ])('%s → %s (%s)', (origin, slug, name) => {
    expect(postOf(origin)).toEqual({ slug, name });
  });

  test('a post the data does not list keeps its own name; no origin, no post', () => {
    expect(postOf('AMEMBASSY NEVERLAND')).toEqual({ slug: 'neverland', name: 'Neverland' });
    expect(postOf(null)).toBeNull();
    expect(postOf('  ')).toBeNull();
    expect(postNameOf('Madrid')).toBe('MADRID');
    expect(postDisplayName('USUN NEW YORK')).toBe('USUN New York');
  });

  test('every cable with an origin gets a post, its id’s post but where the file holds another post’s text', () => {
    const problems = seedCables.flatMap((cable) => {
      if (cable.origin === null) return [];
      const post = postOf(cable.origin);
      if (!post) return [`${cable.id}: ${cable.origin} → no post`];
      const idPost = REFERENCE_ID.exec(cable.referenceId ?? '')?.groups?.['post'];
      return idPost && idPost !== post.slug.replace(/-/g, '').toUpperCase() && !['STATE', 'UNVIEVIENNA', 'USEUBRUSSELS', 'USUNNEWYORK', 'RPODUBAI'].includes(idPost)
        ? [`${cable.id}: ${cable.origin} → ${post.slug}`]
        : [];
    });
    // Two files of the sample carry another post's text under their name: the origin is the text's.
    expect(problems).toEqual(['05SOFIA1280: PARIS → paris', '10BRUSSELS186: USEU BRUSSELS → useu-brussels']);
  });
});

describe('cableFacets', () => {
  test('10MAPUTO80: 2010, 2010-01, maputo, its classification slug and tags', async () => {
    const cable = await annotated('seeds/cablegate/10MAPUTO80.txt');
    const facets = cableFacets(cable);
    expect(facets.year).toBe(cable.date?.slice(0, 4));
    expect(facets.year).toBe('2010');
    expect(facets.month).toBe(cable.date?.slice(0, 7));
    expect(facets.origin).toEqual({ slug: 'maputo', name: 'Maputo' });
    expect(facets.classification?.name).toBe(cable.classification);
    expect(facets.tags).toEqual(cable.tags);
    expect(facets.partial).toBe(false);
  });

  test('the seed: undated, partial extract, no post from a routing line it lacks', async () => {
    const cable = await annotated(SEED);
    const facets = cableFacets(cable);
    expect(facets.year).toBe(cable.date?.slice(0, 4) ?? null);
    expect(facets.partial).toBe(true);
    expect(facets.redacted).toBe(cable.annotations.completeness.redactions.length > 0);
  });

  test('a partial extract without a date line: the year its reference id gives, no month', async () => {
    const cable = await annotated('seeds/cablegate/04AMMAN1288.txt');
    expect(cable.date).toBeNull();
    const facets = cableFacets(cable);
    expect(facets.year).toBe('2004');
    expect(facets.month).toBeNull();
    // Nor is a year made up for a copy without a Cablegate id.
    expect(cableFacets({ ...cable, referenceId: null }).year).toBeNull();
  });

  test('a cable with redactions is redacted; withFacets adds facets as the last key', async () => {
    const files = ['seeds/cablegate/08MADRID98.txt', 'seeds/cablegate/09MADRID551.txt', 'seeds/cablegate/10MAPUTO86.txt'];
    const cables = await Promise.all(files.map(annotated));
    for (const cable of cables) {
      expect(cableFacets(cable).redacted, cable.id).toBe(cable.annotations.completeness.redactions.length > 0);
      const json = withFacets(cable);
      expect(Object.keys(json).slice(-2)).toEqual(['annotations', 'facets']);
    }
  });

  test.each([
    ['SECRET//NOFORN', 'secret-noforn'],
    ['UNCLASSIFIED//FOR OFFICIAL USE ONLY', 'unclassified-for-official-use-only'],
    ['CONFIDENTIAL', 'confidential'],
  ])('classification %s → %s', (written, slug) => {
    expect(classificationSlug(written)).toBe(slug);
  });
});

describe('typed values', () => {
  test('year ranges', () => {
    expect(parseYearRange('2009')).toEqual({ from: 2009, to: 2009 });
    expect(parseYearRange('2006-2009')).toEqual({ from: 2006, to: 2009 });
    expect(parseYearRange('2009-2006')).toEqual({ from: 2006, to: 2009 });
    expect(parseYearRange('09')).toBeNull();
    expect(parseYearRange('<script>')).toBeNull();
  });

  test('reference ids in any case', () => {
    expect(REFERENCE_ID.test('10MAPUTO80')).toBe(true);
    expect(REFERENCE_ID.test('10maputo80')).toBe(true);
    expect(REFERENCE_ID.test('maputo')).toBe(false);
  });
});
