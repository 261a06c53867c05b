/**
 * The rules of the fifteenth round (issue 7), each on a real excerpt of dev (set 14 joined it this
 * round), by ../shared/NAMES-GUIDE.md. Each rule is about a word's shape, a designator or a short
 * form the cable defines, not one name; each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { entitiesOf, named, names } from '../helpers/names.ts';

describe('short forms a cable defines', () => {
  test('a mixed-case short form in brackets after a name joins it (06ABUDHABI1401: `Mohammed bin Zayed (MbZ)`)', async () => {
    const entities = await entitiesOf('06ABUDHABI1401');
    // 24 mentions: the full name once, `MbZ` 23 times (alone, it is found by no other rule).
    expect(named(entities, /Zayed$/)).toContain('person:Mohammed bin Zayed:24');
    expect(named(entities, /^MbZ$/)).toEqual([]);
    // `Muhammad bin Zayid Al-Nahyan (MbZ)`: the initials may leave out the name's last words.
    expect(named(await entitiesOf('03ABUDHABI2641'), /bin Zayid/)).toEqual(['person:Muhammad bin Zayid Al-Nahyan:2']);
  });
});

describe("a document's number", () => {
  test('`No.` before a number and the word or code naming the document are no name (03BRASILIA3122, 07BOGOTA1165)', () => {
    expect(names('as defined in Article 71, Law No. 9,279 of May 14, 1996. The President of the Republic')).toEqual([]);
    expect(names('Decree No. 4,830 of September 4, 2003 Redrafting Articles 1, 2, 5, 9, and 10 of Decree No. 3,201')).toEqual([]);
    expect(names('refers to its note verbal DPM/CAI No. 65789 of November 9, 2006 in which it requested support')).toEqual([]);
    // The body before a resolution's number stays.
    expect(names('under UN Security Council Resolution No. 1244 the Council')).toEqual(['organization:UN Security Council']);
  });
});

describe('surnames that are words', () => {
  test('a first name that is also an English word, after a given name that is none, is the surname (06PARIS1031: `Segolene Royal`)', async () => {
    expect(names('Embassy officers on February 8, Segolene Royal lived up to')).toEqual(['person:Segolene Royal']);
    // No given name before it: the adjective of a body's name stays.
    expect(names('the Royal Navy and the Saudi Royal Court')).toEqual(['organization:Royal Navy', 'organization:Saudi Royal Court']);
    // Then the surname alone is that person, through the cable (`Royal left no doubt`).
    expect(named(await entitiesOf('06PARIS1031'), /Royal/)).toEqual(['person:Segolene Royal:32']);
  });
});

describe("a treaty's name", () => {
  test('no place is named inside a treaty\'s name (10COPENHAGEN69: `the Copenhagen Accord`; the guide)', async () => {
    // `Copenhagen` stands 14 times, 11 of them inside `Copenhagen Accord` (twice in one paragraph).
    expect(named(await entitiesOf('10COPENHAGEN69'), /^Copenhagen$/)).toEqual(['place:Copenhagen:3']);
    // A body inside an agreement's name stays (10DAKAR127: `the MCC Compact Agreement`, `President of MCC`).
    expect(named(await entitiesOf('10DAKAR127'), /^MCC$/)).toEqual(['organization:MCC:4']);
  });
});

describe('roles in inner capitals', () => {
  test("a role the glossary lists in inner capitals is no name (08USNATO208: `SecGen`)", () => {
    expect(names('SecGen commented on a similar interview with the press')).toEqual([]);
    expect(names('the ISAF commanders. SecGen asked for U.S. assistance in convincing the European Union')).toEqual(['organization:ISAF', 'place:U.S.', 'organization:European Union']);
  });
});

describe('designators first', () => {
  test('`Camp` before a name opens a place (08LONDON2964: `Camp Bastion`, `Camp Shorabak`)', () => {
    expect(names('at Camp Shorabak')).toEqual(['place:Camp Shorabak']);
    expect(names('talks at Camp David last year')).toEqual(['place:Camp David']);
    expect(names('Camp officials said')).toEqual([]);
  });

  test("an airline's or a bank's opening word before names only is a company (`Air France`, `Banco Santander`)", () => {
    expect(names('flights by Air France and Air Zimbabwe resumed')).toEqual(['organization:Air France', 'organization:Air Zimbabwe']);
    expect(names('a loan from Banco Santander')).toEqual(['organization:Banco Santander']);
    // Ordinary words after it make no company (`Air Force` is left to its body rules).
    expect(names('a loan from Banco Popular')).toEqual([]);
  });
});

describe('plural acronyms', () => {
  test("capitals with a plural's `s` name a class, no body (10LAGOS75: `IOCs`; 07TALLINN366: `ISPs`)", () => {
    expect(names('The IOCs said they would stay')).toEqual([]);
    expect(names('Estonian ISPs blocked the traffic')).toEqual([]);
    // The singular stays a body.
    expect(names('the IOC said')).toEqual(['organization:IOC']);
  });
});

describe("a document's initials", () => {
  test("a law's or a plan's initials name it though the cable never brackets them (10LAGOS75: `the Petroleum Industry Bill`, then `the PIB`)", async () => {
    const entities = await entitiesOf('10LAGOS75');
    expect(named(entities, /^PIB$|Petroleum/)).toEqual([]);
    // A body of that cable keeps its letters.
    expect(named(entities, /^(?:ECOWAS|USAID)$/)).toEqual(['organization:ECOWAS:1', 'organization:USAID:2']);
  });
});

describe('company forms', () => {
  test("a company's legal form after a comma is part of its name (10MAPUTO80: `Insitec, Ltd`; 10SHENYANG5)", () => {
    expect(names('recently taken over by Celso Correia, principal of Insitec, Ltd, a Guebuza front company.'))
      .toEqual(['person:Celso Correia', 'organization:Insitec, Ltd', 'person:Guebuza']);
    expect(names('the Shandong Guoda Gold Company, Ltd. said')).toEqual(['organization:Shandong Guoda Gold Company, Ltd.']);
  });
});
