/**
 * The rules of the ninth held-out round (issue 7), each on a real excerpt or cable of dev (named
 * in the test), by ../shared/NAMES-GUIDE.md. Each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/lib/entities.ts';
import { readCable } from '../../src/lib/read.ts';
import { siteNames } from '../../src/lib/names/site.ts';
import type { EntityUse } from '../../src/lib/types.ts';

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

describe("a feature's designator alone", () => {
  test('`the Canal` after `the Panama Canal` is that place (10PANAMA1)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/10PANAMA1.txt'));
    const canal = entities.find((e) => e.name === 'Canal');
    expect(canal?.kind).toBe('place');
    // "The Canal expansion project is a disaster", "the Canal expansion", "the Canal Expansion and Metro Projects".
    expect(canal!.occurrences.length).toBeGreaterThanOrEqual(8);
  });
});
