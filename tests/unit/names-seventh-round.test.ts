/**
 * The rules of the seventh held-out round (issue 7), each on a real excerpt of a dev cable (named in
 * the test), by ../shared/NAMES-GUIDE.md. Each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { findEntities, glossaryKnowledge, namesInParagraph } from '../../src/lib/entities.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { readCable } from '../../src/lib/read.ts';

const glossary = glossaryKnowledge(loadGlossary());
const names = (text: string): string[] => namesInParagraph(text, glossary).map((m) => `${m.kind}:${m.text}`);

describe('a title word as a surname', () => {
  test('a title of rank after a given name is the surname (08LONDON797); before a name it stays a title', () => {
    expect(names('Bank of England (BOE) Governor Mervyn King said at a lunch meeting')).toContain('person:Mervyn King');
    expect(names('the Shadow Finance Minister said')).not.toContain('person:Shadow Finance');
    expect(names('He met King Abdullah on Monday')).toEqual(['person:Abdullah']);
    expect(names('the Saudi King met Jordan King Abdullah')).toEqual(['place:Jordan', 'person:Abdullah']);
  });

  test('the surname alone then names the person across the cable (08LONDON797)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/08LONDON797.txt'));
    const king = entities.find((entity) => entity.name === 'Mervyn King');
    expect(king?.kind).toBe('person');
    // 2 × `Mervyn King`, 12 × `King` alone (`King said`, `The King proposals`).
    expect(king?.occurrences.length).toBe(14);
    expect(entities.some((entity) => entity.name === 'Mervyn')).toBe(false);
  });
});

describe("a US state's postal letters", () => {
  test('after a town and a comma (05RECIFE78), in a party-state bracket (08CAIRO57), before -based (06ZAGREB815)', () => {
    expect(names('was taken to a hospital in Des Moines, IA, where he remains')).toEqual(['place:Des Moines', 'place:IA']);
    expect(names('Congressman Steven Israel (D-NY), President Mubarak described')).toEqual(['person:Steven Israel', 'place:NY', 'person:Mubarak']);
    expect(names('SUMMARY: NJ-BASED BARR LABS ANNOUNCED A 2.5 BILLION USD')).toContain('place:NJ');
  });

  test('not after a person, a country or a word (`Smith, MD`, `Israel, PA`)', () => {
    expect(names('Smith, MD, said')).toEqual([]);
    expect(names('talks with Israel, PA and Jordan')).not.toContain('place:PA');
  });
});

describe('an agency named an Administration', () => {
  test('after ordinary words it is a body (04BOGOTA8900); after a name, a government (no body)', () => {
    expect(names('the Office of Regional Affairs, Drug Enforcement Administration, the Narcotics Affairs Section')).toContain('organization:Drug Enforcement Administration');
    expect(names('the Office of Regional Affairs, Drug Enforcement Administration, the Narcotics Affairs Section')).not.toContain('organization:Drug Enforcement');
    expect(names('under the George W. Bush Administration')).toEqual(['person:George W. Bush']);
    expect(names('Appointed Minister of Public Administration on July 6, 2007')).toEqual([]);
  });
});

describe("a country's name with two letters swapped", () => {
  test('is the country, not a body by `its` (09SHANGHAI160)', () => {
    expect(names('with local Egyptian companies. Egpyt opened its Consulate in Shanghai')).toEqual(['place:Egpyt', 'place:Shanghai']);
  });

  test('a first letter swapped or an English word is no typo (`Moan`, `Iarn`)', () => {
    expect(names('Ramesh met Iarn')).not.toContain('place:Iarn');
  });
});
