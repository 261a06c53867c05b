/**
 * The rules of the sixteenth round (issue 7), each on a real excerpt of dev (set 15 joined it this
 * round), by ../shared/NAMES-GUIDE.md. Each rule is about a code's shape, a designator, a treaty's
 * head word or letters a list knows, not one name; each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { entitiesOf, named, names } from '../helpers/names.ts';

describe("a site's first word", () => {
  test('`Dair`, `Deir` open a place, as `Ras` and `Wadi` do (09UNVIEVIENNA289: `Dair Alzour`)', async () => {
    expect(names('the origin of the anthropogenic uranium found at Dair Alzour and expressed concern')).toEqual(['place:Dair Alzour']);
    expect(named(await entitiesOf('09UNVIEVIENNA289'), /Dair/)).toEqual(['place:Dair Alzour:22']);
  });
});

describe("a treaty's name in the plural", () => {
  test('`Conventions`, `Protocols`, `Agreements` end a treaty\'s name as the singular does: no person (06BRUSSELS524: `the Geneva Conventions`)', async () => {
    const entities = await entitiesOf('06BRUSSELS524');
    expect(named(entities, /Geneva/)).toEqual([]);
    // The people of the same paragraphs stay.
    expect(named(entities, /^(?:John )?Bellinger$/).length).toBe(1);
  });
});
