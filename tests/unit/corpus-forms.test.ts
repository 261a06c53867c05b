import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeCable } from '../../src/lib/decode.ts';
import { checkNothingLost } from '../../src/lib/invariants.ts';
import { parseCable } from '../../src/lib/parse.ts';
import type { Cable } from '../../src/lib/types.ts';

/** A real corpus cable, parsed as the site parses it (and checked for nothing lost). */
function corpusCable(id: string): Cable {
  const file = `seeds/cablegate/${id}.txt`;
  const { text } = decodeCable(readFileSync(file));
  const cable = parseCable(text, { file });
  expect(checkNothingLost(text, cable), 'nothing lost').toBeNull();
  return cable;
}
const paragraph = (cable: Cable, anchor: string) => cable.paragraphs.find((p) => p.anchor === anchor)!;
const titles = (cable: Cable) => cable.sections.map((s) => s.title);

describe('spaced-dash rules `- - - - -` under and over headings', () => {
  test('06MANAGUA1002: underlined headings are headings, not the end of the paragraph before', () => {
    const cable = corpusCable('06MANAGUA1002');
    expect(titles(cable)).toContain('Ordering of Torture, Killings, and Mass Murder');
    expect(paragraph(cable, 'par3').text.endsWith('with the Inter-American Commission on Human Rights (IACHR).')).toBe(true);
    expect(cable.paragraphs.some((p) => p.text.includes('- - -'))).toBe(false);
  });

  test('09KAMPALA679: a heading between two spaced rules', () => {
    const cable = corpusCable('09KAMPALA679');
    expect(titles(cable)).toEqual(['Summary', 'MILITARY UPDATE', 'POLITICAL ENVIRONMENT', 'HUMANITARIAN SITUATION']);
    expect(paragraph(cable, 'par1').text.endsWith('End Summary.')).toBe(true);
  });
});

describe('sentence-case headings alone between blank lines', () => {
  test('10ASTANA251: `Visit overview` before ¶2 is a heading, also two stacked ones', () => {
    const cable = corpusCable('10ASTANA251');
    expect(titles(cable)).toEqual(expect.arrayContaining(['Visit overview', 'Domestic political perspective', 'Military/defense perspective', 'Ministry of defense', 'Final words']));
    expect(paragraph(cable, 'par1').text.endsWith('upcoming visit to Astana, Kazakhstan.')).toBe(true);
    expect(paragraph(cable, 'par48').text.endsWith('under the Finance Ministry.')).toBe(true);
  });

  test('04ANKARA348: `The deeper challenges for erdogan` before ¶11', () => {
    const cable = corpusCable('04ANKARA348');
    expect(titles(cable)).toContain('The deeper challenges for erdogan');
    expect(paragraph(cable, 'par10').text.endsWith('he wants a successful visit.')).toBe(true);
  });
});

describe('one paragraph per line: headings between or glued to paragraph lines', () => {
  test('08USUNNEWYORK1130: a capital line straight between two ¶ lines is a heading', () => {
    const cable = corpusCable('08USUNNEWYORK1130');
    expect(titles(cable)).toContain('ARABS FRUSTRATED WITH BASHIR; FRANCE NEEDS CLEAR MESSAGE');
    expect(paragraph(cable, 'par2').text.endsWith('entrench himself.')).toBe(true);
  });

  test('10BRASILIA61: one-word title-case headings (`Honduras`, `Haiti`)', () => {
    const cable = corpusCable('10BRASILIA61');
    expect(titles(cable)).toEqual(expect.arrayContaining(['Honduras', 'Venezuela', 'Bolivia, Colombia, Chile', 'Haiti', 'Visits and Coordination']));
    expect(paragraph(cable, 'par5').text.endsWith('if Uribe doesn’t run.')).toBe(true);
  });

  test('03BRASILIA698: a heading WikiLeaks joined to the end of the paragraph line', () => {
    const cable = corpusCable('03BRASILIA698');
    expect(titles(cable)).toEqual(expect.arrayContaining(['Treaty Ratification', 'Recommendation']));
    expect(paragraph(cable, 'par15').text.endsWith('whether or not the legislation is TRIPS compliant.')).toBe(true);
    expect(cable.warnings).toContainEqual({ line: 61, message: 'heading glued to the text before it split off: "Treaty Ratification"' });
  });

  test('06JEDDAH700: a redaction line is not a heading', () => {
    expect(titles(corpusCable('06JEDDAH700'))).not.toContain('XXXXXXXXXXXX');
  });
});

describe('underlined headings after a paragraph that ends oddly, and //HEADING// lines', () => {
  test('05NEWDELHI2606: after `End Comment)` and after `(J&K).`', () => {
    const cable = corpusCable('05NEWDELHI2606');
    expect(titles(cable)).toEqual(expect.arrayContaining(['Detention Center Visits', 'COAS: Velvet Glove, Iron Fist']));
    expect(paragraph(cable, 'par4').text.endsWith('End Comment)')).toBe(true);
  });

  test('06SEOUL2238: a sentence-case heading after a lone `.` line', () => {
    const cable = corpusCable('06SEOUL2238');
    expect(titles(cable)).toContain('Political reaction');
    expect(paragraph(cable, 'par5').text.endsWith('second Taepodong II missile. .')).toBe(true);
  });

  test('07COLOMBO728: after `END SUMMARY.` in capitals', () => {
    const cable = corpusCable('07COLOMBO728');
    expect(titles(cable)).toContain('GSL Finds Paramilitaries Useful');
    expect(paragraph(cable, 'par1').text.endsWith('END SUMMARY.')).toBe(true);
  });

  test('09MADRID551: `//US-SPAIN RELATIONS//` alone before ¶2', () => {
    const cable = corpusCable('09MADRID551');
    expect(titles(cable)).toEqual(expect.arrayContaining(['US-SPAIN RELATIONS', 'RUBALCABA AND HIS MINISTRY']));
    expect(paragraph(cable, 'par1').text.endsWith('END SUMMARY.')).toBe(true);
  });

  test('09SINGAPORE529: a country name under a participants list stays in the list', () => {
    const cable = corpusCable('09SINGAPORE529');
    expect(titles(cable)).not.toContain('SINGAPORE');
    expect(paragraph(cable, 'par2').text).toContain('(Notetaker) SINGAPORE Minister Mentor');
  });
});

describe('signatures', () => {
  test.each([
    ['08SANJOSE882', 'CIANCHETTE', 'par8', 'END COMMENT.'],
    ['09CONAKRY797', 'MOLLER Moller', 'par10', 'move to democratic elections.'],
    ['09ROME1187', 'THORNE', 'par10', 'END COMMENT'],
    ['09PRETORIA954', 'LA LIME', 'par10', 'rings true for South Africa in 2009.'],
  ])('%s: signature %s, not in the last paragraph', (id, signature, anchor, ending) => {
    const cable = corpusCable(id);
    expect(cable.signature).toBe(signature);
    expect(paragraph(cable, anchor).text.endsWith(ending)).toBe(true);
  });
});

describe('paragraph numbers inside a line (one paragraph per line)', () => {
  test('05BRASILIA1130: `ARTICLE 98: 5. (C) …` and `… with the U.S. 8. (U) …`', () => {
    const cable = corpusCable('05BRASILIA1130');
    expect(cable.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(titles(cable)).toContain('ARTICLE 98');
    expect(paragraph(cable, 'par4').text.endsWith('the possibility of participation.')).toBe(true);
    expect(paragraph(cable, 'par7').text.endsWith('an Article 98 agreement with the U.S.')).toBe(true);
    expect(paragraph(cable, 'par8')).toMatchObject({ marking: 'U', text: 'The Assistant Secretary cleared this cable.' });
  });

  test('09TRIPOLI686: ¶1 glued to the end of the Classified By line', () => {
    const cable = corpusCable('09TRIPOLI686');
    expect(paragraph(cable, 'par1')).toMatchObject({ marking: 'C' });
    expect(paragraph(cable, 'par1').text.startsWith('Summary: Libyan leader Muammar al-Qadhafi')).toBe(true);
    expect(cable.header[cable.header.length - 1]!.endsWith('REASON: 1.4 (b), (d)')).toBe(true);
  });
});

describe('page headers and odd paragraph starts', () => {
  test('08TEGUCIGALPA459: a page header joined into a sentence is reported with its line and kept in place', () => {
    const cable = corpusCable('08TEGUCIGALPA459');
    expect(cable.warnings).toContainEqual({ line: 52, message: 'page header inside the line kept in place: "TEGUCIGALP 00000459 002 OF 004"' });
    expect(paragraph(cable, 'par6').text).toContain('he delivered a TEGUCIGALP 00000459 002 OF 004 ringing speech');
  });

  test('09USEUBRUSSELS948: `¶8. (U)` after a garbled line is paragraph 8', () => {
    const cable = corpusCable('09USEUBRUSSELS948');
    expect(paragraph(cable, 'par8')).toMatchObject({ marking: 'U' });
    expect(paragraph(cable, 'par8').text.startsWith('Commission and')).toBe(true);
    expect(cable.warnings).toContainEqual({ line: 133, message: 'paragraph 7 missing between 6 and 8' });
  });
});

describe('telegram trailer after the signature', () => {
  test('04VATICAN3196: `HARDT` / `NNNN` / `2004VATICA03196 - Classification:` leave ¶6, stay after the name, and are reported', () => {
    const cable = corpusCable('04VATICAN3196');
    expect(paragraph(cable, 'par6').text.endsWith('Turkish Catholics.')).toBe(true);
    expect(cable.signature).toBe('HARDT NNNN 2004VATICA03196 - Classification: CONFIDENTIAL');
    expect(cable.warnings).toContainEqual({ line: 40, message: expect.stringContaining('telegram trailer after the signature') });
  });

  test('10STATE17263: `CLINTON` / `NNNN` / `End Cable Text`', () => {
    const cable = corpusCable('10STATE17263');
    expect(paragraph(cable, 'par77').text.endsWith('Russian Embassy')).toBe(true);
    expect(cable.signature!.startsWith('CLINTON')).toBe(true);
  });
});

describe('more underlined headings glued to the paragraph before', () => {
  test.each([
    ['08LONDON797', 'Systemic Insolvency Is Now The Problem', 'par1', 'recapitalize all major banks. END SUMMARY'],
    ['07KUWAIT808', 'Cash Couriers Continue to Be Problematic', 'par15', 'xxxxxxxxxxxx'],
    ['09UNVIEVIENNA553', 'Infighting and Confusion Driving the Nuclear Issue', 'par8', 'with a Westerner.'],
  ])('%s: "%s"', (id, title, anchor, ending) => {
    const cable = corpusCable(id);
    expect(titles(cable)).toContain(title);
    expect(paragraph(cable, anchor).text.endsWith(ending)).toBe(true);
  });
});

test('05PARIS4749: a partial extract without classification line takes its highest portion marking, with a warning', () => {
  const cable = corpusCable('05PARIS4749');
  expect(cable.classification).toBe('SECRET');
  expect(cable.warnings).toContainEqual({ line: 1, message: 'no classification line: SECRET taken from the highest portion marking' });
});

test('07PARIS2027: a heading underlined line by line is one heading; 06MINSK311 keeps its subheading', () => {
  const cable = corpusCable('07PARIS2027');
  expect(titles(cable)).toContain('Minister of Foreign and European Affairs ) Bernard Kouchner');
  expect(titles(cable)).toContain('Minister of Health, Youth and Sports ) Roselyn Bachelot');
  expect(titles(cable)).not.toContain('Minister of Foreign and European');
  expect(titles(corpusCable('06MINSK311'))).toContain('Lukashenko’s Opening Remarks');
});

test('10BRASILIA49: a glued heading of eleven words', () => {
  const cable = corpusCable('10BRASILIA49');
  expect(titles(cable)).toContain('State of Play: An Expected Rise, A Long Way to Go');
  expect(paragraph(cable, 'par1').text.endsWith('End summary.')).toBe(true);
});

describe('classification block lines end a wrapped SUBJECT', () => {
  test('10MEXICO83: `DERIVED FROM:` under the subject is header, not subject', () => {
    const cable = corpusCable('10MEXICO83');
    expect(cable.subject).toBe('Scenesetter for the Opening of the Defense Bilateral Working Group, Washington, D.C., February 1');
    expect(cable.header).toContain('DERIVED FROM: DSCG 05-1 B, D');
  });
});
