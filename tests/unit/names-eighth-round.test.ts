/**
 * The rules of the eighth held-out round (issue 7), each on a real excerpt of a dev cable (named in
 * the test), by ../shared/NAMES-GUIDE.md. Each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { findEntities, glossaryKnowledge, namesInParagraph } from '../../src/lib/entities.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { readCable } from '../../src/lib/read.ts';

const glossary = glossaryKnowledge(loadGlossary());
const names = (text: string): string[] => namesInParagraph(text, glossary).map((m) => `${m.kind}:${m.text}`);

describe("a glossary acronym whose meaning describes one body", () => {
  test('a body described in lower case is a body (08CASABLANCA81, 05PARIS4749, 08BARCELONA86)', () => {
    // ONA: "Omnium Nord-Africain: Morocco's largest conglomerate, …"
    expect(names('Morocco’s largest conglomerate, the palace-controlled ONA, dismissed its CEO on April 11')).toContain('organization:ONA');
    // DST: "France's internal security service until 2008 (…)"
    expect(names('Pierre de Bousquet de Florian, head of the DST (France’s internal security service), will lead a group')).toContain('organization:DST');
    // ERC: "… the Republican Left of Catalonia, a Catalan pro-independence party."
    expect(names('Comment: Despite falling popularity at the polls, ERC is hoping regional pride will eventually win the day.')).toContain('organization:ERC');
    expect(glossary.organizations.has('DGSE')).toBe(true);
  });

  test('a kind of thing, a role or an operation stays no name (NGO, DG, OEF, COLMIL)', () => {
    for (const acronym of ['NGO', 'DG', 'OEF', 'PRT', 'CEO', 'COLMIL', 'TABD']) expect(glossary.organizations.has(acronym), acronym).toBe(false);
  });

  test('a reading the glossary gives for some cables only is no body (NPP, a plant in 09UNVIEVIENNA285)', () => {
    expect(names('The Borssele NPP lifetime has been extended to 2033, and')).not.toContain('organization:NPP');
    for (const acronym of ['NPP', 'PP', 'SL', 'GC']) expect(glossary.organizations.has(acronym), acronym).toBe(false);
  });
});

describe("an office's words before a body's `of`", () => {
  test('the title and its `of` are cut off the body (10ABUDHABI69, 08KIGALI796, 06NEWDELHI5135)', () => {
    expect(names('an appointment with Abu Dhabi Crown Prince and Deputy Supreme Commander of the UAE Armed Forces Shaykh Mohammed bin Zayed')).toContain('organization:UAE Armed Forces');
    expect(names('they were condemned by all Heads of State of the African Union. The Government')).toEqual(['organization:African Union']);
    expect(names('General Staff Officer of the Military Operations Directorate at Army HQ')).toContain('organization:Military Operations Directorate');
    // The office is not read again for a name (`Staff` is no person).
    expect(names('General Staff Officer of the Military Operations Directorate at Army HQ')).not.toContain('person:Staff');
  });

  test("an office that is itself a body keeps its name (08MUSCAT565)", () => {
    expect(names('head of the Office of the Supreme Commander of the Armed Forces, Lieutenant General Ali bin Majid')).toContain('organization:Office of the Supreme Commander of the Armed Forces');
  });
});

describe("a political family's plural", () => {
  test('names its party (04MADRID961, 04OTTAWA3115, 10THEHAGUE108)', () => {
    expect(names('The Socialists governed Spain with Felipe Gonzalez as President from 1982-1996.')).toEqual(['organization:Socialists', 'place:Spain', 'person:Felipe Gonzalez']);
    expect(names('putting him neck-and-neck with the Conservatives and the separatist Bloc Quebecois.')).toContain('organization:Conservatives');
    expect(names('as the PvdA butted heads with coalition partner Christian Democrats (CDA) over the Joint Strike Fighter')).toContain('organization:Christian Democrats');
  });
});

describe('words before a body that are no part of it', () => {
  test('a government-of acronym, a word that dates a title, a title before a name (09ISLAMABAD10, 06NEWDELHI5135)', () => {
    expect(names('Post notes with some concern the report (Ref A) that the GOI Ministry of External Affairs plans to release information')).toContain('organization:Ministry of External Affairs');
    expect(names('Former Intelligence Bureau Director Dinesh C. Pathak authored the book')).toContain('organization:Intelligence Bureau');
    expect(names('-- Dr. Leena Srivastava, Director Tata Energy Research Institute -- Dr. Charan Wadhva, economist')).toContain('organization:Tata Energy Research Institute');
  });

  test('an ordinary word after a title stays the body’s (08BELGRADE1097, 09KYIV1942)', () => {
    expect(names('officials in the Security Information Agency and the Interior Ministry')).toContain('organization:Security Information Agency');
    expect(names('Boris Atamanenko, National Space Agency of Ukraine, stated that')).toContain('organization:National Space Agency of Ukraine');
  });
});

describe('the US capital with its district’s letters', () => {
  test('`Washington DC` is the place, no person (08BRASILIA1396, 10ASTANA251)', () => {
    expect(names('for Cooperative Fire Programs for the US Forest Service in Washington DC; and Hugh Safford')).toContain('place:Washington DC');
    expect(names('as well as an MES visit to Washington DC to discuss future')).toContain('place:Washington DC');
    expect(names('as well as an MES visit to Washington DC to discuss future')).not.toContain('person:Washington DC');
  });
});

describe('a field of study after a degree', () => {
  test('is no body, though it ends in `Administration` (08MADRID552)', () => {
    const text = 'she has degrees in Business Administration from the University of Cadiz and in International Business Administration from the University of Northumbria in Newcastle (UK).';
    expect(names(text)).not.toContain('organization:International Business Administration');
    expect(names(text)).toContain('organization:University of Northumbria');
  });
});

describe("a body's head word alone after `the`", () => {
  test('is the short form of a body the cable named in full (05BRASILIA1567)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/05BRASILIA1567.txt'));
    // `the Chamber of Deputies` once, then `the Chamber plenary`, `in the Chamber and`, `the Chamber is`.
    expect(entities.find((entity) => entity.name === 'Chamber')?.occurrences.length).toBe(4);
    expect(entities.find((entity) => entity.name === 'Chamber')?.kind).toBe('organization');
  });

  test('not a plural head (`the Partners`, 09KYIV1942)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/09KYIV1942.txt'));
    expect(entities.some((entity) => entity.name === 'Partners')).toBe(false);
  });

  test('not a head the cable never used in a body’s name, nor `the Embassy` (10MOSCOW266)', async () => {
    const entities = findEntities(await readCable('seeds/cablegate/10MOSCOW266.txt'));
    expect(entities.some((entity) => entity.name === 'Embassy')).toBe(false);
  });
});

describe('an acronym of eight capitals or more', () => {
  test('is a body when a list knows it or the paragraph brackets it (04BOGOTA8900, 08BRASILIA1396)', () => {
    expect(names("the FARC's kidnapping of three American crewmembers after a SOUTHCOM single-engine Cessna crashed.")).toContain('organization:SOUTHCOM');
    expect(names('the Brazilian Center for Forest Fire Fighting and Prevention (PREVFOGO/IBAMA) requested assistance from the USFS')).toContain('organization:PREVFOGO');
  });

  test("a heading's word in capitals is none, bracketed or not (07KINGSTON382, 05SOFIA1207)", () => {
    expect(names('DOB: 30 May 68/Westmoreland, Jamaica Type of Training: FIRST SEARGEANT, FORT BLISS, TX Training Start Date')).not.toContain('organization:SEARGEANT');
    expect(names('Russian crime figure, MICHAEL CHORNY (see RUSSIAN INFLUENCE). Before')).not.toContain('organization:INFLUENCE');
  });
});
