import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { citationFor, detectPublisher } from '../../src/lib/citation.ts';
import { decodeCable } from '../../src/lib/decode.ts';
import { idConflictOf, publicationsOf, wikileaksUrl } from '../../src/lib/provenance.ts';
import { readCable } from '../../src/lib/read.ts';

const SEED = 'seeds/000_20ae7434d121b7bb.txt';

describe('original publication (issue 10, item 4)', () => {
  test('a Cablegate id links its WikiLeaks cable page', async () => {
    const cable = await readCable('seeds/cablegate/04AMMAN1288.txt');
    expect(publicationsOf(cable, 'WikiLeaks')).toEqual([
      { label: 'WikiLeaks: 04AMMAN1288', href: 'https://wikileaks.org/plusd/cables/04AMMAN1288_a.html' },
    ]);
  });

  test('the seed names Scoop (its furniture) and has no id: Scoop’s site only', async () => {
    const cable = await readCable(SEED);
    const publisher = detectPublisher(decodeCable(readFileSync(SEED)).text, cable);
    expect(publicationsOf(cable, publisher)).toEqual([{ label: 'Scoop (scoop.co.nz)', href: 'https://www.scoop.co.nz/' }]);
  });

  test('no id and no publisher: nothing to link', () => {
    expect(publicationsOf({ referenceId: null }, null)).toEqual([]);
    expect(publicationsOf({ referenceId: 'not-a-cablegate-id' }, null)).toEqual([]);
    expect(wikileaksUrl('09STATE1')).toBe('https://wikileaks.org/plusd/cables/09STATE1_a.html');
  });
});

describe('file id and text id', () => {
  test('05SOFIA1280 holds a Paris cable: the conflict, and the citation warns', async () => {
    const cable = await readCable('seeds/cablegate/05SOFIA1280.txt');
    expect(idConflictOf(cable)).toEqual({ fileId: '05SOFIA1280', textId: '05PARIS5539' });
    expect(citationFor(cable, 'WikiLeaks').text).toBe(
      '"PUTTING OUT BRUSHFIRES: FRANCE AND ISLAMIC EXTREMISM", cable 05SOFIA1280, PARIS (partial extract, via WikiLeaks, warning: filed as 05SOFIA1280, but its text is 05PARIS5539)',
    );
  });

  test('a cable whose text agrees with its file name has no conflict and no warning in its citation', async () => {
    const cable = await readCable('seeds/cablegate/10MAPUTO86.txt');
    expect(idConflictOf(cable)).toBeNull();
    expect(citationFor(cable, 'WikiLeaks').text).not.toContain('warning');
  });
});
