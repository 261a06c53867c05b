/**
 * The rules of the fifteenth round (issue 7), each on a real excerpt of dev (set 14 joined it this
 * round), by ../shared/NAMES-GUIDE.md. Each rule is about a word's shape, a designator or a short
 * form the cable defines, not one name; each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { entitiesOf, named } from '../helpers/names.ts';

describe('short forms a cable defines', () => {
  test('a mixed-case short form in brackets after a name joins it (06ABUDHABI1401: `Mohammed bin Zayed (MbZ)`)', async () => {
    const entities = await entitiesOf('06ABUDHABI1401');
    // 24 mentions: the full name once, `MbZ` 23 times (alone, it is found by no other rule).
    expect(named(entities, /Zayed$/)).toContain('person:Mohammed bin Zayed:24');
    expect(named(entities, /^MbZ$/)).toEqual([]);
    // `Muhammad bin Zayid Al-Nahyan (MbZ)`: the initials may leave out the name's last words.
    expect(named(await entitiesOf('03ABUDHABI2641'), /bin Zayid/)).toEqual(['person:Muhammad bin Zayid Al-Nahyan:2']);
  });
});
