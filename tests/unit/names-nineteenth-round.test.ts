/**
 * The rules of the nineteenth round (issue 7), each on a real excerpt of dev, by
 * ../shared/NAMES-GUIDE.md. Each is about a class of things a new cable brings that is no name
 * (a chemical, a plural, a role, an event, a religious school), not one name; each test fails
 * without its rule.
 */
import { describe, expect, test } from 'vitest';
import { entitiesOf, guessedNames, named, names } from '../helpers/names.ts';

describe('acronyms a cable defines as things, roles or places are no bodies (defined-things.ts, acronyms.ts)', () => {
  test('a plural in brackets names a class: `International Oil Companies (IOCs)`, then `the IOCs` (10LAGOS75)', async () => {
    expect(named(await entitiesOf('10LAGOS75'), /^IOC/)).toEqual([]);
  });

  test('`Combatant Status Review Tribunals (CSRTs)`, then `The CSRT process` (06BRUSSELS524)', async () => {
    expect(named(await entitiesOf('06BRUSSELS524'), /^CSRT/)).toEqual([]);
  });

  test('a chemical spelled inside lower-case words: `unsymmetrical dimethylhydrazine (UDMH)` (10STATE17263)', async () => {
    const entities = await entitiesOf('10STATE17263');
    expect(named(entities, /^UDMH$/)).toEqual([]);
    expect(named(entities, /^Russia$/)).toEqual(['place:Russia:214']);
  });

  test('a technology: `public switched networks (PSTN)` (09STATE80163)', async () => {
    expect(named(await entitiesOf('09STATE80163'), /^PSTN$/)).toEqual([]);
  });

  test('a role: `Minister in the Executive Committee (MEC)`, its portfolio part of the title (09CAPETOWN204)', async () => {
    expect(named(await entitiesOf('09CAPETOWN204'), /MEC|Executive Committee/)).toEqual([]);
  });

  test('a place’s letters are that place: `the Central African Republic (CAR) border`, then `DRC, Uganda, and CAR` (09KAMPALA679)', async () => {
    expect(named(await entitiesOf('09KAMPALA679'), /^(?:CAR|Central African Republic)$/)).toEqual(['place:Central African Republic:4']);
  });

  test('a role: `the Secretary to the Government of the Federation (SGF)` (10ABUJA215)', async () => {
    expect(named(await entitiesOf('10ABUJA215'), /^SGF$|Secretary to/)).toEqual([]);
  });
});

describe('a name of words only guessed to be a body is marked only where the site identifies it (merge.ts `unidentified`)', () => {
  test('`the Yasukuni Shrine` (a place), `Peacebuilding Operations` (a department’s part): guesses, not marked alone (06BEIJING10909, 09STATE80163)', async () => {
    expect(named(await entitiesOf('06BEIJING10909'), /Yasukuni/)).toEqual(['organization:Yasukuni Shrine:2:guess']);
    expect(named(await entitiesOf('09STATE80163'), /Peacebuilding Operations/)).toEqual(['organization:Peacebuilding Operations:2:guess']);
  });

  test('a body its head word names stays identified: `Department of Energy` (09STATE80163)', async () => {
    expect(named(await entitiesOf('09STATE80163'), /^Department of Energy$/)).toEqual(['organization:Department of Energy:1']);
  });
});

describe('events and religious schools are no names (the guide)', () => {
  test('a day named for someone is an event; the person it is named for is read alone (09CAPETOWN204)', () => {
    expect(names('In June this year while endorsing the principles and values behind Nelson Mandela Day, Nzimande stated it was necessary')).toEqual(['person:Nelson Mandela', 'person:Nzimande']);
    // One English word left is no town (06SEOUL2238).
    expect(names('it was the U.S. Independence Day, suggesting that')).toEqual(['place:U.S.']);
  });

  test('a holiday: `an underground Halloween party` (09JEDDAH443)', () => {
    expect(names('ConGenOffs accepted invitations to an underground Halloween party at a residence in Jeddah')).toEqual(['person:ConGenOffs', 'place:Jeddah']);
  });

  test('Islamic schools and Sufi orders: `Deobandi` (07ISLAMABAD5388), `Naqshbandi and Qadiri` (06MOSCOW5645)', () => {
    expect(guessedNames('built ties with more conservative Deobandi religious institutions, particularly the Deobandi madrassas')).toEqual([]);
    expect(guessedNames('the same as those predominant in Central Asia and Kurdistan -- Naqshbandi and Qadiri -- Sufism in the Northeast Caucasus')).toEqual(['place:Central Asia', 'place:Kurdistan', 'place:Northeast Caucasus']);
  });
});

describe('titles that read like bodies’ names (role-phrases.ts)', () => {
  test('a legislator’s title with its house: `a Member of Parliament` (08FREETOWN389), `Members of Congress` (10DAKAR127)', () => {
    expect(names('Kemoh Sesay was originally elected as a Member of Parliament in 1996 as an SLPP party member')).toEqual(['person:Kemoh Sesay', 'organization:SLPP']);
    expect(names('she added, reminding him that some Members of Congress had expressed their concerns at the time the Compact was signed.')).toEqual([]);
  });

  test('a compound title with a body’s word inside: `Deputy Department Director` (10STATE17263), `Vice Navy Chief` (06NEWDELHI5135)', () => {
    expect(names('Vyacheslav Kholodkov, Deputy Department Director, Security Council Oleg Khodyrev')).toEqual(['person:Vyacheslav Kholodkov', 'organization:Security Council', 'person:Oleg Khodyrev']);
    expect(names('Former Vice Navy Chief Vice Admiral PJ Jacob is a Christian')).toEqual(['person:PJ Jacob']);
  });

  test('an embassy’s section by its function is an office as a role: `the Consular Section` (07MADRID101, 05SOFIA1207)', () => {
    expect(names('Embassy officials from Legat, the Consular Section, and the Political Section met with National Court')).toEqual(['organization:National Court']);
    expect(names('The Fraud Prevention Unit in Embassy Sofia’s Consular Section maintains a list')).toEqual(['place:Sofia']);
  });
});

describe('a place’s first word in other languages is a place designator (names.yaml placeStarts)', () => {
  test('Arabic `Nahr` (08DAMASCUS541), Malay `Bukit` (07KUALALUMPUR1446), Portuguese `Vila` (09RIODEJANEIRO357)', () => {
    expect(names('the SARG might blame pro-Saudi Islamist militants from Tripoli or the Nahr al-Barid camp.')).toEqual(['place:Tripoli', 'place:Nahr al-Barid']);
    expect(names('contesting DAP candidate Wee’s victory in Kuala Lumpur’s Bukit Bintang district.')).toContain('place:Bukit Bintang');
    expect(names('Cantagalo, Pavao/Pavaozinho, Complexo de Alemao, and Vila Vintem.')).toContain('place:Vila Vintem');
  });
});

describe('companies’ and newspapers’ words in other languages make a body (names.yaml orgHeads, orgStarts)', () => {
  test('a last word: `Tendencia Consultoria` (10BRASILIA49), `Berlingske Tidende` (10COPENHAGEN69)', () => {
    expect(names('political analyst Rafael Cortez of Tendencia Consultoria told Consulate General Sao Paulo much the same.')).toContain('organization:Tendencia Consultoria');
    expect(names("Danish conservative daily 'Berlingske Tidende' cites an unnamed Foreign Ministry source")).toContain('organization:Berlingske Tidende');
  });

  test('a first word: `Aerolineas Argentinas` (06BUENOSAIRES1594), `Inversiones Ibersuizas` (05MADRID2131)', () => {
    expect(names('Spanish companies with major investments in Argentina, such as Repsol and Aerolineas Argentinas.')).toContain('organization:Aerolineas Argentinas');
    expect(names('-- Inversiones Ibersuizas: Commercial investment firm.')).toEqual(['organization:Inversiones Ibersuizas']);
  });
});

describe('unknown letters before a thing’s noun are a thing’s, in the whole cable (thing-acronyms.ts)', () => {
  test('`SIM cards` (07ALGIERS1809), `its MAP goals` (06SKOPJE118), `USVISIT fingerprint … requirements` (04OTTAWA3115)', async () => {
    expect(named(await entitiesOf('07ALGIERS1809'), /^SIM$/)).toEqual([]);
    expect(named(await entitiesOf('06SKOPJE118'), /^MAP$/)).toEqual([]);
    expect(named(await entitiesOf('04OTTAWA3115'), /^USVISIT$/)).toEqual([]);
  });

  test('a body the lists know keeps its kind before such a noun: `by EU standards` (04MADRID2164)', () => {
    expect(names('Labor costs in Andalusia have been relatively low by EU standards. However, the expansion of the EU')).toEqual(['place:Andalusia', 'organization:EU', 'organization:EU']);
  });
});

describe('bodies named together by a plural head word are no one body (plural-bodies.ts)', () => {
  test('`The Ministries of Interior and Finance` (10MAPUTO80), `the Russian Power Ministries` (06MOSCOW5645)', () => {
    expect(names('ties to senior officials. The Ministries of Interior and Finance have recently back-pedaled on U.S. efforts')).toEqual(['place:U.S.']);
    expect(names('Putin needs to increase his control over the Russian Power Ministries and reduce opportunities')).toEqual(['person:Putin']);
  });
});
