import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAnnotations } from '../../src/lib/annotations.ts';
import { decodeCable } from '../../src/lib/decode.ts';
import { headerFacts } from '../../src/lib/header.ts';
import { checkNothingLost } from '../../src/lib/invariants.ts';
import { parseCable } from '../../src/lib/parse.ts';
import { cleanText } from '../../src/lib/text-clean.ts';

/** Real excerpts, one per input form, copied byte for byte from seeds/cablegate (see file names). */
function fixture(name: string, options: { fileName?: string } = {}) {
  const file = `tests/fixtures/forms/${name}`;
  const bytes = readFileSync(file);
  const { text, encoding } = decodeCable(bytes);
  const cable = parseCable(text, { file, fileName: options.fileName ?? 'excerpt.txt' });
  expect(checkNothingLost(text, cable), 'nothing lost').toBeNull();
  return { cable, text, encoding, bytes };
}
const numbers = (cable: ReturnType<typeof parseCable>) => cable.paragraphs.map((p) => p.number);

describe('Latin-1 bytes and CRLF (07BOGOTA1165 in its original encoding)', () => {
  test('decodes as Windows-1252, reads the routing header, and keeps ¶2007 inside paragraph 3', () => {
    const { cable, encoding, bytes, text } = fixture('latin1-crlf-07BOGOTA1165.txt');
    expect(bytes.includes(0xb6)).toBe(true); // `¶` as the single Latin-1 byte
    expect(bytes.includes(0x0d)).toBe(true);
    expect(encoding).toBe('windows-1252');
    expect(text).not.toContain('\r');
    expect(cable).toMatchObject({
      referenceId: '07BOGOTA1165', date: '2007-02-16', origin: 'AMEMBASSY BOGOTA', classification: 'UNCLASSIFIED',
      tags: ['PGOV', 'CO'], subject: 'COLOMBIA REQUESTS SUPPORT FOR CANDIDATE FOR INTERAMERICAN JUDICIAL COMMITTEE',
      signature: 'DRUCKER', partial: false,
    });
    expect(cable.header[0]).toBe('VZCZCXRO0594');
    expect(numbers(cable)).toEqual([1, 2, 3, 4]);
    const third = cable.paragraphs[2]!.text;
    expect(third).toContain('in Panama in June of 2007. The Ministry of Foreign Affairs');
    expect(third).not.toContain('¶');
    expect(cable.warnings).toEqual([{ line: 44, message: expect.stringContaining('"¶2007." at a line start is not a paragraph number') }]);
  });
});

describe('one paragraph per line (06BRASILIA2521)', () => {
  const { cable } = fixture('one-paragraph-per-line-06BRASILIA2521.txt', { fileName: '06BRASILIA2521.txt' });

  test('a repeated number gets its own anchor and a warning', () => {
    expect(cable.paragraphs.map((p) => p.anchor)).toEqual(['par1', 'par2', 'par2-2', 'par3', 'par4', 'par5', 'par6', 'par7', 'par8']);
    expect(cable.warnings).toContainEqual({ line: 54, message: 'paragraph 2 repeated' });
  });

  test('headings with their rule on the same line, or glued to the next paragraph', () => {
    expect(cable.sections.map((s) => [s.id, s.kind, s.title])).toEqual([
      ['summary', 'summary', 'Summary'],
      ['equipment-failures-and-limitations', 'body', 'Equipment Failures and Limitations'],
      ['four-previously-un-reported-near-misses', 'body', 'Four Previously Un-reported Near-Misses'],
      ['investment-in-flight-security-and-equipment', 'body', 'INVESTMENT IN FLIGHT SECURITY AND EQUIPMENT'],
      ['comment', 'comment', 'Comment'],
    ]);
    // `--------------------------------------- 5. (U) 22 in-flight …`
    expect(cable.paragraphs[5]).toMatchObject({ anchor: 'par5', marking: 'U' });
    expect(cable.paragraphs[5]!.text.startsWith('22 in-flight "incidents"')).toBe(true);
  });

  test('a page header inside a paragraph stays in place, does not split it, and is reported', () => {
    const third = cable.paragraphs.find((p) => p.anchor === 'par3')!;
    expect(third.text).toContain('where the crash occurred, BRASILIA 00002521 002 OF 003 very often indicates');
    expect(cable.warnings).toContainEqual({ line: 58, message: 'page header inside the text kept in place: "BRASILIA 00002521 002 OF 003"' });
  });

  test('SENSITIVE under UNCLAS, E.O. and TAGS on one line, REF after SUBJECT, signature', () => {
    expect(cable).toMatchObject({
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', tags: ['EAIR', 'OTRA', 'CASC', 'ECON', 'BR'],
      references: ['BRASILIA 2315'], signature: 'SOBEL', date: '2006-11-30', origin: 'AMEMBASSY BRASILIA',
    });
    expect(headerFacts(cable).eo).toBe('E.O. 12958: N/A');
    expect(cable.paragraphs.every((p) => !/SOBEL/.test(p.text))).toBe(true);
  });
});

describe('headings glued to paragraph lines, and a wrapped number (09GUATEMALA917)', () => {
  const { cable } = fixture('glued-headings-09GUATEMALA917.txt');

  test('the heading words come off the end of the paragraph before', () => {
    expect(cable.sections.map((s) => s.title)).toEqual(['Summary', 'First Lady Preparing for 2011 Election', 'An Effective Manager']);
    expect(cable.paragraphs[0]!.text.endsWith('preparing for the 2011 campaign. End Summary.')).toBe(true);
    expect(cable.paragraphs[1]!.text.endsWith('for two to three presidential terms.')).toBe(true);
    expect(cable.warnings.filter((w) => w.message.startsWith('heading glued'))).toHaveLength(2);
  });

  test('`$260 million in 2` / `¶010.` is text of paragraph 4, without the ¶', () => {
    expect(numbers(cable)).toEqual([1, 2, 3, 4, 5]);
    expect(cable.paragraphs[3]!.text).toContain('could reach $260 million in 2 010. This dramatic expansion');
  });

  test('multi-item REF on one line: one item per letter, as written', () => {
    expect(cable.references).toEqual(['A. GUATEMALA 254', 'B. GUATEMALA 009', 'C. 2008 GUATEMALA 1573', 'D. 2008 GUATEMALA 1017']);
  });
});

describe('spaced classification, EO and TAGS without colons, underlined headings (04AMMAN1288)', () => {
  test('metadata from the text alone: no date, so no reference id without the file name', () => {
    const { cable } = fixture('spaced-classification-04AMMAN1288.txt');
    expect(cable).toMatchObject({
      referenceId: null, id: 'muasher-on-productive-kuwait-meeting-persistent-problems-with-syria', date: null,
      classification: 'SECRET', origin: 'AMMAN', partial: true, tags: ['PREL', 'PGOV', 'PTER', 'IZ', 'KU', 'SY', 'JO'],
      subject: 'MUASHER ON PRODUCTIVE KUWAIT MEETING, PERSISTENT PROBLEMS WITH SYRIA', references: ['KUWAIT 539'],
    });
    expect(headerFacts(cable)).toEqual({ eo: 'EO 12958 DECL: 02/19/2014', classifiedBy: 'Amb. Edward W. Gnehm for reasons 1.5 (b) (d)' });
  });

  test('the file name gives the reference id', () => {
    const { cable } = fixture('spaced-classification-04AMMAN1288.txt', { fileName: '04AMMAN1288.txt' });
    expect(cable.id).toBe('04AMMAN1288');
  });

  test('sections, markings, and the signature on the line after the text', () => {
    const { cable } = fixture('spaced-classification-04AMMAN1288.txt');
    expect(cable.sections.map((s) => [s.id, s.title, s.paragraphs.length])).toEqual([
      ['summary', 'SUMMARY', 1], ['productive-fonmin-meeting-in-kuwait', 'PRODUCTIVE FONMIN MEETING IN KUWAIT', 3],
      ['syria-the-odd-man-out', 'SYRIA THE ODD MAN OUT', 1], ['syrian-stark-ignorance', 'SYRIAN “STARK IGNORANCE”', 1],
      ['comment', 'COMMENT', 3],
    ]);
    expect(cable.paragraphs.map((p) => p.marking)).toEqual(['S', 'S', 'S', 'S', 'S', 'S', 'S', 'U', null]);
    expect(cable.signature).toBe('GNEHM');
    // The post's web site line is its own unnumbered text, not the end of ¶8 (issue 8).
    expect(cable.paragraphs[7]!.text).toBe('CPA Baghdad minimize considered.');
    expect(cable.paragraphs[8]).toMatchObject({
      anchor: 'text-1',
      number: null,
      text: 'Visit Embassy Amman’s classified website at http://www.state.sgov.gov/p/nea/amman/ or access the site through the State Department’s SIPRNET home page/',
    });
  });
});

describe('alx/cablegate form (05BRASILIA2767): metadata lines, glued date-time group, multi-line REF and Classified By', () => {
  const { cable } = fixture('alx-multiline-header-05BRASILIA2767.txt');
  test('header fields', () => {
    expect(cable).toMatchObject({
      referenceId: '05BRASILIA2767', date: '2005-10-17', classification: 'CONFIDENTIAL', origin: 'Embassy Brasilia', partial: true,
      subject: 'BRAZIL: REQUEST FOR RESETTLEMENT ASSISTANCE FOR DETAINEES AT GUANTANAMO',
      references: ['A. STATE 183800', 'B. BRASILIA 1396'], signature: 'DANILOVICH',
    });
    expect(cable.header.slice(0, 5)).toEqual(['05BRASILIA2767', 'BRAZIL: REQUEST FOR RESETTLEMENT ASSISTANCE FOR', 'Mon Oct 17 00:00:00 +0200 2005', 'CONFIDENTIAL', 'Embassy Brasilia']);
    expect(headerFacts(cable).classifiedBy).toBe('Political Officer Bisola Ojikutu for Reasons 1.4 (b) and (d)');
  });
  test('paragraphs and the COMMENT section', () => {
    expect(numbers(cable)).toEqual([1, 2, 3, 4, 5]);
    expect(cable.sections.map((s) => [s.id, s.kind, s.paragraphs])).toEqual([
      ['opening', 'body', ['par1', 'par2', 'par3', 'par4']],
      ['comment', 'comment', ['par5']],
    ]);
  });
});

describe('inputs that are not a cable still give a Cable', () => {
  test('only the five alx lines (04MADRID3833)', () => {
    const { cable } = fixture('alx-metadata-only-04MADRID3833.txt');
    expect(cable).toMatchObject({
      id: '04MADRID3833', referenceId: '04MADRID3833', subject: 'NEW IRAQ EXECUTIVE ORDER', date: '2004-10-04',
      classification: 'SECRET', origin: 'Embassy Madrid', paragraphs: [], sections: [],
    });
    expect(cable.warnings).toEqual([{ line: 6, message: 'no cable text found after the header' }]);
  });

  test('empty text, binary junk, a lone title line', () => {
    const empty = parseCable('', { file: 'x/empty.txt' });
    expect(empty).toMatchObject({ id: 'empty', paragraphs: [], sections: [], header: [], warnings: [] });
    const junk = new Uint8Array(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    // The decoder refuses it (tests/unit/bad-input.test.ts); the parser alone still never throws.
    expect(() => decodeCable(junk)).toThrow(/binary/);
    const text = cleanText(new TextDecoder('windows-1252').decode(junk));
    const cable = parseCable(text, { file: 'x/junk.bin' });
    expect(checkNothingLost(text, cable)).toBeNull();
    expect(parseCable('Cablegate: Only A Title\n', { file: 'x/t.txt' }).subject).toBe('Only A Title');
  });
});

describe('lower-case header, repeated header and stray markup (09ULAANBAATAR234)', () => {
  test('`<<220571>>` is text; the second, lower-case header is header', () => {
    const { cable } = fixture('lowercase-header-09ULAANBAATAR234.txt');
    expect(cable.header).toContain('<<220571>>');
    expect(cable.header).toContain('State for eap/cm and eap/k; nsc for jeff bader');
    expect(cable).toMatchObject({ classification: 'SECRET', date: '2009-08-13', origin: 'AMEMBASSY ULAANBAATAR' });
    expect(cable.paragraphs[0]).toMatchObject({ anchor: 'par1', marking: 'S' });
    expect(cable.paragraphs[0]!.text.startsWith('Summary: xxxxx.')).toBe(true);
  });
});

describe('annotation sidecar input', () => {
  test('bad YAML and bad entries become warnings with file and line, never exceptions', () => {
    expect(parseAnnotations('sections: [\n', 'a.yaml').warnings[0]!.message).toMatch(/^a\.yaml:\d+: annotations:/);
    const result = parseAnnotations('sections:\n  - heading: X\n    id: Not A Slug\n  - id: y\nnotes: 1\n', 'b.yaml');
    expect(result.sections).toEqual([]);
    // The bad id (line 3) leaves entry 1 (line 2) with nothing to give; entry 2 names no section; `notes` is unknown.
    expect(result.warnings.map((w) => w.line)).toEqual([3, 2, 4, 5]);
    expect(parseAnnotations('', 'c.yaml')).toEqual({ file: 'c.yaml', sections: [], warnings: [] });
    expect(parseAnnotations('- 1\n- 2\n', 'd.yaml').warnings).toHaveLength(1);
  });

  test('an annotation that matches no section is reported', () => {
    const text = decodeCable(readFileSync('tests/fixtures/forms/spaced-classification-04AMMAN1288.txt')).text;
    const annotations = parseAnnotations('sections:\n  - heading: No Such Heading\n    id: nothing\n  - section: comment\n    label: Our comment\n', 'e.yaml');
    const cable = parseCable(text, { file: 'x.txt', annotations });
    expect(cable.sections.at(-1)).toMatchObject({ id: 'comment', title: 'Our comment' });
    // The line is the sidecar's: the warning names the sidecar (issue 11), not x.txt.
    expect(cable.warnings).toContainEqual({ line: 2, message: 'e.yaml:2: annotations: heading "No Such Heading" matches no section of this cable', file: 'e.yaml' });
  });
});
