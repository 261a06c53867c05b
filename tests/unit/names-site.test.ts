/**
 * One entity, one name across the site (src/lib/names/site.ts), on real variant pairs of the
 * corpus: a surname and its one full name, spellings of one body, an acronym and its long form.
 */
import { describe, expect, test } from 'vitest';
import { SiteNameCounts, siteNames, withSiteNames, type EntityFacts } from '../../src/lib/names/site.ts';
import type { EntityKind, EntityUse } from '../../src/lib/types.ts';
import { entitySlug } from '../../src/lib/entities.ts';

const fact = (name: string, kind: EntityKind, forms: string[] = [name]): EntityFacts => ({ name, slug: entitySlug(name), kind, forms });
const nameOf = (names: ReturnType<typeof siteNames>, name: string): string | undefined => names.get(entitySlug(name))?.name;

describe('siteNames', () => {
  test('a surname joins the one full name that ends with it (10MAPUTO86, 10MAPUTO80: Guebuza; Obama)', () => {
    const names = siteNames([
      { entities: [fact('Guebuza', 'person'), fact('Barack Obama', 'person')] },
      { entities: [fact('Armando Guebuza', 'person'), fact('Obama', 'person')] },
    ]);
    expect(nameOf(names, 'Guebuza')).toBe('Armando Guebuza');
    expect(names.get('guebuza')?.slug).toBe('armando-guebuza');
    expect(nameOf(names, 'Obama')).toBe('Barack Obama');
  });

  test('the most written spelling names the site, not one cable\'s slip (09USEUBRUSSELS948: `U.s.`), and mixed case beats capitals (Guebuza)', () => {
    const names = siteNames([
      { entities: [fact('U.S.', 'place')] },
      { entities: [fact('U.S.', 'place')] },
      { entities: [fact('U.s.', 'place'), fact('GUEBUZA', 'person')] },
      { entities: [fact('Guebuza', 'person')] },
    ]);
    expect(nameOf(names, 'U.S.')).toBe('U.S.');
    expect(nameOf(names, 'GUEBUZA')).toBe('Guebuza');
  });

  test('a surname two full names end with stays itself', () => {
    const names = siteNames([{ entities: [fact('Castro', 'person'), fact('Fidel Castro', 'person'), fact('Raul Castro', 'person')] }]);
    expect(nameOf(names, 'Castro')).toBe('Castro');
  });

  test('spellings of one body or place are one (al-Qaida / al-Qaeda / Al Qaeda; Hizballah / Hezbollah)', () => {
    const names = siteNames([
      { entities: [fact('al-Qaida', 'organization'), fact('Hizballah', 'organization')] },
      { entities: [fact('al-Qaida', 'organization'), fact('al-Qaeda', 'organization'), fact('Hezbollah', 'organization')] },
      { entities: [fact('Al Qaeda', 'organization')] },
    ]);
    expect(new Set(['al-Qaida', 'al-Qaeda', 'Al Qaeda'].map((name) => names.get(entitySlug(name))?.slug))).toEqual(new Set(['al-qaida']));
    expect(nameOf(names, 'Hezbollah')).toBe(nameOf(names, 'Hizballah'));
  });

  test('a person\'s initials stay the cable\'s shorthand (09BUENOSAIRES1017: Anibal Fernandez (AF); AF is the Bureau of African Affairs elsewhere)', () => {
    const names = siteNames([
      { entities: [fact('Anibal Fernandez', 'person', ['Anibal Fernandez', 'AF'])] },
      { entities: [fact('AF', 'organization')] },
      { entities: [fact('AF', 'organization')] },
    ]);
    expect(names.get(entitySlug('Anibal Fernandez'))).toMatchObject({ name: 'Anibal Fernandez', kind: 'person' });
    expect(nameOf(names, 'AF')).toBe('AF');
  });

  test('a guessed one-word name is marked only when some cable identifies it (Erdogan ← Tayyip Erdogan; Cessna alone is not)', () => {
    const guessed = (name: string): EntityFacts => ({ ...fact(name, 'person'), guess: true });
    const names = siteNames([{ entities: [guessed('Erdogan'), guessed('Cessna')] }, { entities: [fact('Tayyip Erdogan', 'person')] }]);
    expect(names.get('erdogan')).toMatchObject({ name: 'Tayyip Erdogan', identified: true });
    expect(names.get('cessna')?.identified).toBe(false);
    const use = (name: string): EntityUse => ({ name, slug: entitySlug(name), kind: 'person', sources: ['text'], occurrences: [{ paragraph: 'par1', start: 0, end: name.length }], guess: true });
    const linked = withSiteNames([use('Erdogan'), use('Cessna')], names, [{ anchor: 'par1' }]);
    expect(linked).toEqual([{ name: 'Tayyip Erdogan', slug: 'tayyip-erdogan', kind: 'person', sources: ['text'], occurrences: [{ paragraph: 'par1', start: 0, end: 7 }] }]);
  });

  test('people are not merged by spelling (Mario / Maria)', () => {
    const names = siteNames([{ entities: [fact('Mario Soares', 'person'), fact('Maria Soares', 'person')] }]);
    expect(nameOf(names, 'Mario Soares')).toBe('Mario Soares');
    expect(nameOf(names, 'Maria Soares')).toBe('Maria Soares');
  });

  test('an acronym a cable wrote for a long form is that body in every cable (05LONDON4981: IMO)', () => {
    const names = siteNames([
      { entities: [fact('International Maritime Organization', 'organization', ['International Maritime Organization', 'IMO'])] },
      { entities: [fact('IMO', 'organization')] },
    ]);
    expect(nameOf(names, 'IMO')).toBe('International Maritime Organization');
  });

  test('written in capitals or not, one slug (NORIEGA in 89PANAMA8545)', () => {
    expect(entitySlug('NORIEGA')).toBe(entitySlug('Noriega'));
  });
});

describe('withSiteNames', () => {
  test('two entities of one cable that become one are merged, occurrences in reading order', () => {
    const paragraphs = [{ anchor: 'par1' }, { anchor: 'text-1' }, { anchor: 'par2' }];
    const entities: EntityUse[] = [
      { name: 'International Maritime Organization', slug: 'international-maritime-organization', kind: 'organization', sources: ['text'], occurrences: [{ paragraph: 'par2', start: 0, end: 35 }] },
      { name: 'IMO', slug: 'imo', kind: 'organization', sources: ['text'], occurrences: [{ paragraph: 'text-1', start: 4, end: 7 }] },
    ];
    const names = siteNames([{ entities: [fact('International Maritime Organization', 'organization', ['International Maritime Organization', 'IMO']), fact('IMO', 'organization')] }]);
    const merged = withSiteNames(entities, names, paragraphs);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.occurrences.map((o) => o.paragraph)).toEqual(['text-1', 'par2']);
  });
});

describe("a state's letters are no body's acronym", () => {
  test('`CA` after `MONTEREY,` (07KINGSTON382) stays the state where 06LAPAZ3400 writes `Constituent Assembly (CA)`', () => {
    const names = siteNames([
      { entities: [fact('Constituent Assembly', 'organization', ['Constituent Assembly', 'CA'])] },
      { entities: [fact('CA', 'place')] },
    ]);
    expect(names.get('ca')).toMatchObject({ name: 'CA', kind: 'place' });
    expect(nameOf(names, 'Constituent Assembly')).toBe('Constituent Assembly');
  });
});

describe('SiteNameCounts: names counted one entity at a time (the link stage reads a shard at a time)', () => {
  const counted = (facts: EntityFacts[]): ReturnType<typeof siteNames> => {
    const counts = new SiteNameCounts();
    for (const entity of facts) counts.add(entity);
    return counts.siteNames();
  };

  test('a slug\'s first spelling keeps its count when a second one comes (U.s. three times, then U.S. twice: U.s. is the most written)', () => {
    const names = counted([...Array(3).fill(fact('U.s.', 'place')), ...Array(2).fill(fact('U.S.', 'place'))]);
    expect(nameOf(names, 'U.S.')).toBe('U.s.');
    expect(nameOf(counted([...Array(2).fill(fact('U.s.', 'place')), ...Array(3).fill(fact('U.S.', 'place'))]), 'U.S.')).toBe('U.S.');
  });

  test('a slug\'s kind is its most counted, a tie going to the first in alphabetical order (organization, person, place)', () => {
    expect(counted([fact('Zanzibar', 'place'), fact('Zanzibar', 'person')]).get('zanzibar')?.kind).toBe('person');
    expect(counted([fact('Zanzibar', 'person'), fact('Zanzibar', 'organization')]).get('zanzibar')?.kind).toBe('organization');
    expect(counted([fact('Zanzibar', 'place'), fact('Zanzibar', 'place'), fact('Zanzibar', 'organization')]).get('zanzibar')?.kind).toBe('place');
  });

  test('a joined group sums its members\' counts: three cables write Castro alone, one Fidel Castro (the surname takes the full name)', () => {
    const names = counted([...Array(3).fill(fact('Castro', 'person')), fact('Fidel Castro', 'person')]);
    expect(names.get('castro')).toEqual({ name: 'Fidel Castro', slug: 'fidel-castro', kind: 'person', identified: true });
    expect(names.get('castro')).toBe(names.get('fidel-castro'));
  });
});
