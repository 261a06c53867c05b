import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { POSTS, citedByIndex, findReferences, linkReferences, referenceIdOf } from '../../src/lib/references.ts';
import { listCableFiles, readCable } from '../../src/lib/read.ts';
import type { Cable, ReferenceUse } from '../../src/lib/types.ts';

const files = await listCableFiles('seeds');
const cables = new Map<string, Cable>();
const references = new Map<string, ReferenceUse[]>();
let siteIds: Set<string>;

beforeAll(async () => {
  for (const file of files) {
    const cable = await readCable(file);
    cables.set(cable.id, cable);
  }
  siteIds = new Set(cables.keys());
  for (const [id, cable] of cables) references.set(id, linkReferences(findReferences(cable), siteIds));
}, 60_000);

/** The text an occurrence points at. */
function slice(cable: Cable, occurrence: { paragraph: string; start: number; end: number }): string {
  return cable.paragraphs.find((p) => p.anchor === occurrence.paragraph)!.text.slice(occurrence.start, occurrence.end);
}

/** A reference as `anchor:"mention"` strings, to compare with what a reader sees. */
function mentions(id: string, use: ReferenceUse): string[] {
  return use.occurrences.map((o) => `${o.paragraph}:${slice(cables.get(id)!, o)}`);
}

function refs(id: string): ReferenceUse[] {
  return references.get(id)!;
}

describe('10MAPUTO86 cites 10MAPUTO80', () => {
  test('REF A `MAPUTO 80` takes the year of the cable; REF B gives its own', () => {
    const [a, b, ...rest] = refs('10MAPUTO86');
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ label: 'A', written: 'MAPUTO 80', referenceId: '10MAPUTO80', inHeader: true, inSite: true });
    expect(b).toMatchObject({ label: 'B', written: '07 MAPUTO 1395', referenceId: '07MAPUTO1395', inHeader: true, inSite: false });
    // Checked by hand: the text mentions REF A once, in ¶11 ("…have learned from other sources (Ref A)."), and never
    // REF B; ¶7's "(septel)" is a cable sent separately, not a REF item.
    expect(mentions('10MAPUTO86', a!)).toEqual(['par11:Ref A']);
    expect(b!.occurrences).toEqual([]);
    expect(cables.get('10MAPUTO86')!.paragraphs.find((p) => p.anchor === 'par7')!.text).toContain('(septel)');
  });

  test('findReferences itself leaves inSite false; linkReferences sets it from the site ids', () => {
    const found = findReferences(cables.get('10MAPUTO86')!);
    expect(found.map((r) => r.inSite)).toEqual([false, false]);
    expect(linkReferences(found, new Set(['10MAPUTO80'])).map((r) => r.inSite)).toEqual([true, false]);
    expect(linkReferences(found, new Set()).map((r) => r.inSite)).toEqual([false, false]);
  });

  test('citedByIndex: 10MAPUTO80 is cited by 10MAPUTO86 in ¶11', () => {
    const index = citedByIndex([...cables.values()].map((c) => ({ id: c.id, subject: c.subject, date: c.date, annotations: { references: refs(c.id) } })));
    expect(index.get('10MAPUTO80')).toEqual([
      { id: '10MAPUTO86', subject: 'XXXXXXXXXXXX TALKS OF CORRUPTION AT THE HIGHEST LEVELS OF GOVERNMENT', date: '2010-01-28', paragraphs: ['par11'] },
    ]);
    // Every cited cable of the corpus that is in the site, and no more.
    expect([...index.keys()].sort()).toEqual(['03BRASILIA3122', '04BRASILIA222', '05BRASILIA437', '10MAPUTO80']);
    // 04BRASILIA445's ¶2 "(refs E, G, H, I, K)": E is 04BRASILIA222.
    expect(index.get('04BRASILIA222')).toEqual([{ id: '04BRASILIA445', subject: 'BRAZIL - 2004 SPECIAL 301 RESPONSE', date: null, paragraphs: ['par2'] }]);
    // 05BRASILIA581 ¶5 "(reftel B)": B is 05BRASILIA437.
    expect(index.get('05BRASILIA437')).toEqual([{ id: '05BRASILIA581', subject: cables.get('05BRASILIA581')!.subject, date: null, paragraphs: ['par5'] }]);
  });

  test('citedByIndex: REF-only citations list no paragraph; self-citations and duplicates are dropped; sorted by date then id', () => {
    const maputo86 = refs('10MAPUTO86');
    const maputo80 = cables.get('10MAPUTO80')!;
    const refOnly = maputo86.map((r) => ({ ...r, occurrences: [] }));
    const selfCite: ReferenceUse = { label: null, written: 'MAPUTO 80', referenceId: '10MAPUTO80', inSite: true, inHeader: false, occurrences: [] };
    const index = citedByIndex([
      { id: '10MAPUTO86', subject: 'later', date: '2010-01-28', annotations: { references: refOnly } },
      { id: '10MAPUTO80', subject: maputo80.subject, date: maputo80.date, annotations: { references: [selfCite] } },
      { id: '04BRASILIA445', subject: null, date: null, annotations: { references: [{ ...selfCite, occurrences: [{ paragraph: 'par2', start: 0, end: 3 }] }, selfCite] } },
    ]);
    expect(index.get('10MAPUTO80')).toEqual([
      { id: '10MAPUTO86', subject: 'later', date: '2010-01-28', paragraphs: [] },
      { id: '04BRASILIA445', subject: null, date: null, paragraphs: ['par2'] },
    ]);
    expect(index.has('07MAPUTO1395')).toBe(false);
  });
});

describe('REF items across the corpus', () => {
  test('survey: REF items, how many get an id, how many are in the site', () => {
    const header = [...references.values()].flat().filter((r) => r.inHeader);
    const withId = header.filter((r) => r.referenceId !== null);
    // How many items each cable has, and which get an id, is in its snapshot (snapshots.test.ts).
    expect(withId.length).toBeGreaterThan(0);
    expect(header.filter((r) => r.inSite).map((r) => r.referenceId)).toEqual(['04BRASILIA222', '03BRASILIA3122', '05BRASILIA437', '10MAPUTO80']);
    // The 30 without an id are not cables of a post (intelligence reports, e-mails, daily reports,
    // a telcon) or lack the number (`B. FREETOWN`, `B) 2005 Minsk`); `USDEL 00007` names a delegation, not a post.
    const noId = header.filter((r) => r.referenceId === null).map((r) => r.written);
    for (const written of noId) {
      expect(written).toMatch(/IIR|TDX?-|E-?MAILS?|REPORT|TELCON|FBI|BIOS|POINTS|^USDEL 00007$|^FREETOWN$|^2005 Minsk$/i);
    }
  });

  test('every item id is the Cablegate form: two-digit year, post of data/posts.yaml, number without leading zeros', () => {
    const postIds = new Set(POSTS.values());
    for (const use of [...references.values()].flat()) {
      if (use.referenceId === null) continue;
      const m = /^(\d{2})([A-Z]+)([1-9]\d*)$/.exec(use.referenceId);
      expect(m, use.referenceId).not.toBeNull();
      expect(postIds.has(m![2]!), use.referenceId).toBe(true);
    }
  });

  test.each([
    // [cable, label, as written, id]
    ['09GUATEMALA917', 'A', 'GUATEMALA 254', '09GUATEMALA254'],
    ['09GUATEMALA917', 'B', 'GUATEMALA 009', '09GUATEMALA9'],
    ['09GUATEMALA917', 'C', '2008 GUATEMALA 1573', '08GUATEMALA1573'],
    ['05BRASILIA2767', 'A', 'STATE 183800', '05STATE183800'],
    ['03BRASILIA698', 'A', 'SECSTATE 43420', '03STATE43420'],
    ['03BRASILIA698', 'J', '02 RIO DE JANEIRO 1030', '02RIODEJANEIRO1030'],
    ['06DARESSALAAM1593', 'A', 'DAR ES SALAAM 01376', '06DARESSALAAM1376'],
    ['06DARESSALAAM1593', 'B', 'UNVIE VIENNA 00601', '06UNVIEVIENNA601'],
    ['09UNVIEVIENNA279', 'A', 'UNVIE 109', '09UNVIEVIENNA109'],
    ['09RIODEJANEIRO357', 'A', 'RIO 329', '09RIODEJANEIRO329'],
    ['08CASABLANCA81', 'A', '05 CASA 1220', '05CASABLANCA1220'],
    ['10THEHAGUE108', 'C', '09 THE HAGUE 758', '09THEHAGUE758'],
    ['04BRASILIA445', 'G', '2003 Sao Paulo 2199', '03SAOPAULO2199'],
    ['10SHENYANG5', 'A', '10SHENYANG 003', '10SHENYANG3'],
    ['05RECIFE78', null, 'RECIFE 00000074', '05RECIFE74'],
    // Undated cable: the year comes from its reference id.
    ['04BRASILIA445', 'A', 'State 29549', '04STATE29549'],
    ['72TEHRAN5055', null, 'TEHRAN 4887', '72TEHRAN4887'],
  ] as const)('%s REF %s `%s` → %s', (id, label, written, referenceId) => {
    const use = refs(id).find((r) => r.inHeader && r.label === label && r.written === written);
    expect(use, JSON.stringify(refs(id).map((r) => [r.label, r.written]))).toBeDefined();
    expect(use!.referenceId).toBe(referenceId);
  });

  test('items the header leaves joined or split are repaired', () => {
    const items = (id: string) => refs(id).map((r) => [r.label, r.written, r.referenceId]);
    // `¶B. 03 VATICAN 5666  C. 03 VATICAN 5748` on one line.
    expect(items('04VATICAN3196')).toEqual([
      ['A', '03 VATICAN 1164', '03VATICAN1164'],
      ['B', '03 VATICAN 5666', '03VATICAN5666'],
      ['C', '03 VATICAN 5748', '03VATICAN5748'],
    ]);
    // `¶E. 06 kuwait 4664` / `f. 06 kuwait 3503` / `g. State 1612`: lower-case letters.
    expect(items('07KUWAIT808').slice(4)).toEqual([
      ['E', '06 kuwait 4664', '06KUWAIT4664'],
      ['F', '06 kuwait 3503', '06KUWAIT3503'],
      ['G', 'State 1612', '07STATE1612'],
    ]);
    // `REF: REF: A) 2005 ACCRA 2517 B) ACCRA 1437`.
    expect(items('07ACCRA2140')).toEqual([
      ['A', '2005 ACCRA 2517', '05ACCRA2517'],
      ['B', 'ACCRA 1437', '07ACCRA1437'],
    ]);
    // `A. SECSTATE 90063` / `B KUALA LUMPUR 739` (no stop after the letter).
    expect(items('09KUALALUMPUR752')).toEqual([
      ['A', 'SECSTATE 90063', '09STATE90063'],
      ['B', 'KUALA LUMPUR 739', '09KUALALUMPUR739'],
    ]);
    // Two cables in one unlettered item.
    expect(items('04RANGOON88')).toEqual([
      [null, 'STATE 297614 AND PREVIOUS', '04STATE297614'],
      [null, '03 RANGOON 1427', '03RANGOON1427'],
    ]);
    expect(items('10LUXEMBOURG5').map((i) => i[2])).toEqual(['09LUXEMBOURG328', '09LUXEMBOURG288', '09LUXEMBOURG302']);
    // The archive lettered a wrapped line: `A. (A) EMBASSY PARIS DAILY REPORT FOR FEBRUARY 17` / `¶B. 2006`.
    expect(items('06PARIS1031')[0]).toEqual(['A', 'EMBASSY PARIS DAILY REPORT FOR FEBRUARY 17 2006', null]);
    expect(items('06PARIS1031').map((i) => i[0])).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    // A page header glued to the last item: `(B) SAO PAULO 250 SAO PAULO 00000464 001.2 OF 006`.
    expect(items('07SAOPAULO464')).toEqual([
      ['A', 'VATICAN 85', '07VATICAN85'],
      ['B', 'SAO PAULO 250', '07SAOPAULO250'],
    ]);
    // The REF line given twice (upper, then lower case) is kept once.
    expect(items('09SHANGHAI160')).toEqual([
      ['A', 'SHANGHAI 80', '09SHANGHAI80'],
      ['B', '06 BEIJING 23548', '06BEIJING23548'],
      ['C', '08 SHANGHAI 283', '08SHANGHAI283'],
    ]);
  });
});

describe('mentions in the text', () => {
  test('every occurrence slices back to a mention, inside its paragraph, without overlaps', () => {
    let total = 0;
    for (const [id, uses] of references) {
      const cable = cables.get(id)!;
      const spans = uses.flatMap((u) => u.occurrences);
      total += spans.length;
      for (const o of spans) {
        const text = slice(cable, o);
        expect(o.end).toBeGreaterThan(o.start);
        // `reftel`, `REF A`, `(ref b)`'s `ref b`, a lone letter of a list, or a citation.
        expect(text, `${id} ${o.paragraph}`).toMatch(/^(?:ref(?:s|tels?|\.)?(?:\s*\(?[a-z]\)?)?|\(?[a-z]\)?|[A-Z ]+ \d+)$/i);
      }
      const byParagraph = Map.groupBy(spans, (o) => o.paragraph);
      for (const list of byParagraph.values()) {
        list.sort((a, b) => a.start - b.start);
        for (let k = 1; k < list.length; k++) expect(list[k]!.start).toBeGreaterThanOrEqual(list[k - 1]!.end);
      }
    }
    // Which paragraphs mention which cited cable is in each cable's snapshot (snapshots.test.ts).
    expect(total).toBeGreaterThan(0);
  });

  test('`reftel` with one REF item points to it; with several it is left alone', () => {
    expect(mentions('03BRASILIA3122', refs('03BRASILIA3122')[0]!)).toEqual(['par1:reftel', 'par6:reftel', 'par10:reftel']);
    expect(mentions('07KINSHASA797', refs('07KINSHASA797')[0]!)).toEqual(['par2:REF', 'par11:REF', 'par13:REF']);
    expect(mentions('07HAMBURG73', refs('07HAMBURG73')[0]!)).toEqual(['par6:Ref.']);
    expect(mentions('06MOSCOW5645', refs('06MOSCOW5645')[0]!)).toEqual(['par37:reftels']);
    // `See reftel for information`: `for` is no letter F; `reftel.` ends a sentence.
    expect(mentions('08PANAMA851', refs('08PANAMA851')[0]!)).toEqual(['par2:reftel', 'par6:reftel']);
    // Two REF items: `delivered reftel talking points` could be either.
    expect(refs('05BRASILIA2767').flatMap((r) => r.occurrences)).toEqual([]);
    // The seed has no REF field: its "(reftel)" in ¶2 names no cable of its own.
    expect(refs('guatemala-mexico-border-issues-staffdel-meacham')).toEqual([]);
  });

  test('lettered mentions: `ref A`, `(ref b)`, `Ref. A`, `reftel (a)`, `Reftel C`, lists and ranges', () => {
    const byLabel = (id: string) => Object.fromEntries(refs(id).map((r) => [r.label, mentions(id, r)]));
    expect(byLabel('09GUATEMALA917')).toEqual({ A: ['par4:ref a'], B: ['par9:ref b'], C: ['par9:ref c'], D: ['par14:ref d'] });
    expect(byLabel('07ASHGABAT1348')).toEqual({ A: ['par1:Ref. A', 'par8:Ref. A'], B: ['par5:Ref. B'] });
    expect(byLabel('09KUALALUMPUR752')).toEqual({ A: ['par1:ref A', 'par2:reftel (a)'], B: ['par2:Ref B'] });
    expect(byLabel('06BUENOSAIRES1594')['C']).toEqual(['par11:Reftel C']);
    // `(refs E, G, H, I, K)` and `(refs C and F)`: the first letter carries the keyword.
    const brasilia = byLabel('04BRASILIA445');
    expect([brasilia['E'], brasilia['G'], brasilia['K']]).toEqual([['par2:refs E'], ['par2:G'], ['par2:K']]);
    expect([brasilia['C'], brasilia['F']]).toEqual([['par7:ref C', 'par8:refs C'], ['par8:F']]);
    // `(reftels a-c)`: B is only implied, so it gets no span.
    expect(byLabel('09KHARTOUM249')).toEqual({ A: ['par4:reftels a'], B: [], C: ['par4:c'], D: ['par4:reftel d'] });
    // 10ABUJA215 writes `REF: ABUJA 207; FEB 24 … TELCON` without letters, and then `reftel A`, `ref B`.
    expect(refs('10ABUJA215').map((r) => [r.written, mentions('10ABUJA215', r)])).toEqual([
      ['ABUJA 207', ['par7:reftel A']],
      ['FEB 24 A/S CARSON-AMB SANDERS TELCON', ['par8:ref B']],
    ]);
  });

  test('explicit citations in the text: 09STATE77662 names its three REF cables', () => {
    const [a, b, c] = refs('09STATE77662');
    expect(mentions('09STATE77662', a!)).toEqual(['par1:REFTELS A', 'par1:BRASILIA 000905']);
    expect(mentions('09STATE77662', b!)).toEqual(['par1:BRASILIA 000799']);
    expect(mentions('09STATE77662', c!)).toEqual(['par1:C', 'par1:BRASILIA 000791']);
    expect(refs('09STATE77662').filter((r) => !r.inHeader)).toEqual([]);
  });

  test('a citation in the text that is no REF item becomes its own reference', () => {
    // 09STATE77662 ¶1 as it is, with its REF line left out: the three citations stand alone.
    const cable = { ...cables.get('09STATE77662')!, references: [] };
    const found = findReferences(cable);
    expect(found.map((r) => [r.label, r.written, r.referenceId, r.inHeader, mentions('09STATE77662', r)])).toEqual([
      [null, 'BRASILIA 000905', '09BRASILIA905', false, ['par1:BRASILIA 000905']],
      [null, 'BRASILIA 000799', '09BRASILIA799', false, ['par1:BRASILIA 000799']],
      [null, 'BRASILIA 000791', '09BRASILIA791', false, ['par1:BRASILIA 000791']],
    ]);
  });

  test('no other text in the corpus reads as a citation (page headers, resolutions, articles, paragraphs, dates)', () => {
    const inText = [...references.entries()].flatMap(([id, uses]) =>
      uses.flatMap((u) => u.occurrences.map((o) => slice(cables.get(id)!, o)).filter((t) => /\d/.test(t)).map((t) => `${id}:${t}`)),
    );
    expect(inText).toEqual(['09STATE77662:BRASILIA 000905', '09STATE77662:BRASILIA 000799', '09STATE77662:BRASILIA 000791']);
    expect([...references.values()].flat().filter((r) => !r.inHeader)).toEqual([]);
  });

  test('negative cases from real paragraphs, also as an all-capitals telegram would write them', () => {
    const cases: [string, string, RegExp][] = [
      ['10MAPUTO86', 'par6', /MAPUTO 00000086 002\.2 OF 003/], // page header inside a sentence
      ['07KUWAIT808', 'par3', /Kuwait 00000808 002 of 007/],
      ['06BRASILIA2521', 'par7', /15 BRASILIA 00002521 003 OF 003/],
      ['04PARIS8983', 'par1', /Resolution 1559/],
      ['03BRASILIA3122', 'par1', /Article 71/],
      ['04BOGOTA8900', 'text-1', /PARAGRAPH 9/],
      ['08MADRID552', 'par15', /Madrid 1991 Peace Conference/],
      ['10RPODUBAI15', 'par20', /Tehran 2010 isn't Tehran 1978/],
      ['09SHANGHAI160', 'par13', /Shanghai 5 years/],
    ];
    for (const [id, anchor, pattern] of cases) {
      const cable = cables.get(id)!;
      const paragraph = cable.paragraphs.find((p) => p.anchor === anchor)!;
      expect(paragraph.text, `${id} ${anchor}`).toMatch(pattern);
      for (const text of [paragraph.text, paragraph.text.toUpperCase()]) {
        const alone = { ...cable, references: [], paragraphs: [{ ...paragraph, text }] };
        expect(findReferences(alone), `${id} ${anchor} ${text === paragraph.text ? 'as written' : 'in capitals'}`).toEqual([]);
      }
    }
  });
});

describe('posts (data/posts.yaml)', () => {
  test('every post of a corpus reference id is known', () => {
    const index = readFileSync('tests/fixtures/corpus-index.tsv', 'utf8').trim().split('\n').slice(1);
    const postIds = new Set(POSTS.values());
    for (const line of index) {
      const id = line.split('\t')[1]!;
      expect(postIds.has(/^\d{2}(\D+)\d+$/.exec(id)![1]!), id).toBe(true);
    }
  });

  test('the post as the cable writes it in its classification line, with its number and year, gives back its own id', () => {
    // Cablegate ids take the post from this line (`UNCLAS SECTION 01 OF 02 BRUSSELS 000186`), not from
    // the FM line (`FM USEU BRUSSELS` for the same cable).
    let checked = 0;
    for (const cable of cables.values()) {
      if (cable.referenceId === null) continue;
      const [, year, number] = /^(\d{2})\D+(\d+)$/.exec(cable.referenceId)!;
      const line = new RegExp(`^\\s*(?:.*?SECTION \\d+ OF \\d+|UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|C O N F I D E N T I A L|S E C R E T|U N C L A S)(?: [A-Z/]+)*? ((?:[A-Z]+ )*?[A-Z]+) 0*${number}\\s*$`, 'm').exec(readFileSync(cable.file, 'utf8'));
      if (!line) continue;
      expect(referenceIdOf(`${line[1]} ${number}`, year!), `${cable.id}: ${line[0].trim()}`).toBe(cable.referenceId);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  test('multi-word posts match as a whole, written with any spacing', () => {
    expect(referenceIdOf('06 USUN NEW YORK 1234', null)).toBe('06USUNNEWYORK1234');
    expect(referenceIdOf('USEU BRUSSELS 001177', '09')).toBe('09USEUBRUSSELS1177');
    expect(referenceIdOf('BRUSSELS 1498', '09')).toBe('09BRUSSELS1498');
    expect(referenceIdOf('PORT AU  PRINCE 408', '07')).toBe('07PORTAUPRINCE408');
    expect(referenceIdOf('HO CHI MINH CITY 12', '08')).toBe('08HOCHIMINHCITY12');
    expect(referenceIdOf('MAPUTO 80', null)).toBeNull();
    expect(referenceIdOf('RESOLUTION 1325', '09')).toBeNull();
  });
});
