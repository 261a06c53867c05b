import { expect, test } from 'vitest';
import { CLASSIFICATIONS } from '../../src/lib/types.ts';

test('contract lists six classifications', () => {
  expect(CLASSIFICATIONS).toHaveLength(6);
});
