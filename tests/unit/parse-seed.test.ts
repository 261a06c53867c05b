import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAnnotations } from '../../src/lib/annotations.ts';
import { decodeCable } from '../../src/lib/decode.ts';
import { headerFacts } from '../../src/lib/header.ts';
import { checkNothingLost } from '../../src/lib/invariants.ts';
import { parseCable } from '../../src/lib/parse.ts';
import { readCable } from '../../src/lib/read.ts';

const seedFile = 'seeds/000_20ae7434d121b7bb.txt';
const expected = JSON.parse(readFileSync('tests/fixtures/seed.expected.json', 'utf8'));

describe('the seed cable (news-site form)', () => {
  test('readCable gives exactly the pinned JSON', async () => {
    expect(await readCable(seedFile)).toEqual(expected);
  });

  test('id, subject and notice come from the title line and the partial-extract notice', async () => {
    const cable = await readCable(seedFile);
    expect(cable.id).toBe('guatemala-mexico-border-issues-staffdel-meacham');
    expect(cable.referenceId).toBeNull();
    expect(cable.subject).toBe('Guatemala/Mexico Border Issues, Staffdel Meacham');
    expect(cable.partial).toBe(true);
    expect(cable.header).toEqual([
      'This record is a partial extract of the original cable. The full text of the original cable is not available.',
      'E.O. 12958: N/A',
    ]);
    expect(headerFacts(cable)).toEqual({ eo: 'E.O. 12958: N/A', classifiedBy: null });
  });

  test('sections: summary ¶1–3, resources ¶4–6, vetting ¶7, comment ¶8–9', async () => {
    const cable = await readCable(seedFile);
    expect(cable.sections.map((s) => [s.id, s.kind, s.title, s.paragraphs])).toEqual([
      ['summary', 'summary', 'Summary', ['par1', 'par2', 'par3']],
      ['resources', 'body', 'People, Practices, and Equipment', ['par4', 'par5', 'par6']],
      ['vetting', 'body', 'Vetting Human Assets, Reorientation of Military', ['par7']],
      ['comment', 'comment', 'Comment', ['par8', 'par9']],
    ]);
    expect(cable.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(cable.paragraphs[5]!.text).toContain('only one helicopter and five pick-up trucks');
    expect(cable.paragraphs[7]!.text.endsWith('in regard to corruption. End')).toBe(true);
  });

  test('without the annotation file the headed sections take heading slugs', () => {
    const text = decodeCable(readFileSync(seedFile)).text;
    const cable = parseCable(text, { file: seedFile });
    expect(cable.sections.map((s) => s.id)).toEqual([
      'summary', 'people-practices-and-equipment', 'vetting-human-assets-reorientation-of-military', 'comment',
    ]);
  });

  test('an annotation label replaces the shown title', () => {
    const text = decodeCable(readFileSync(seedFile)).text;
    const annotations = parseAnnotations('sections:\n  - heading: "people, practices and equipment"\n    id: resources\n    label: Resources\n', 'x.yaml');
    const cable = parseCable(text, { file: seedFile, annotations });
    expect(cable.sections[1]).toMatchObject({ id: 'resources', title: 'Resources' });
  });

  test('nothing from the footer on is in any field, and nothing else is lost', async () => {
    const cable = await readCable(seedFile);
    const json = JSON.stringify(cable);
    for (const footerWord of ['Scoop', 'Bachelet', 'Myanmar', 'UNFCCC']) expect(json).not.toContain(footerWord);
    expect(checkNothingLost(readFileSync(seedFile, 'utf8'), cable)).toBeNull();
  });
});
