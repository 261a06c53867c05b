import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  findTerms,
  loadGlossary,
  markingCounts,
  markingId,
  markingMeaning,
  parseGlossary,
  tagEntry,
  termMatches,
  type Glossary,
} from '../../src/lib/glossary.ts';
import { headerFacts } from '../../src/lib/header.ts';
import { listCableFiles, readCable } from '../../src/lib/read.ts';
import type { Cable, TermUse } from '../../src/lib/types.ts';

const seedFile = 'seeds/000_20ae7434d121b7bb.txt';
let glossary: Glossary;
let corpus: Cable[];

beforeAll(async () => {
  glossary = loadGlossary();
  corpus = await Promise.all((await listCableFiles('seeds')).map((file) => readCable(file)));
}, 120_000);

/** The written text of each occurrence of a term use, with its paragraph. */
function written(cable: Cable, use: TermUse | undefined): string[] {
  return (use?.occurrences ?? []).map((occurrence) => {
    const paragraph = cable.paragraphs.find((p) => p.anchor === occurrence.paragraph)!;
    return `${occurrence.paragraph}:${paragraph.text.slice(occurrence.start, occurrence.end)}`;
  });
}

describe('the glossary file', () => {
  test('data/glossary.yaml parses without a warning: no duplicate id, tag, marking or text form', () => {
    const { glossary: parsed, warnings } = parseGlossary(readFileSync('data/glossary.yaml', 'utf8'), 'data/glossary.yaml');
    expect(warnings).toEqual([]);
    const ids = parsed.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of parsed.entries) {
      expect(entry.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(entry.meaning.length, entry.term).toBeGreaterThan(entry.term.length);
    }
    // Within one kind family a term is written once (PM the tag and PM the acronym are two families).
    const families = new Map<string, string>();
    for (const entry of parsed.entries) {
      const family = entry.kind.endsWith('-tag') ? 'tag' : entry.kind === 'marking' ? 'marking' : 'text';
      const key = `${family}:${entry.caseSensitive ? entry.term : entry.term.toLowerCase()}`;
      expect(families.get(key), `${entry.term} twice`).toBeUndefined();
      families.set(key, entry.term);
    }
  });

  test('bad entries give warnings with file and line, and the good ones are kept', () => {
    const source = [
      '- term: GOG', //                1
      '  kind: acronym', //            2
      '  meaning: The Government of G.', // 3
      '- term: GOG', //                4
      '  kind: acronym', //            5
      '  meaning: a duplicate', //     6
      '- term: XYZ', //                7
      '  kind: nonsense', //           8
      '  meaning: a bad kind', //      9
      '- kind: jargon', //             10
      '  meaning: no term', //         11
      '- just a string', //            12
      '- term: ABC', //                13
      '  kind: acronym', //            14
      '  meaning: An unknown field.', // 15
      '  colour: red', //              16
    ].join('\n');
    const { glossary: parsed, warnings } = parseGlossary(source, 'bad.yaml');
    expect(parsed.entries.map((entry) => entry.term)).toEqual(['GOG', 'ABC']);
    expect(warnings.map((warning) => warning.line)).toEqual([8, 10, 12, 16, 4]);
    expect(warnings[0]!.message).toMatch(/^bad\.yaml:8: .*kind must be one of/);
    expect(warnings[4]!.message).toMatch(/^bad\.yaml:4: .*duplicate id "gog"/);
  });

  test('broken YAML is a warning, not an exception', () => {
    const { glossary: parsed, warnings } = parseGlossary('- term: [unclosed\n  kind: jargon\n', 'broken.yaml');
    expect(parsed.entries).toEqual([]);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]!.message).toMatch(/^broken\.yaml:\d+: glossary: /);
  });
});

describe('coverage of the corpus', () => {
  test('every TAGS code of the 251 cables has an entry of a tag kind', () => {
    const tags = new Set(corpus.flatMap((cable) => cable.tags));
    expect(tags.size).toBeGreaterThan(200);
    const missing = [...tags].filter((tag) => !tagEntry(tag, glossary)?.kind.endsWith('-tag'));
    expect(missing).toEqual([]);
  });

  test('every portion marking of the corpus has a meaning in words, not its letters', () => {
    const markings = new Set(corpus.flatMap((cable) => cable.paragraphs.map((p) => p.marking)).filter((m): m is string => m !== null));
    expect(markings.size).toBeGreaterThanOrEqual(10);
    for (const marking of markings) {
      const meaning = markingMeaning(marking, glossary);
      expect(meaning, marking).not.toMatch(/unknown marking/);
      expect(meaning.toUpperCase(), marking).not.toBe(marking.toUpperCase());
      expect(meaning, marking).toMatch(/[a-z]{4}/);
    }
  });

  test('spellings of one marking share an id and a meaning; unlisted combinations are composed', () => {
    expect(markingId('S/NF')).toBe('marking-s-nf');
    expect(markingId('S//NF')).toBe('marking-s-nf');
    expect(markingId('S NF')).toBe('marking-s-nf');
    expect(markingId('C/NOFORN')).toBe('marking-c-nf');
    expect(markingId('c')).toBe('marking-c');
    expect(markingMeaning('S/NF', glossary)).toBe('Secret, not releasable to foreign nationals');
    expect(markingMeaning('C/NOFORN', glossary)).toBe(markingMeaning('C//NF', glossary));
    // 09YEREVAN20 ¶18 is marked (S/REL ARMENIA): no entry lists it, its parts do.
    expect(markingMeaning('S/REL ARMENIA', glossary)).toBe('Secret, releasable to Armenia');
    expect(markingMeaning(null, glossary)).toBe('Unmarked');
  });
});

describe('the seed cable', () => {
  test('SFRC, Staffdel, reftel, GOG, PNC, NAFTA, MPP in the right paragraphs, offsets back to the written form', async () => {
    const cable = await readCable(seedFile);
    const uses = new Map(findTerms(cable, glossary).map((use) => [use.id, use]));
    expect(written(cable, uses.get('sfrc'))).toEqual(['par1:SFRC']);
    expect(written(cable, uses.get('staffdel'))).toEqual(['par1:Staffdel', 'par1:Staffdel']);
    expect(uses.get('staffdel')!.header).toEqual(['subject']);
    expect(written(cable, uses.get('reftel'))).toEqual(['par2:reftel']);
    expect(written(cable, uses.get('gog'))).toEqual(['par4:GOG', 'par4:GOG', 'par5:GOG', 'par7:GOG']);
    expect(written(cable, uses.get('pnc'))).toEqual(['par4:PNC', 'par5:PNC', 'par7:PNC']);
    expect(written(cable, uses.get('nafta'))).toEqual(['par1:NAFTA', 'par2:NAFTA', 'par8:NAFTA']);
    expect(written(cable, uses.get('mpp'))).toEqual(['par8:MPP']);
    expect(uses.get('eo-12958')).toMatchObject({ term: 'E.O. 12958', kind: 'jargon', header: ['eo'], occurrences: [] });
  });

  test('meanings are resolved for Guatemala, and terms come in order of first use', async () => {
    const cable = await readCable(seedFile);
    const terms = findTerms(cable, glossary);
    const byId = new Map(terms.map((use) => [use.id, use]));
    expect(byId.get('gog')!.meaning).toBe('The Government of Guatemala.');
    expect(byId.get('pnc')!.meaning).toMatch(/Guatemala's national police/);
    expect(byId.get('sfrc')!.meaning).toMatch(/Senate Foreign Relations Committee/);
    expect(byId.get('mpp')!.meaning).toMatch(/Mission Performance Plan/);
    expect(terms.map((use) => use.id)).toEqual(['eo-12958', 'n-a', 'staffdel', 'sfrc', 'country-team', 'nafta', 'reftel', 'gog', 'pnc', 'mpp']);
    expect(markingCounts(cable, glossary)).toEqual([{ marking: null, meaning: 'Unmarked', paragraphs: 9 }]);
  });
});

describe('other real cables', () => {
  const cableById = (id: string): Cable => corpus.find((cable) => cable.id === id)!;

  test('10MAPUTO86: tags, reasons, markings and their counts', () => {
    const cable = cableById('10MAPUTO86');
    const uses = findTerms(cable, glossary);
    const byId = new Map(uses.map((use) => [use.id, use]));
    for (const tag of cable.tags) expect(byId.get(tagEntry(tag, glossary)!.id)!.header).toContain('tags');
    expect(byId.get('reason-1-4-b')!.header).toEqual(['classifiedBy']);
    expect(byId.get('reason-1-4-d')!.header).toEqual(['classifiedBy']);
    expect(byId.get('marking-s-nf')).toMatchObject({ kind: 'marking', term: 'S//NF', header: [], occurrences: [] });
    expect(byId.get('grm')!.meaning).toBe('The Government of the Republic of Mozambique.');
    expect(markingCounts(cable, glossary)).toEqual([
      { marking: 'S/NF', meaning: 'Secret, not releasable to foreign nationals', paragraphs: 10 },
      { marking: 'C', meaning: 'Confidential', paragraphs: 1 },
    ]);
  });

  test('the classification reasons of every Classified By line, however written', () => {
    const forms = new Map<string, string>();
    for (const cable of corpus) {
      const classifiedBy = headerFacts(cable).classifiedBy;
      if (!classifiedBy || !/1\.[45]/.test(classifiedBy)) continue;
      const matches = termMatches(classifiedBy, glossary, ['classification-reason']);
      expect(matches.length, classifiedBy).toBeGreaterThan(0);
      forms.set(classifiedBy.slice(classifiedBy.search(/1\.[45]/)), matches.map((m) => m.entry.term.slice(-2, -1)).join(''));
    }
    // A few of the many spellings, as they stand in the corpus.
    expect(forms.get('1.4 (b) and (d).')).toBe('bd');
    expect(forms.get('1.4(b), (d) and (h).')).toBe('bdh');
    expect(forms.get('1.4 (B,C,D)')).toBe('bcd');
    expect(forms.get('1.4 B/D')).toBe('bd');
    expect(forms.get('1.5 (b) (d)')).toBe('bd');
    expect(forms.get('1.4 (B) A ND (D)')).toBe('bd');
    expect(forms.get('1.4 (g,h)')).toBe('gh');
  });

  test('GOB means Brazil in a Brasilia cable and Bolivia in a La Paz cable', () => {
    const meaningOf = (id: string): string => findTerms(cableById(id), glossary).find((use) => use.id === 'gob')!.meaning;
    expect(meaningOf('03BRASILIA698')).toBe('The Government of Brazil.');
    expect(meaningOf('06LAPAZ3400')).toBe('The Government of Bolivia.');
  });

  test('without a fitting origin the TAGS decide: GOI from Islamabad is India, CNDD from Ouagadougou is Guinea', () => {
    const meaningOf = (cable: string, id: string): string => findTerms(cableById(cable), glossary).find((use) => use.id === id)!.meaning;
    expect(cableById('09ISLAMABAD10').tags).toContain('IN');
    expect(meaningOf('09ISLAMABAD10', 'goi')).toBe('The Government of India.');
    expect(cableById('09OUAGADOUGOU1159').tags).toContain('GV');
    expect(meaningOf('09OUAGADOUGOU1159', 'cndd')).toMatch(/military junta that ruled Guinea/);
  });

  test('an acronym that is also a word is not matched in capitals: 05SANAA923 "WE\'VE GOT HIM!!"', () => {
    const cable = cableById('05SANAA923');
    expect(cable.subject).toMatch(/GOT HIM/);
    expect(findTerms(cable, glossary).map((use) => use.id)).not.toContain('got');
  });
});

describe('matching', () => {
  test('no match inside a longer word, and tags or markings never match in the text, over the whole corpus', () => {
    const wordChar = /[\p{L}\p{N}]/u;
    let count = 0;
    for (const cable of corpus) {
      for (const paragraph of cable.paragraphs) {
        for (const match of termMatches(paragraph.text, glossary)) {
          count++;
          const before = paragraph.text[match.start - 1] ?? ' ';
          const after = paragraph.text[match.end] ?? ' ';
          expect(wordChar.test(before) || wordChar.test(after), `${cable.id} ${paragraph.anchor} ${paragraph.text.slice(match.start - 5, match.end + 5)}`).toBe(false);
          expect(match.entry.kind).not.toBe('marking');
          if (match.entry.kind.endsWith('-tag')) expect(match.entry.inText, match.entry.term).toBe(true);
        }
      }
    }
    expect(count).toBeGreaterThan(4000);
  });

  test('word boundaries, longest form first, plural of acronyms, case rules', () => {
    const terms = (text: string): string[] => termMatches(text, glossary).map((m) => `${text.slice(m.start, m.end)}=${m.entry.id}`);
    expect(terms('GOGO and GOG, GOGs; XGOG')).toEqual(['GOG=gog', 'GOGs=gog']);
    expect(terms('Charge d’Affaires Smith and the Charge')).toEqual(['Charge d’Affaires=charge', 'Charge=charge']);
    expect(terms('REFTEL, Reftels and reftel')).toEqual(['REFTEL=reftel', 'Reftels=reftel', 'reftel=reftel']);
    // Country tags and single-letter markings are not words of the text.
    expect(terms('US officials told us: C and S, IS and IN, GT and MX.')).toEqual([]);
    expect(terms('the charges were dropped; he was in charge')).toEqual([]);
    expect(terms('E.O. 12958 and EO 12958: DECL: 1/1/2015')).toEqual(['E.O. 12958=eo-12958', 'EO 12958=eo-12958', 'DECL=decl']);
  });

  test('kinds limit what matches', () => {
    const text = 'Poloff met GOG officials on NATO, reasons 1.4 (b) and (d).';
    expect(termMatches(text, glossary, ['acronym']).map((m) => m.entry.id)).toEqual(['gog']);
    expect(termMatches(text, glossary, ['classification-reason']).map((m) => text.slice(m.start, m.end))).toEqual(['1.4 (b)', '(d)']);
    expect(termMatches(text, glossary).map((m) => m.entry.id)).toEqual(['poloff', 'gog', 'nato', 'reason-1-4-b', 'reason-1-4-d']);
  });
});
