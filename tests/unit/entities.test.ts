import { describe, expect, test } from 'vitest';
import { entitySlug, findEntities, isAllCaps } from '../../src/lib/entities.ts';
import { readCable } from '../../src/lib/read.ts';
import type { Cable, EntityUse } from '../../src/lib/types.ts';

const SEED = 'seeds/000_20ae7434d121b7bb.txt';
const MAPUTO = 'seeds/cablegate/10MAPUTO86.txt';
const PANAMA = 'seeds/cablegate/89PANAMA8545.txt';

/** The text an occurrence covers. */
function mention(cable: Cable, occurrence: { paragraph: string; start: number; end: number }): string {
  return cable.paragraphs.find((p) => p.anchor === occurrence.paragraph)!.text.slice(occurrence.start, occurrence.end);
}

function named(entities: EntityUse[], name: string): EntityUse {
  const entity = entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${entities.map((e) => e.name).join(', ')}`);
  return entity;
}

describe('entitySlug', () => {
  test('lower case, ASCII, hyphens', () => {
    expect(entitySlug('Todd Chapman')).toBe('todd-chapman');
    expect(entitySlug('São Paulo')).toBe('sao-paulo');
    expect(entitySlug("Guatemala's Immigration Service")).toBe('guatemalas-immigration-service');
    expect(entitySlug('Secretary of State (Washington)')).toBe('secretary-of-state-washington');
    expect(entitySlug('Ronald K. McMullen')).toBe('ronald-k-mcmullen');
  });
});

describe('the seed cable', async () => {
  const cable = await readCable(SEED);
  const entities = findEntities(cable);

  test('Carl Meacham: the full name in ¶2, "Staffdel Meacham" in ¶1 and "Meacham" in ¶9 are one person', () => {
    const meacham = named(entities, 'Carl Meacham');
    expect(meacham.kind).toBe('person');
    expect(meacham.slug).toBe('carl-meacham');
    expect(meacham.sources).toEqual(['text']);
    expect(meacham.occurrences.map((o) => `${o.paragraph}:${mention(cable, o)}`)).toEqual([
      'par1:Meacham',
      'par1:Meacham',
      'par2:Carl Meacham',
      'par9:Meacham',
    ]);
  });

  test('places: Guatemala, Mexico, Canada, the United States', () => {
    for (const name of ['Guatemala', 'Mexico', 'Canada', 'United States']) expect(named(entities, name).kind).toBe('place');
    const guatemala = named(entities, 'Guatemala');
    // Every paragraph that names Guatemala as a word (¶4 only has "Guatemalan").
    expect([...new Set(guatemala.occurrences.map((o) => o.paragraph))]).toEqual(['par1', 'par2', 'par3', 'par6', 'par8', 'par9']);
    // "Mexico's southern border" (¶3) and "the border with Mexico" (¶6).
    expect(named(entities, 'Mexico').occurrences.map((o) => o.paragraph)).toEqual(expect.arrayContaining(['par2', 'par3', 'par6']));
  });

  test('organisations: the Senate committee and the ministries', () => {
    for (const name of ['Senate Foreign Relations Committee', 'Ministry of Defense', 'Ministry of Foreign Relations'])
      expect(named(entities, name).kind).toBe('organization');
  });

  test('by ../shared/NAMES-GUIDE.md: a named committee\'s acronym is an organisation, U.S. a place', () => {
    expect(named(entities, 'SFRC').kind).toBe('organization');
    expect(named(entities, 'U.S.').kind).toBe('place');
  });

  test('cable jargon and glossary acronyms are not entities', () => {
    const names = entities.map((e) => e.name);
    for (const jargon of ['GOG', 'Staffdel', 'Staffdel Meacham', 'MPP', 'Guatemalan', 'December'])
      expect(names).not.toContain(jargon);
    // A treaty is none of the three kinds, nor its acronym.
    expect(names).not.toContain('North American Free Trade Agreement');
    expect(names).not.toContain('NAFTA');
  });
});

describe('10MAPUTO86', async () => {
  const cable = await readCable(MAPUTO);
  const entities = findEntities(cable);

  test('President Guebuza, Guebuza and Guebuza\'s are one person, named in seven paragraphs', () => {
    const guebuza = named(entities, 'Guebuza');
    expect(guebuza.kind).toBe('person');
    expect([...new Set(guebuza.occurrences.map((o) => o.paragraph))]).toEqual(['par1', 'par2', 'par3', 'par4', 'par5', 'par6', 'par8']);
    for (const occurrence of guebuza.occurrences) expect(mention(cable, occurrence)).toBe('Guebuza');
  });

  test('FRELIMO is an organisation, Mozambique a place', () => {
    const frelimo = named(entities, 'FRELIMO');
    expect(frelimo.kind).toBe('organization');
    expect([...new Set(frelimo.occurrences.map((o) => o.paragraph))]).toEqual(['par1', 'par2', 'par3', 'par7', 'par8', 'par9', 'par11']);
    expect(named(entities, 'Mozambique').kind).toBe('place');
  });

  test('Mohamed Bashir Suleiman and his acronym MBS are one person', () => {
    const mbs = named(entities, 'Mohamed Bashir Suleiman');
    expect(mbs.kind).toBe('person');
    const texts = new Set(mbs.occurrences.map((o) => mention(cable, o)));
    expect(texts).toEqual(new Set(['Mohamed Bashir Suleiman', 'MBS']));
    expect(entities.map((e) => e.name)).not.toContain('MBS');
  });

  test('a surname alone joins the full name: Correia → Celso Ismael Correia', () => {
    const correia = named(entities, 'Celso Ismael Correia');
    expect(correia.occurrences.map((o) => mention(cable, o))).toEqual(['Celso Ismael Correia', 'Correia', 'Correia', 'Correia']);
    expect(entities.map((e) => e.name)).not.toContain('Correia');
  });

  test('Todd Chapman from the Classified By line, merged with the signature CHAPMAN; not in the text', () => {
    const chapman = named(entities, 'Todd Chapman');
    expect(chapman.kind).toBe('person');
    expect(chapman.sources).toEqual(['classifiedBy', 'signature']);
    expect(chapman.occurrences).toEqual([]);
  });

  test('addressees: the embassies and Washington agencies as organisations', () => {
    for (const name of ['US Embassy Maputo', 'US Embassy London', 'Secretary of State (Washington)', 'CIA (Washington)']) {
      const entity = named(entities, name);
      expect(entity.kind).toBe('organization');
      expect(entity.sources).toEqual(['addressees']);
    }
    // A collective distribution list is not an organisation's name.
    expect(entities.some((e) => /Southern African Development Community/i.test(e.name))).toBe(false);
  });
});

describe('05LONDON4981', async () => {
  const cable = await readCable('seeds/cablegate/05LONDON4981.txt');
  const entities = findEntities(cable);

  test('state acronyms are places; an acronym in brackets joins its organisation', () => {
    expect(named(entities, 'DPRK').kind).toBe('place');
    const imo = named(entities, 'International Maritime Organization');
    expect(imo.kind).toBe('organization');
    expect(imo.occurrences.some((o) => mention(cable, o) === 'IMO')).toBe(true);
  });
});

describe('country names read as first names', () => {
  test('Jordan is a place in 04AMMAN1288, 03ABUDHABI2641, 08MADRID552 and 09ROME1187, never a person', async () => {
    for (const id of ['04AMMAN1288', '03ABUDHABI2641', '08MADRID552', '09ROME1187']) {
      const entities = findEntities(await readCable(`seeds/cablegate/${id}.txt`));
      expect(named(entities, 'Jordan').kind, id).toBe('place');
    }
  });
});

describe('a cable in capitals (89PANAMA8545, a 1989 telegram)', async () => {
  const cable = await readCable(PANAMA);
  const entities = findEntities(cable);

  test('it is written in capitals', () => {
    expect(cable.paragraphs.filter((p) => isAllCaps(p.text)).length).toBeGreaterThan(cable.paragraphs.length / 2);
  });

  test('names come out title-cased; occurrences are the capitals as written', () => {
    const panama = named(entities, 'Panama');
    expect(panama.kind).toBe('place');
    expect(panama.occurrences.length).toBeGreaterThan(5);
    for (const occurrence of panama.occurrences) expect(mention(cable, occurrence)).toBe('PANAMA');
    expect(named(entities, 'Nicaragua').kind).toBe('place');
    expect(named(entities, 'Bushnell').sources).toEqual(['signature']);
  });

  test('no name is left in capitals except acronyms', () => {
    for (const entity of entities) for (const word of entity.name.split(' ')) expect(word.length <= 4 || /\p{Ll}/u.test(word), entity.name).toBe(true);
  });
});

describe('short forms a cable defines', () => {
  test('a company\'s name without its last word is the company (07KINSHASA797: Malta Forest Company → Malta Forest)', async () => {
    const cable = await readCable('seeds/cablegate/07KINSHASA797.txt');
    const entities = findEntities(cable);
    const company = named(entities, 'Malta Forest Company');
    expect(company.kind).toBe('organization');
    expect(company.occurrences.filter((o) => mention(cable, o) === 'Malta Forest').length).toBeGreaterThan(10);
    expect(entities.some((e) => e.name === 'Forest')).toBe(false);
  });

  test('a body\'s long form before its acronym is one name (06ASUNCION589); a concept\'s is none (09USEUBRUSSELS1177)', async () => {
    const asuncionCable = await readCable('seeds/cablegate/06ASUNCION589.txt');
    const asuncion = findEntities(asuncionCable);
    const cbp = named(asuncion, 'Customs and Border Protection');
    expect(cbp.kind).toBe('organization');
    expect(cbp.occurrences.map((o) => mention(asuncionCable, o))).toContain('CBP');
    const brussels = findEntities(await readCable('seeds/cablegate/09USEUBRUSSELS1177.txt'));
    expect(brussels.some((e) => e.name === 'IPR' || e.name === 'Intellectual Property Rights')).toBe(false);
  });

  test('the country or demonym before a defined body\'s long form is the body\'s (05VIENNA3833; the guide: Peruvian Army)', async () => {
    const cable = await readCable('seeds/cablegate/05VIENNA3833.txt');
    const mentions = findEntities(cable).flatMap((e) => e.occurrences.map((o) => `${e.kind}:${mention(cable, o)}`));
    expect(mentions).toContain('organization:U.S. Financial Crimes Enforcement Network');
    expect(mentions).toContain('organization:Austrian Financial Intelligence Unit');
    expect(mentions).not.toContain('organization:Financial Intelligence Unit');
  });

  test('a state\'s letters glued to a dollar sign are a currency, also where the cable names the country (04OTTAWA3115: US$16 million)', async () => {
    const cable = await readCable('seeds/cablegate/04OTTAWA3115.txt');
    const us = findEntities(cable).filter((e) => e.name === 'US' || e.name === 'U.S.').flatMap((e) => e.occurrences);
    expect(us.length).toBeGreaterThan(10);
    for (const o of us) expect(cable.paragraphs.find((p) => p.anchor === o.paragraph)!.text[o.end]).not.toBe('$');
  });
});

describe('a one-word name nothing identifies is a guess (names-site.test.ts: marked only when the site identifies it)', () => {
  test('04BOGOTA8900: `Cessna` (no title, no `the`, no list knows it) is only a guess; a name with a title is not (FARC)', async () => {
    const cable = await readCable('seeds/cablegate/04BOGOTA8900.txt');
    expect(cable.paragraphs.some((p) => /\bCessna\b/.test(p.text))).toBe(true);
    const entities = findEntities(cable);
    expect(named(entities, 'Cessna').guess).toBe(true);
    expect(named(entities, 'FARC').guess).toBeUndefined();
  });

  test('89PANAMA8545, in capitals: a long non-word with no title, first name or header is only a guessed surname (NORIEGA)', async () => {
    const noriega = named(findEntities(await readCable(PANAMA)), 'Noriega');
    expect(noriega.kind).toBe('person');
    expect(noriega.guess).toBe(true);
  });
});

describe('09MANAMA611', () => {
  test('a long form after `a` with no body\'s head word names a kind of thing, and so does its acronym; `and` gives no letter (RIAMD, SEW)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/09MANAMA611.txt'));
    for (const name of ['RIAMD', 'Regional Integrated Air and Missile Defense', 'SEW', 'Shared Early Warning']) expect(entities.some((e) => e.name === name), name).toBe(false);
    expect(named(entities, 'GCC').kind).toBe('organization');
  });
});

describe('72TEHRAN5055, in capitals', () => {
  test('a town\'s name that is the surname of a person a title identifies is that person (LTG JAFFARQOLI SADRI, then SADRI)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/72TEHRAN5055.txt'));
    expect(named(entities, 'Jaffarqoli Sadri').occurrences.length).toBe(5);
    expect(entities.some((e) => e.name === 'Sadri')).toBe(false);
  });
});

describe('09ASMARA47', () => {
  test('a name opening with a lower-case article is a name (al-Shabaab, listed as Al-Shabaab)', async () => {
    const cable = await readCable('seeds/cablegate/09ASMARA47.txt');
    const shabaab = named(findEntities(cable), 'Al-Shabaab');
    expect(shabaab.kind).toBe('organization');
    expect(shabaab.occurrences.map((o) => mention(cable, o))).toEqual(Array(8).fill('al-Shabaab'));
  });
});

describe('09BUENOSAIRES1017', () => {
  test('a person\'s acronym after a possessive joins the person: Cristina Fernandez de Kirchner\'s (CFK)', async () => {
    const cable = await readCable('seeds/cablegate/09BUENOSAIRES1017.txt');
    const entities = findEntities(cable);
    const cfk = named(entities, 'Cristina Fernandez de Kirchner');
    expect(cfk.kind).toBe('person');
    expect(cfk.occurrences.filter((o) => mention(cable, o) === 'CFK').length).toBeGreaterThan(5);
    expect(entities.some((e) => e.name === 'CFK')).toBe(false);
  });
});

describe('04MADRID2605', () => {
  test('a programme named by one word before its head word: the word alone is the programme too, no person (Megaports Initiative, Megaports equipment)', async () => {
    const cable = await readCable('seeds/cablegate/04MADRID2605.txt');
    expect(cable.paragraphs.some((p) => /Megaports equipment/.test(p.text))).toBe(true);
    expect(findEntities(cable).some((e) => /Megaports/.test(e.name))).toBe(false);
  });
});

describe('08PANAMA851', () => {
  test('a body\'s acronym in its own language (ACP: Autoridad del Canal de Panamá) after its English name is that body', async () => {
    const cable = await readCable('seeds/cablegate/08PANAMA851.txt');
    expect(cable.paragraphs.some((p) => p.text.includes("Panama Canal Authority's (ACP)"))).toBe(true);
    const authority = named(findEntities(cable), 'Panama Canal Authority');
    expect(authority.kind).toBe('organization');
    expect(authority.occurrences.filter((o) => mention(cable, o) === 'ACP').length).toBeGreaterThan(5);
  });
});

describe('07PARIS4722', () => {
  test('a guessed hyphenated name whose halves the cable names alone is those two people (the Merkel-Sarkozy meetings)', async () => {
    const cable = await readCable('seeds/cablegate/07PARIS4722.txt');
    const entities = findEntities(cable);
    expect(entities.some((e) => e.name === 'Merkel-Sarkozy')).toBe(false);
    const merkel = entities.find((e) => e.occurrences.some((o) => mention(cable, o) === 'Merkel'))!;
    expect(merkel.kind).toBe('person');
    expect(merkel.occurrences.length).toBeGreaterThanOrEqual(3);
  });
});
