/**
 * The rules of the seventeenth round (issue 7), each on a real excerpt of dev (set 16 joined it this
 * round), by ../shared/NAMES-GUIDE.md. Each rule is about a class a new cable brings (the Western
 * world, a Malay style, a patronymic name's initials, a region's hyphen written as a space), not one
 * name; each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { entitiesOf, named, names } from '../helpers/names.ts';

describe('the West', () => {
  test('`the West` is a place, as dev labels it (06MINSK311, 09UNVIEVIENNA553)', () => {
    expect(names('The President lambasted the West for its criticisms of early voting, claiming that the practice existed in “super democracies” such as the U.S. and Germany.')).toEqual([
      'place:West', 'place:U.S.', 'place:Germany',
    ]);
    expect(names(' Nevertheless, Rafsanjani suggested that it would be helpful if the West spoke out against the election fraud and human rights violations that followed.')).toEqual([
      'person:Rafsanjani', 'place:West',
    ]);
  });

  test('a run going on past `West` is another name (`the West Bank`, 09STATE80163)', () => {
    expect(names('activities in Gaza, Jordan, Lebanon, Syria, and the West Bank, and its relations with HAMAS')).toEqual([
      'place:Gaza', 'place:Jordan', 'place:Lebanon', 'place:Syria', 'place:West Bank', 'organization:HAMAS',
    ]);
  });

  test("the cable's every `the West` is one place (06MINSK311)", async () => {
    expect(named(await entitiesOf('06MINSK311'), /^West$/)).toEqual(['place:West:7']);
  });
});
