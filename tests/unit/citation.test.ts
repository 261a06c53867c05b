import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { citationFor, detectPublisher, paragraphCitation } from '../../src/lib/citation.ts';
import { decodeCable } from '../../src/lib/decode.ts';
import { parseCable } from '../../src/lib/parse.ts';
import { readCable } from '../../src/lib/read.ts';
import type { Cable } from '../../src/lib/types.ts';

const seedFile = 'seeds/000_20ae7434d121b7bb.txt';

async function read(file: string): Promise<{ cable: Cable; text: string }> {
  return { cable: await readCable(file), text: decodeCable(readFileSync(file)).text };
}

describe('the seed (Scoop)', () => {
  test('cable citation: subject, partial extract, via Scoop', async () => {
    const { cable, text } = await read(seedFile);
    expect(detectPublisher(text, cable)).toBe('Scoop');
    const citation = citationFor(cable, 'Scoop');
    expect(citation).toEqual({
      text: '"Guatemala/Mexico Border Issues, Staffdel Meacham", cable (partial extract, via Scoop)',
      path: '/cables/guatemala-mexico-border-issues-staffdel-meacham/',
      publisher: 'Scoop',
    });
  });

  test('¶6 citation as the DOM contract writes it', async () => {
    const { cable } = await read(seedFile);
    const par6 = cable.paragraphs.find((p) => p.anchor === 'par6')!;
    expect(paragraphCitation(citationFor(cable, 'Scoop'), par6, 'http://HOST')).toBe(
      '"Guatemala/Mexico Border Issues, Staffdel Meacham", cable (partial extract, via Scoop), ¶6, http://HOST/cables/guatemala-mexico-border-issues-staffdel-meacham/#par6',
    );
  });

  test('the footer alone is enough to tell Scoop (the seed without its title line)', async () => {
    const text = decodeCable(readFileSync(seedFile)).text;
    const withoutTitle = text.slice(text.indexOf('\n') + 1);
    expect(detectPublisher(withoutTitle, parseCable(withoutTitle, { file: seedFile }))).toBe('Scoop');
  });
});

describe('Cablegate copies (WikiLeaks)', () => {
  test('a partial extract: subject, reference id, post; no date in the copy', async () => {
    const { cable, text } = await read('seeds/cablegate/04AMMAN1288.txt');
    expect(citationFor(cable, detectPublisher(text, cable)).text).toBe(
      '"MUASHER ON PRODUCTIVE KUWAIT MEETING, PERSISTENT PROBLEMS WITH SYRIA", cable 04AMMAN1288, AMMAN (partial extract, via WikiLeaks)',
    );
  });

  test('a whole telegram: origin and date, no partial caveat', async () => {
    const { cable, text } = await read('seeds/cablegate/10MAPUTO86.txt');
    const citation = citationFor(cable, detectPublisher(text, cable));
    expect(citation.text).toBe(
      '"XXXXXXXXXXXX TALKS OF CORRUPTION AT THE HIGHEST LEVELS OF GOVERNMENT", cable 10MAPUTO86, AMEMBASSY MAPUTO, 28 January 2010 (via WikiLeaks)',
    );
    expect(citation.path).toBe('/cables/10MAPUTO86/');
    const par3 = cable.paragraphs.find((p) => p.anchor === 'par3')!;
    expect(paragraphCitation(citation, par3, 'https://cables.example')).toBe(`${citation.text}, ¶3, https://cables.example/cables/10MAPUTO86/#par3`);
  });

  test('quotes inside a subject become single quotes; a leading portion marking is dropped', async () => {
    const stockholm = await read('seeds/cablegate/09STOCKHOLM615.txt');
    expect(stockholm.cable.subject).toBe('"WE LOOK UNCOORDINATED": SWEDES "EMBARRASSED" BY EU BEHAVIOR AT AHMADINEJAD SPEECH');
    expect(citationFor(stockholm.cable, 'WikiLeaks').text).toBe(
      `"'WE LOOK UNCOORDINATED': SWEDES 'EMBARRASSED' BY EU BEHAVIOR AT AHMADINEJAD SPEECH", cable 09STOCKHOLM615, AMEMBASSY STOCKHOLM, 25 September 2009 (via WikiLeaks)`,
    );
    const rio = await read('seeds/cablegate/09RIODEJANEIRO357.txt');
    expect(rio.cable.subject).toBe(`(C) WAR BY ANY OTHER NAME: RIO'S "INTERNAL ARMED CONFLICT"`);
    expect(citationFor(rio.cable, 'WikiLeaks').text).toMatch(/^"WAR BY ANY OTHER NAME: RIO'S 'INTERNAL ARMED CONFLICT'", cable 09RIODEJANEIRO357, /);
    const bishkek = await read('seeds/cablegate/08BISHKEK1095.txt');
    expect(citationFor(bishkek.cable, 'WikiLeaks').text).toMatch(/^"CANDID DISCUSSION WITH PRINCE ANDREW ON THE KYRGYZ ECONOMY AND THE ‘GREAT GAME’", /);
  });

  test('without a subject the citation starts with the reference id; an unnumbered paragraph has no ¶', async () => {
    const { cable } = await read('seeds/cablegate/04BRASILIA222.txt');
    expect(cable.subject).toBeNull();
    const citation = citationFor(cable, 'WikiLeaks');
    expect(citation.text).toBe('Cable 04BRASILIA222, BRASILIA (partial extract, via WikiLeaks)');
    const unnumbered = { anchor: 'text-1', number: null };
    expect(paragraphCitation(citation, unnumbered, 'https://x.example')).toBe(`${citation.text}, https://x.example/cables/04BRASILIA222/#text-1`);
  });
});

test('a text that is no cable has no publisher and no caveats (seeds/cablegate/SOURCES.md)', () => {
  const text = readFileSync('seeds/cablegate/SOURCES.md', 'utf8');
  const cable = parseCable(text, { file: 'seeds/cablegate/SOURCES.md' });
  expect(detectPublisher(text, cable)).toBeNull();
  expect(citationFor(cable, null).text).not.toContain('(');
});
