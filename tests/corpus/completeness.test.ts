import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { assessCompleteness, findArtifacts } from '../../src/lib/completeness.ts';
import { listCableFiles, readCable } from '../../src/lib/read.ts';
import type { Cable, Completeness, Occurrence } from '../../src/lib/types.ts';

const files = await listCableFiles('seeds');
const cables = new Map<string, Cable>();
const results = new Map<string, Completeness>();

beforeAll(async () => {
  for (const file of files) {
    const cable = await readCable(file);
    cables.set(cable.id, cable);
    results.set(cable.id, assessCompleteness(cable));
  }
}, 60_000);

const cable = (id: string): Cable => cables.get(id)!;
const result = (id: string): Completeness => results.get(id)!;
const textOf = (id: string, anchor: string): string => cable(id).paragraphs.find((p) => p.anchor === anchor)!.text;
const slice = (id: string, o: Occurrence): string => textOf(id, o.paragraph).slice(o.start, o.end);
const seedId = 'guatemala-mexico-border-issues-staffdel-meacham';

describe('the seed', () => {
  test('partial extract; ¶2 stops mid-sentence; ¶8 ends in a lone "End"; nothing else', () => {
    const r = result(seedId);
    expect(r.partial).toBe(true);
    expect(r.cutOff).toEqual(['par2']);
    expect(textOf(seedId, 'par2').endsWith('their Mexican and United States')).toBe(true);
    expect(r.truncatedMarkers).toHaveLength(1);
    const [end] = r.truncatedMarkers;
    expect(end!.paragraph).toBe('par8');
    expect(slice(seedId, end!)).toBe('End');
    expect(end!.end).toBe(textOf(seedId, 'par8').length);
    expect(r.missingNumbers).toEqual([]);
    expect(r.redactions).toEqual([]);
    expect(r.artifacts).toEqual([]);
  });
});

describe('paragraphs that stop mid-sentence (corpus survey)', () => {
  test('the damaged endings are flagged', () => {
    // Read by hand: each of these stops inside a sentence in this copy.
    expect(result('06NEWDELHI5135').cutOff).toContain('par3'); // "… roster when a new Board" (bracket never closed)
    expect(result('08LONDON2964').cutOff).toContain('par6'); // "… he was bound to press ahead" + page header
    expect(result('09CAPETOWN204').cutOff).toContain('par4'); // "… instability, unrest and" + page header
    expect(result('09BRUSSELS1580').cutOff).toContain('par3'); // "… increases in military contrib SUBJECT: …"
  });

  test.each([
    ['07PARIS2027', 'par29', 'a heading glued on: "Minister of Culture and Communication,"'],
    ['06JERUSALEM4511', 'par4', 'a sentence-case heading glued on'],
    ['10STATE17263', 'par49', 'a subheading opened by "(U)"'],
    ['04AMMAN1288', 'par1', '"END SUMMARY" without its stop'],
    ['04AMMAN1288', 'text-1', 'the classified web site address'],
    ['08BEIRUT586', 'par10', 'a redaction where the sentence ended'],
    ['07COLOMBO728', 'par12', 'a redaction, a page header and a heading'],
    ['06NEWDELHI5135', 'par33', 'a list of names'],
    ['08MADRID552', 'text-2', 'the sentence goes on in the next paragraph (after a page break)'],
    ['09JEDDAH443', 'par1', 'a heading glued on, ending in a comma'],
    ['07KINGSTON382', 'par2', 'a form of "Field: value" pairs'],
    ['09UNVIEVIENNA285', 'par29', 'the last item of a list separated by semicolons'],
    ['06BANGKOK5811', 'par6', 'WikiLeaks\' closing quote after the stop: "strongest.8"'],
  ])('%s %s is not flagged: %s', (id, anchor) => {
    expect(textOf(id, anchor)).not.toMatch(/[.!?]["”’)]*$/u);
    expect(result(id).cutOff).not.toContain(anchor);
  });

  test('few flags over the whole corpus (10 at the last survey, 5 of the corpus read as cut off)', () => {
    const flagged = [...results.values()].reduce((n, r) => n + r.cutOff.length, 0);
    expect(flagged).toBeGreaterThanOrEqual(6);
    expect(flagged).toBeLessThanOrEqual(10);
  });
});

describe('truncated closing markers', () => {
  test('only the seed has a lone "End"', () => {
    const withMarker = [...results.entries()].filter(([, r]) => r.truncatedMarkers.length > 0).map(([id]) => id);
    expect(withMarker).toEqual([seedId]);
  });
});

describe('paragraph numbers missing from the run', () => {
  test('10MAPUTO80 goes 1, 2, 4: ¶3 is missing, as the parser warns', () => {
    expect(result('10MAPUTO80').missingNumbers).toEqual([3]);
    expect(cable('10MAPUTO80').warnings.map((w) => w.message)).toContain('paragraph 3 missing between 2 and 4');
  });

  test('a partial extract starting at ¶7 lacks ¶1–6 (04MADRID4687)', () => {
    expect(cable('04MADRID4687').partial).toBe(true);
    expect(result('04MADRID4687').missingNumbers).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('a whole cable whose unnumbered first paragraph precedes ¶2 lacks nothing (09PRAGUE589)', () => {
    expect(cable('09PRAGUE589').paragraphs.map((p) => p.anchor)).toEqual(['text-1', 'par2', 'par3']);
    expect(result('09PRAGUE589').missingNumbers).toEqual([]);
  });

  test('a repeated number is no gap, but the number it displaced is (08MADRID552: 45, 45, 47)', () => {
    expect(cable('08MADRID552').paragraphs.some((p) => p.anchor === 'par45-2')).toBe(true);
    expect(result('08MADRID552').missingNumbers).toEqual([46]);
  });

  test('a number left inside the paragraph before is not missing (08BRASILIA1396 "… nationwide. 10. In addition")', () => {
    expect(textOf('08BRASILIA1396', 'par9')).toContain('nationwide. 10. In addition');
    expect(result('08BRASILIA1396').missingNumbers).toEqual([]);
  });
});

describe('redactions', () => {
  test('10MAPUTO86: the four runs of its paragraphs (the fifth is in the subject)', () => {
    const r = result('10MAPUTO86');
    expect(r.redactions.map((o) => o.paragraph)).toEqual(['par1', 'par3', 'par11', 'par11']);
    for (const o of r.redactions) expect(slice('10MAPUTO86', o)).toBe('XXXXXXXXXXXX');
    const inFile = readFileSync('seeds/cablegate/10MAPUTO86.txt', 'utf8').match(/X{3,}/g)!.length;
    expect(inFile).toBe(5);
    expect(cable('10MAPUTO86').subject).toMatch(/^XXXXXXXXXXXX /);
  });

  test('a run glued to a word is the run alone (04RANGOON88 "businessmanXXXXXXXXXXXX")', () => {
    const [first] = result('04RANGOON88').redactions;
    expect(slice('04RANGOON88', first!)).toBe('XXXXXXXXXXXX');
    expect(textOf('04RANGOON88', first!.paragraph).slice(first!.start - 11, first!.start)).toBe('businessman');
  });

  test('short and lower-case runs count too (09RIODEJANEIRO357 "XXX", 07KUWAIT808 "xxxxxxxxxxxx")', () => {
    expect(result('09RIODEJANEIRO357').redactions.map((o) => slice('09RIODEJANEIRO357', o))).toContain('XXX');
    expect(result('07KUWAIT808').redactions.map((o) => slice('07KUWAIT808', o))).toContain('xxxxxxxxxxxx');
  });
});

describe('transmission artifacts', () => {
  test('10MAPUTO86: its two continuation-page headers', () => {
    expect(result('10MAPUTO86').artifacts.map(({ paragraph, kind, text }) => ({ paragraph, kind, text }))).toEqual([
      { paragraph: 'par6', kind: 'page-header', text: 'MAPUTO 00000086 002.2 OF 003' },
      { paragraph: 'par10', kind: 'page-header', text: 'MAPUTO 00000086 003.2 OF 003' },
    ]);
  });

  test('06BAKU1835: the page header after ¶7\'s closing quote is set apart, and ¶7 is not flagged', () => {
    expect(cable('06BAKU1835').artifacts.map((a) => [a.text, a.after])).toContainEqual(['BAKU 00001835 003.2 OF 003', 'par7']);
    expect(textOf('06BAKU1835', 'par7')).toMatch(/[.!?]["”’)]*$/u);
    expect(result('06BAKU1835').cutOff).not.toContain('par7');
  });

  test('page headers joined into a sentence, with post names cut short or of several words', () => {
    // In a sentence: an inline artifact of the paragraph; between paragraphs: the cable's `artifacts`.
    const texts = (id: string): string[] => [
      ...result(id).artifacts.filter((a) => a.kind === 'page-header').map((a) => a.text),
      ...cable(id).artifacts.filter((a) => a.kind === 'page-header').map((a) => a.text),
    ];
    expect(textOf('08TEGUCIGALPA459', result('08TEGUCIGALPA459').artifacts[0]!.paragraph)).toContain('delivered a TEGUCIGALP 00000459 002 OF 004 ringing');
    expect(texts('08TEGUCIGALPA459')).toContain('TEGUCIGALP 00000459 002 OF 004');
    expect(texts('09UNVIEVIENNA285')).toContain('UNVIE VIEN 00000285 003.2 OF 036');
    expect(texts('07PORTAUPRINCE408')).toContain('PORT AU PR 00000408 002 OF 007');
    expect(texts('09KUALALUMPUR752')).toEqual(['Kuala lump 00000752 002 of 002']);
    expect(texts('10RPODUBAI15')[0]).toMatch(/^DUBAI 00000015 /);
  });

  test('SIPDIS stuck into a sentence (06BEIJING10909 "East SIPDIS Asian", 07KUWAIT808 "Sipdis")', () => {
    const beijing = result('06BEIJING10909').artifacts.filter((a) => a.kind === 'sipdis');
    expect(beijing).toHaveLength(1);
    expect(textOf('06BEIJING10909', beijing[0]!.paragraph).slice(beijing[0]!.start - 5, beijing[0]!.end + 6)).toBe('East SIPDIS Asian');
    expect(result('07KUWAIT808').artifacts.filter((a) => a.kind === 'sipdis').map((a) => a.text)).toEqual(['Sipdis']);
  });

  test('a repeated classification line is one artifact (the line as 04AMMAN1288 writes it in its header)', () => {
    const line = cable('04AMMAN1288').header.find((l) => l.startsWith('S E C R E T'))!;
    expect(line).toBe('S E C R E T SECTION 01 OF 02 AMMAN 001288');
    const sentence = `they support it. ${line} He said`;
    expect(findArtifacts(sentence, 'par1', 'AMMAN').map((a) => [a.kind, a.text])).toEqual([['classification-line', line]]);
  });

  test('a plain classification word counts only with the post and number after it (09STATE69224 "UNCLAS STATE 069224")', () => {
    const line = cable('09STATE69224').header.find((l) => l.startsWith('UNCLAS '))!;
    expect(line).toBe('UNCLAS STATE 069224');
    const sentence = `to the Department. ${line} The Embassy`;
    expect(findArtifacts(sentence, 'par2', 'STATE').map((a) => [a.kind, a.text])).toEqual([['classification-line', line]]);
  });

  test('classification words in the author’s text are not artifacts (89PANAMA8545, 09YEREVAN20)', () => {
    expect(textOf('89PANAMA8545', 'par1')).toContain('SECRET - ENTIRE TEXT.');
    expect(textOf('09YEREVAN20', 'par18')).toContain('(SECRET//REL Armenia)');
    for (const id of ['89PANAMA8545', '09YEREVAN20']) expect(result(id).artifacts.filter((a) => a.kind === 'classification-line')).toEqual([]);
  });

  test('each cable has as many page-header and SIPDIS artifacts as the parser warned about', () => {
    for (const [id, r] of results) {
      const warned = (pattern: RegExp): number => cable(id).warnings.filter((w) => pattern.test(w.message)).length;
      expect.soft(r.artifacts.filter((a) => a.kind === 'page-header').length, id).toBe(warned(/^page header inside the (?:text|line)/));
      expect.soft(r.artifacts.filter((a) => a.kind === 'sipdis').length, id).toBe(warned(/^SIPDIS (?:line inside|stuck into)/));
    }
  });
});

describe('invariants over all 251 cables', () => {
  test('every occurrence slices back; artifacts and redactions never overlap; flags name real paragraphs', () => {
    expect(results.size).toBe(251);
    for (const [id, r] of results) {
      const anchors = new Set(cable(id).paragraphs.map((p) => p.anchor));
      expect(r.partial).toBe(cable(id).partial);
      for (const anchor of r.cutOff) expect(anchors.has(anchor)).toBe(true);
      const all: Occurrence[] = [...r.truncatedMarkers, ...r.redactions, ...r.artifacts];
      for (const o of all) {
        expect(anchors.has(o.paragraph)).toBe(true);
        expect(0 <= o.start && o.start < o.end && o.end <= textOf(id, o.paragraph).length).toBe(true);
      }
      for (const o of r.redactions) expect(slice(id, o)).toMatch(/^(?:X{3,}|x{3,})$/);
      for (const a of r.artifacts) expect(slice(id, a)).toBe(a.text);
      for (const o of r.truncatedMarkers) expect(slice(id, o)).toMatch(/^End$/i);
      const marks = [...r.redactions, ...r.artifacts];
      for (let i = 0; i < marks.length; i++) {
        for (let j = i + 1; j < marks.length; j++) {
          const [a, b] = [marks[i]!, marks[j]!];
          if (a.paragraph === b.paragraph) expect(a.start < b.end && b.start < a.end, `${id} ${a.paragraph}`).toBe(false);
        }
      }
      const numbers = new Set(cable(id).paragraphs.map((p) => p.number));
      for (const n of r.missingNumbers) expect(numbers.has(n)).toBe(false);
    }
  });
});
