/**
 * The rules of the tenth held-out round (issue 7), each on a real excerpt of a dev cable (named in
 * the test), by ../shared/NAMES-GUIDE.md. Each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { findEntities, glossaryKnowledge, namesInParagraph } from '../../src/lib/entities.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { readCable } from '../../src/lib/read.ts';

const glossary = glossaryKnowledge(loadGlossary());
const names = (text: string): string[] => namesInParagraph(text, glossary).map((m) => `${m.kind}:${m.text}`);

describe('a hyphened given name', () => {
  test('keeps its lower-case syllable (10SHENYANG5, 06SEOUL2238)', () => {
    expect(names('XXXXXXXXXXXX said that Kim Jong-il has become increasingly')).toContain('person:Kim Jong-il');
    expect(names('(U) Unification Minister Lee Jong-seok on July 6 told the National Assembly')).toContain('person:Lee Jong-seok');
  });

  test('an English word after the hyphen stays out (09TELAVIV1098, 08BELGRADE1097)', () => {
    expect(names('in what was reported to be a "mafia meeting" in a Tel Aviv-area caf.')).toContain('place:Tel Aviv');
    expect(names('the formation of the new Democratic Party-led coalition government')).toContain('organization:Democratic Party');
  });
});

describe('an Arabic article written apart', () => {
  test('opens the name (07ISLAMABAD31: "hunt down al Qaeda, Taliban")', async () => {
    expect(names('to root out and hunt down al Qaeda, Taliban and other anti-Coalition forces')).toContain('organization:al Qaeda');
    const entities = findEntities(await readCable('seeds/cablegate/07ISLAMABAD31.txt'));
    expect(entities.filter((e) => /Qaeda/.test(e.name)).flatMap((e) => e.occurrences)).toHaveLength(4);
  });
});

describe("a title's `for`-portfolio", () => {
  test('does not swallow the person after it (10BRUSSELS186)', () => {
    expect(names('Summary: Deputy Special Envoy for Climate Change Jonathan Pershing met with')).toEqual(['person:Jonathan Pershing']);
  });

  test('a place after `for` stays the place (07BANDARSERIBEGAWAN112)', () => {
    expect(names('MFAT Desk Officer for Middle East Latifah Zaini attended meeting as notetaker.')).toEqual(expect.arrayContaining(['place:Middle East', 'person:Latifah Zaini']));
  });
});

describe('a bank named `Bank X`', () => {
  test('is one body, not a place or a person after the word `Bank` (09KUALALUMPUR752)', () => {
    expect(names('and non-paper on First East Export Bank (FEEB) to Bank Negara (BN) Deputy Governor Zamani')).toContain('organization:Bank Negara');
    expect(names('noting specifically the new information on Bank Mellat proliferation finance activities')).toContain('organization:Bank Mellat');
  });
});

describe("a city's name without its `The`", () => {
  test('is the surname of the person the cable names (08LONDON929: William Hague, then Hague)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/08LONDON929.txt'));
    expect(entities.filter((e) => /Hague/.test(e.name)).map((e) => `${e.kind}:${e.name}:${e.occurrences.length}`)).toEqual(['person:William Hague:8']);
  });
});

describe("a glossary meaning's scope", () => {
  test('`In Brazil:` before it does not hide that the acronym names a body (04BRASILIA222: the CPI)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/04BRASILIA222.txt'));
    expect(entities.find((e) => e.name === 'CPI')?.kind).toBe('organization');
  });
});

describe("a conference's or a negotiating track's letters", () => {
  test('are no body (10BRUSSELS186: "into the LCA (Long-term Cooperative Action) or KP (Kyoto Protocol) working groups")', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/10BRUSSELS186.txt'));
    expect(entities.filter((e) => ['COP', 'LCA', 'MRV', 'GHG'].includes(e.name))).toEqual([]);
  });
});
