/**
 * The rules of the ninth held-out round (issue 7), each on a real excerpt or cable of dev (named
 * in the test), by ../shared/NAMES-GUIDE.md. Each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { findEntities, glossaryKnowledge, namesInParagraph } from '../../src/lib/entities.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { readCable } from '../../src/lib/read.ts';
import { siteNames } from '../../src/lib/names/site.ts';
import type { EntityUse } from '../../src/lib/types.ts';

const glossary = glossaryKnowledge(loadGlossary());
const names = (text: string): string[] => namesInParagraph(text, glossary).map((m) => `${m.kind}:${m.text}`);
const facts = (entities: EntityUse[]) => ({ entities: entities.map((e) => ({ slug: e.slug, name: e.name, kind: e.kind, forms: [e.name] })) });
const kindsOf = (entities: EntityUse[], name: string): string[] => entities.filter((e) => e.name === name).map((e) => e.kind);

describe("a town's name that is a person's surname", () => {
  test('the surname of two people the cable names is a person, not the town (07HAVANA258: Fidel and Raul Castro)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/07HAVANA258.txt'));
    expect(kindsOf(entities, 'Castro')).toEqual(['person']);
  });

  test('the surname of a person the site names is a person in a cable that names no one in full (03BRASILIA698)', async () => {
    const alone = findEntities(await readCable('seeds/cablegate/03BRASILIA698.txt'));
    // "However, Castro argues that the decree will help": alone, the gazetteer's town.
    expect(kindsOf(alone, 'Castro')).toEqual(['place']);
    const havana = findEntities(await readCable('seeds/cablegate/07HAVANA258.txt'));
    expect(siteNames([facts(alone), facts(havana)]).get('castro')?.kind).toBe('person');
  });

  test('a city of 100,000 stays a place (07HAVANA258: "the plane from Holguin to Havana")', async () => {
    const havana = findEntities(await readCable('seeds/cablegate/07HAVANA258.txt'));
    const holguin = havana.find((e) => e.name === 'Holguin')!;
    const person = { slug: 'julio-holguin', name: 'Julio Holguin', kind: 'person' as const, forms: ['Julio Holguin'] };
    expect(siteNames([facts([holguin]), { entities: [person] }]).get('holguin')?.kind).toBe('place');
  });
});

describe('a known company', () => {
  test('is a body, not the town nor the surname of a person the site names (03BRASILIA698: Monsanto; `Pablo Monsanto` in 09GUATEMALA917)', () => {
    expect(names('the soybean crop in the state of Rio Grande do Sul, has hindered Monsanto\'s ability to exercise its patent')).toContain('organization:Monsanto');
  });
});

describe("a feature's designator alone", () => {
  test('`the Canal` after `the Panama Canal` is that place (10PANAMA1)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/10PANAMA1.txt'));
    const canal = entities.find((e) => e.name === 'Canal');
    expect(canal?.kind).toBe('place');
    // "The Canal expansion project is a disaster", "the Canal expansion", "the Canal Expansion and Metro Projects".
    expect(canal!.occurrences.length).toBeGreaterThanOrEqual(8);
  });
});

describe('a title glued to a name after a body or a portfolio', () => {
  test("a second portfolio after `and` is the title's (08FREETOWN389)", () => {
    expect(names('with Minister of Transportation and Aviation Ibrahim Kemoh Sesay relieved of his duties August 4.')).toEqual(['person:Ibrahim Kemoh Sesay']);
  });

  test('a title and a first name after a body start a person (08FREETOWN389)', () => {
    expect(names('held a joint DEA-GoSL meeting August 6, chaired by Office of National Security General Kellie Conte.')).toEqual(
      ['organization:DEA', 'organization:Office of National Security', 'person:Kellie Conte'],
    );
  });

  test('a portfolio word before a head word is no title there (04AMMAN1288: "Export and Finance Bank")', () => {
    expect(names('deals negotiated by Jordan’s Arab Bank and Export and Finance Bank with Iraq banks.')).not.toContain('organization:Finance Bank');
  });
});

describe("a trade's noun beside a list of names", () => {
  test('before the list, every name is such a body (10PANAMA1)', () => {
    expect(names('the GUPC Consortium led by Spanish and Italian firms Sacyr and Impregilo to carry out the work')).toEqual(
      expect.arrayContaining(['organization:Sacyr', 'organization:Impregilo']),
    );
  });

  test('after the list, every name is such a body, its place or demonym kept (06BRIDGETOWN755)', () => {
    expect(names('tourism and property investments in Antigua and plans for his Caribbean Star and Caribbean Sun airlines.')).toEqual(
      ['place:Antigua', 'organization:Caribbean Star', 'organization:Caribbean Sun'],
    );
  });
});

describe("hotels' companies", () => {
  test('a hotel company by its last word, two trades of one company one name (05MADRID2131)', () => {
    expect(names('Investment amount unknown. -- NH Hoteles: Hotel/Tourism. Investment in Havana.')).toEqual(['organization:NH Hoteles', 'place:Havana']);
    expect(names('-- Occidental Hotels and Resorts: Hotel/Tourism. Investments in Havana and Play Yuraguanal.')).toContain('organization:Occidental Hotels and Resorts');
  });

  test('two bodies joined by `and` stay two (a body, then a head word with a name before it)', () => {
    expect(names('Jordan’s Arab Bank and Export and Finance Bank')).toContain('organization:Arab Bank');
  });
});

describe("a person's name before a body's `of`", () => {
  test('is the person, and the body starts after `of` (09GUATEMALA917, 09KYIV1942)', () => {
    expect(names('Evangelical pastor Harold Caballeros of the VIVA Party plans to challenge')).toEqual(['person:Harold Caballeros', 'organization:VIVA Party']);
    expect(names('and Oleksandr Panchenko of the State Border Guard Service provided')).toEqual(['person:Oleksandr Panchenko', 'organization:State Border Guard Service']);
  });

  test("a body's own words before `of` stay its name (Office of the Supreme Commander…, 08MUSCAT565)", () => {
    expect(names('head of the Office of the Supreme Commander of the Armed Forces, Lieutenant General Ali bin Majid')).toContain('organization:Office of the Supreme Commander of the Armed Forces');
  });
});
