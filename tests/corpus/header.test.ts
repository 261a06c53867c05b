/**
 * The header is read once, by the parser's field rules (src/lib/parse/header-fields.ts); the
 * annotators and the page take its facts from src/lib/header.ts. A cable read back from its JSON
 * (as the page reads it) gets them by running the same rules over the header lines the JSON keeps:
 * on every cable of seeds/, both give the same E.O. and Classified By texts and addresses.
 */
import { expect, test } from 'vitest';
import { headerFields } from '../../src/lib/header.ts';
import { listCableFiles, readCable } from '../../src/lib/read.ts';
import type { Cable } from '../../src/lib/types.ts';

const files = await listCableFiles('seeds');

test.each(files)('%s: the header facts of the JSON are the parser’s', async (file) => {
  const cable = await readCable(file);
  const parsed = headerFields(cable);
  const back = headerFields(JSON.parse(JSON.stringify(cable)) as Cable);
  expect(back.eo?.text ?? null).toBe(parsed.eo?.text ?? null);
  expect(back.classifiedBy?.text ?? null).toBe(parsed.classifiedBy?.text ?? null);
  expect(back.fields.map((field) => field.field)).toEqual(parsed.fields.map((field) => field.field));
  expect(back.addresses.map((address) => `${address.field} ${address.text}`)).toEqual(parsed.addresses.map((address) => `${address.field} ${address.text}`));
});
