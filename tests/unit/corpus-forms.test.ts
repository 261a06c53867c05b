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
