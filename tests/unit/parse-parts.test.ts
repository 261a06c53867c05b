/**
 * The parser's parts (src/lib/parse/) on small texts written like real cables: the header's field
 * table, the body cursor, transmission artifacts between paragraphs, portion markings in every
 * form, and the leftovers of issue 8. Pure functions only: no corpus pass, no process.
 */
import { describe, expect, test } from 'vitest';
import { checkNothingLost } from '../../src/lib/invariants.ts';
import { monthName, monthNumber } from '../../src/lib/months.ts';
import { headerFields } from '../../src/lib/header.ts';
import { addresseeNames } from '../../src/lib/names/header-names.ts';
import { readCable } from '../../src/lib/read.ts';
import { parseCable } from '../../src/lib/parse.ts';
import { BodyCursor } from '../../src/lib/parse/body-lines.ts';
import { readHeader } from '../../src/lib/parse/header-fields.ts';
import { isAllCaps } from '../../src/lib/text-case.ts';

const HEADER = [
  'C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 005645',
  '',
  'SIPDIS',
  '',
  'E.O. 12958: DECL: 05/20/2016',
  'TAGS PHUM, PREL, PTER, IN, PK, Human Rights',
  'SUBJECT: CHECHNYA: THE SECRET HISTORY REF: MOSCOW 4321',
  '',
  'Classified By: Ambassador William J. Burns. Reason 1.4 (b, d)',
  '',
];

/** A cable of the header above and `body` lines; parsed, and checked for lost words. */
function parse(body: string[]) {
  const text = [...HEADER, ...body, ''].join('\n');
  const cable = parseCable(text, { file: '06MOSCOW5645.txt' });
  expect(checkNothingLost(text, cable)).toBeNull();
  return cable;
}

describe('header fields (a table of named rules)', () => {
  test('fields, their first lines, keyword tags in words, REF glued to the subject', () => {
    const facts = readHeader(HEADER, 0, HEADER.length);
    expect(facts.classification).toBe('CONFIDENTIAL');
    expect(facts.postNumber).toEqual({ post: 'MOSCOW', number: '5645', line: 1 });
    expect(facts.tags).toEqual(['PHUM', 'PREL', 'PTER', 'IN', 'PK', 'Human Rights']);
    expect(facts.subject).toBe('CHECHNYA: THE SECRET HISTORY');
    expect(facts.references).toEqual(['MOSCOW 4321']);
    expect(facts.fieldLines).toEqual([
      { field: 'classification', line: 1 },
      { field: 'eo', line: 5 },
      { field: 'tags', line: 6 },
      { field: 'subject', line: 7 },
      { field: 'classifiedBy', line: 9 },
    ]);
    expect(facts.bodyStart).toBe(HEADER.length);
  });

  test('the E.O. line and the Classified By text, with their lines: read once, by the field rules', () => {
    const facts = readHeader(HEADER, 0, HEADER.length);
    expect(facts.eo).toEqual({ text: 'E.O. 12958: DECL: 05/20/2016', line: 5 });
    expect(facts.classifiedBy).toEqual({ text: 'Ambassador William J. Burns. Reason 1.4 (b, d)', line: 9 });
    // TAGS on the E.O. line, a lower-case E.O. line, Classified By glued to a REF item and
    // continued on the next line, ¶1 glued to its end (07SANTIAGO983, 09TRIPOLI686).
    const glued = [
      'S E C R E T SANTIAGO 000983',
      'E.o. 12958: decl: 06/13/2017 TAGS: PREL, CI',
      'SUBJECT: CHILE',
      'REF: ASUNCION 396 Classified By: AMBASSADOR CRAIG KELLY;',
      'Reasons 1.4(b), (d) 1. (C) Summary: the text.',
    ];
    const gluedFacts = readHeader(glued, 0, glued.length);
    expect(gluedFacts.eo).toEqual({ text: 'E.o. 12958: decl: 06/13/2017', line: 2 });
    expect(gluedFacts.references).toEqual(['ASUNCION 396']);
    expect(gluedFacts.classifiedBy).toEqual({ text: 'AMBASSADOR CRAIG KELLY; Reasons 1.4(b), (d)', line: 4 });
  });

  test('a cable read back from its JSON has the header facts the parser read', () => {
    const cable = parse(['1. (C) Text.']);
    const back = JSON.parse(JSON.stringify(cable)) as typeof cable;
    expect(headerFields(cable)).toEqual({
      eo: { text: 'E.O. 12958: DECL: 05/20/2016', line: 5 },
      classifiedBy: { text: 'Ambassador William J. Burns. Reason 1.4 (b, d)', line: 9 },
      fields: expect.any(Array),
      addresses: [],
    });
    expect(headerFields(back).eo?.text).toBe(headerFields(cable).eo?.text);
    expect(headerFields(back).classifiedBy?.text).toBe(headerFields(cable).classifiedBy?.text);
  });

  test('a cable read from its file carries the parser’s facts, with the input’s line numbers (10MAPUTO86)', async () => {
    const { eo, classifiedBy } = headerFields(await readCable('seeds/cablegate/10MAPUTO86.txt'));
    expect(eo).toEqual({ text: 'E.O. 12958: DECL: 01/28/2020', line: 20 });
    expect(classifiedBy).toEqual({ text: "Charge d'Affaires Todd Chapman for reasons 1.4 (b+d)", line: 31 });
  });

  test('the address block: FM, TO and INFO with their continuation lines, each address with its field and line (09MEXICO3061)', async () => {
    const cable = await readCable('seeds/cablegate/09MEXICO3061.txt');
    const { addresses } = headerFields(cable);
    expect(addresses.slice(0, 4)).toEqual([
      { field: 'FM', text: 'AMEMBASSY MEXICO', line: 6 },
      { field: 'TO', text: 'RUEHC/SECSTATE WASHDC 8718', line: 7 },
      { field: 'INFO', text: 'RUEHXC/ALL US CONSULATES IN MEXICO COLLECTIVE', line: 8 },
      { field: 'INFO', text: 'RHMFISS/DEPT OF JUSTICE WASHINGTON DC', line: 9 },
    ]);
    // The block ends at the blank line before the classification line: 12 addresses, lines 6–17.
    expect(addresses.map((address) => address.line)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(addresseeNames(addresses)).toEqual([
      'US Embassy Mexico',
      'Secretary of State (Washington)',
      'Department of Justice (Washington)',
      'Department of Labor (Washington)',
      'Department of Treasury (Washington)',
      'Department of Commerce (Washington)',
      'DEA (Washington)',
      'NSC (Washington)',
    ]);
    // Read back from its JSON (no blank lines kept), the same addresses.
    const back = headerFields(JSON.parse(JSON.stringify(cable)) as typeof cable);
    expect(back.addresses.map((address) => address.text)).toEqual(addresses.map((address) => address.text));
  });

  test('the address block ends at a line of another field, even without a blank line before it', () => {
    const lines = ['FM AMEMBASSY ROME', 'TO SECSTATE WASHDC', 'C O N F I D E N T I A L ROME 000123', 'SUBJECT: ITALY', 'Classified By: Ambassador Ronald P. Spogli'];
    expect(readHeader(lines, 0, lines.length).addresses.map((address) => address.text)).toEqual(['AMEMBASSY ROME', 'SECSTATE WASHDC']);
  });

  test('the header ends at the first paragraph number', () => {
    const lines = [...HEADER, '1. (C) Text.'];
    expect(readHeader(lines, 0, lines.length).bodyStart).toBe(HEADER.length);
  });
});

describe('BodyCursor', () => {
  test('divide: the current line becomes its first part; the rest is read next; lines read never change', () => {
    const cursor = new BodyCursor([{ line: 1, text: 'a. 2. (C) b' }, { line: 2, text: 'c' }]);
    expect(cursor.advance()).toBe(true);
    cursor.divide({ line: 1, text: 'a.' }, { line: 1, text: '2. (C) b' });
    expect(cursor.length).toBe(3);
    expect([0, 1, 2].map((i) => cursor.at(i)?.text)).toEqual(['a.', '2. (C) b', 'c']);
    expect(cursor.advance()).toBe(true);
    expect(cursor.index).toBe(1);
    expect(cursor.at(-1)).toBeUndefined();
  });
});

describe('page headers and SIPDIS lines: between paragraphs, artifacts; inside a sentence, text', () => {
  test('a page header between two paragraphs is an artifact after the first', () => {
    const cable = parse(['1. (C) The first paragraph ends here.', '', 'MOSCOW 00005645 002 OF 010', '', '2. (C) The second one.']);
    expect(cable.paragraphs.map((p) => p.text)).toEqual(['The first paragraph ends here.', 'The second one.']);
    expect(cable.artifacts).toEqual([{ line: 13, kind: 'page-header', text: 'MOSCOW 00005645 002 OF 010', after: 'par1' }]);
    expect(cable.warnings).toContainEqual({ line: 13, message: 'page header between paragraphs set apart: "MOSCOW 00005645 002 OF 010"' });
  });

  test('a page header that interrupts a sentence stays in the text, where it is, with a warning', () => {
    const cable = parse(['1. (C) The first paragraph goes', '', 'MOSCOW 00005645 002 OF 010', '', 'on after the page break.', '', '2. (C) The second one.']);
    expect(cable.paragraphs[0]!.text).toBe('The first paragraph goes MOSCOW 00005645 002 OF 010 on after the page break.');
    expect(cable.artifacts).toEqual([]);
    expect(cable.warnings).toContainEqual({ line: 13, message: 'page header inside the text kept in place: "MOSCOW 00005645 002 OF 010"' });
  });

  test('right after a heading (06MOSCOW5645 ¶24): the paragraph does not start with the page header', () => {
    const cable = parse([
      '1. (C) Opening text.', '', 'Battle Lines in Peacetime', '------------------------', '', 'MOSCOW 00005645 005 OF 010', '', '2. (C) Chechen society is distinguished.',
    ]);
    expect(cable.sections.map((s) => s.title)).toEqual(['Opening', 'Battle Lines in Peacetime']);
    expect(cable.paragraphs[1]!.text).toBe('Chechen society is distinguished.');
    expect(cable.artifacts).toMatchObject([{ kind: 'page-header', after: 'par1' }]);
  });

  test('a SIPDIS line between paragraphs is an artifact; one before the first paragraph is header', () => {
    const cable = parse(['SIPDIS', '', '1. (C) One.', '', 'SIPDIS', '', '2. (C) Two.']);
    expect(cable.paragraphs.map((p) => p.text)).toEqual(['One.', 'Two.']);
    expect(cable.header.filter((line) => line === 'SIPDIS')).toHaveLength(2);
    expect(cable.artifacts.map((a) => [a.kind, a.text, a.after])).toEqual([['sipdis', 'SIPDIS', 'par1']]);
  });

  test('page headers between unnumbered paragraphs', () => {
    const cable = parse(['Opening words.', '', 'MOSCOW 00005645 002 OF 010', '', 'More words.']);
    expect(cable.paragraphs.map((p) => [p.anchor, p.text])).toEqual([['text-1', 'Opening words.'], ['text-2', 'More words.']]);
    expect(cable.artifacts).toMatchObject([{ after: 'text-1' }]);
  });

  test('after the last paragraph', () => {
    const cable = parse(['1. (C) Only one.', '', 'MOSCOW 00005645 010 OF 010', '', 'BURNS']);
    expect(cable.artifacts).toMatchObject([{ after: 'par1' }]);
    expect(cable.signature).toBe('BURNS');
  });
});

describe('portion markings in every form are markings, as written', () => {
  test.each([
    ['(C)', 'C'],
    ['(S//NF)', 'S//NF'],
    ['(S/NF)', 'S/NF'],
    ['(SBU)', 'SBU'],
    ['(U//FOUO)', 'U//FOUO'],
    ['(C - ENTIRE TEXT)', 'C - ENTIRE TEXT'],
    ['(S//REL AFGHANISTAN, KAZAKHSTAN, TAJIKISTAN)', 'S//REL AFGHANISTAN, KAZAKHSTAN, TAJIKISTAN'],
    ['(S/REL ARMENIA)', 'S/REL ARMENIA'],
    ['(C/rel to UN)', 'C/rel to UN'],
    ['(C//REL TO USA and NATO)', 'C//REL TO USA and NATO'],
    ['(c)', 'c'],
  ])('%s', (written, marking) => {
    const cable = parse([`1. ${written} Numbered text.`, '', '2. (U) More.']);
    expect(cable.paragraphs[0]).toMatchObject({ number: 1, marking, text: 'Numbered text.' });
    // Lower case is trusted only right after a paragraph number.
    if (written === '(c)') return;
    const unnumbered = parse(['Opening words without a number.', '', `${written} Unnumbered text.`]);
    expect(unnumbered.paragraphs[1]).toMatchObject({ number: null, marking, text: 'Unnumbered text.' });
  });

  test('a bracket that is no marking stays text: (U.S. …), (CDA), (See REF A)', () => {
    for (const text of ['(U.S. officials agreed.)', '(CDA comment: none.)', '(See REF A.)']) {
      expect(parse([`1. ${text}`]).paragraphs[0]).toMatchObject({ marking: null, text });
    }
  });
});

describe('leftovers of the parser (issue 8)', () => {
  test('a heading wrapped over two lines (06SKOPJE118)', () => {
    const cable = parse(['1. (C) Summary text. End Summary.', '', 'PARLIAMENTARY ELECTIONS IN EARLY SUMMER, CONCERNS ABOUT', 'OPPOSITION TACTICS', '', '2. (C) During a dinner.']);
    expect(cable.sections.map((s) => [s.title, s.paragraphs])).toEqual([
      ['Summary', ['par1']],
      ['PARLIAMENTARY ELECTIONS IN EARLY SUMMER, CONCERNS ABOUT OPPOSITION TACTICS', ['par2']],
    ]);
  });

  test('a heading set off by one dash (03BRASILIA698)', () => {
    const cable = parse(['1. Text ends here.', '', '-Optical Media: New Digital Codes Requirement', '', '2. The promulgation of Decree 4533.']);
    expect(cable.sections.map((s) => s.title)).toEqual(['Opening', 'Optical Media: New Digital Codes Requirement']);
    expect(cable.paragraphs[0]!.text).toBe('Text ends here.');
  });

  test('the post’s classified web site line is text of its own (08LONDON639, 07RABAT1229)', () => {
    const cable = parse([
      '1. (C) Last words.', '', '*****************************************', "Visit Embassy Rabat's Classified Website;", 'http://www.state.sgov.gov/p/nea/rabat', '*****************************************', '', 'RILEY',
    ]);
    expect(cable.paragraphs.map((p) => [p.anchor, p.text])).toEqual([
      ['par1', 'Last words.'],
      ['text-1', "***************************************** Visit Embassy Rabat's Classified Website; http://www.state.sgov.gov/p/nea/rabat *****************************************"],
    ]);
    expect(cable.signature).toBe('RILEY');
  });

  test('`End of Part One LA LIME`: the signature after the closing words (09PRETORIA939)', () => {
    const cable = parse(['1. (SBU) Zuma re-engaged the struggle.', '', 'End of Part One LA LIME']);
    expect(cable.signature).toBe('LA LIME');
    expect(cable.paragraphs[0]!.text).toBe('Zuma re-engaged the struggle. End of Part One');
  });
});

describe('one month table, one all-caps rule', () => {
  test('months: abbreviations and names in any case; names for display', () => {
    expect(['JAN', 'Feb', 'march', 'DEC', 'Sept'].map(monthNumber)).toEqual(['01', '02', '03', '12', '09']);
    expect(monthNumber('XYZ')).toBeNull();
    expect(monthNumber('Ma')).toBeNull();
    expect([monthName(2), monthName(12), monthName(13)]).toEqual(['February', 'December', '']);
  });

  test('isAllCaps: under 10 % lower-case letters', () => {
    expect(isAllCaps('WE HAVE GOT HIM!!')).toBe(true);
    expect(isAllCaps('GOB OFFICIALS SAID THE GoB WOULD')).toBe(true);
    expect(isAllCaps('The Embassy said so.')).toBe(false);
    // Lower case first: the scan stops early only once the answer is settled (1 of 11 letters, 1 of 10).
    expect(isAllCaps('aBCDEFGHIJK')).toBe(true);
    expect(isAllCaps('aBCDEFGHIJ')).toBe(false);
    expect(isAllCaps('Ambassador MET THE MINISTER OF DEFENSE')).toBe(false);
  });
});
