/**
 * The rules of the eighteenth round (issue 7), each on a real excerpt of dev (set 17 joined it this
 * round), by ../shared/NAMES-GUIDE.md. Each rule is about a class a nonproliferation or military
 * cable brings (weapons and launch vehicles named like bodies), not one name; each test fails
 * without its rule.
 */
import { describe, expect, test } from 'vitest';
import { entitiesOf, named } from '../helpers/names.ts';

describe('weapons, launch vehicles and satellites are no names', () => {
  test('a model number, a missile word, a range, a name given: no name anywhere in the cable (10STATE17263)', async () => {
    // `the Shahab-3`, then `The Shahab` alone; `the Safir space launch vehicle (SLV)`; `the Omid (26 kg) satellite`;
    // `the so-called BM-25 missile`; `the short-range KN-02`; `the Taepo Dong-1 (TD-1)`; `the Ashura is a … missile`.
    const entities = await entitiesOf('10STATE17263');
    expect(named(entities, /^(?:Shahab|Safir|Omid|BM-25|KN-02|Taepo Dong|TD-\d|Ghadr|Fateh|Ashura)$/)).toEqual([]);
    // The countries whose programmes they are stay places.
    expect(named(entities, /^(?:Iran|North Korea)$/)).toEqual(['place:Iran:140', 'place:North Korea:66']);
  });

  test('a body’s number in capitals is no model: `CJTF-152 (Arabian Gulf)` keeps the place (10ABUDHABI69)', async () => {
    expect(named(await entitiesOf('10ABUDHABI69'), /Arabian Gulf/)).toEqual(['place:Arabian Gulf:1']);
  });
});
