import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { detectPublisher } from '../../src/lib/citation.ts';
import { decodeCable } from '../../src/lib/decode.ts';
import { listCableFiles, readCable } from '../../src/lib/read.ts';

test('every corpus cable is a WikiLeaks copy, whatever its form', async () => {
  const files = await listCableFiles('seeds/cablegate');
  expect(files).toHaveLength(250);
  for (const file of files) {
    const cable = await readCable(file);
    expect.soft(detectPublisher(decodeCable(readFileSync(file)).text, cable), file).toBe('WikiLeaks');
  }
});
