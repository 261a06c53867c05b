/**
 * The rules of the sixteenth round (issue 7), each on a real excerpt of dev (set 15 joined it this
 * round), by ../shared/NAMES-GUIDE.md. Each rule is about a code's shape, a designator, a treaty's
 * head word or letters a list knows, not one name; each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { entitiesOf, named, names } from '../helpers/names.ts';

describe('issue codes', () => {
  test("a tasking key's codes, capitals with a hyphen and a number, are no body (09STATE80163: `(FPOL-1)`, `(TERR-5H)`)", () => {
    expect(names('Key Near-Term Issues 1) Darfur/Sudan (FPOL-1) 2) Afghanistan/Pakistan (FPOL-1) 3) Somalia (FPOL-1)')).toEqual([
      'place:Darfur', 'place:Sudan', 'place:Afghanistan', 'place:Pakistan', 'place:Somalia',
    ]);
    expect(names('International Organizations: EU, IAEA, International Arms Control Organizations, OIC, UN 7) Terrorist Threat to UN Operations (TERR-5H).')).toEqual([
      'organization:EU', 'organization:IAEA', 'organization:OIC', 'organization:UN',
    ]);
  });
});

describe("an outline's letter", () => {
  test('a capital and a dot right after `¶` inside a paragraph is a list letter, no initial (09STATE80163: `¶D. UN Security Council`)', () => {
    expect(names('Organizations: AU, EU, UN ¶D. UN Security Council 1) Procedures and Dynamics (FPOL-1)')).toEqual([
      'organization:AU', 'organization:EU', 'organization:UN', 'organization:UN Security Council',
    ]);
  });

  test('no name of the directive opens with an outline letter (09STATE80163: `¶F. UN General Assembly Tactics and Voting Blocs`)', async () => {
    const directive = await entitiesOf('09STATE80163');
    expect(named(directive, /^\p{Lu}\. /u)).toEqual([]);
    expect(named(directive, /^UN General Assembly$/)).toEqual(['organization:UN General Assembly:10']);
  });
});

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

describe('a process', () => {
  test('a `Process` is a document, with no place inside it (09STATE80163: `the Middle East Peace Process`; 05MADRID1141: `the Barcelona Process`)', async () => {
    const directive = await entitiesOf('09STATE80163');
    // 9 `Middle East`: 4 inside the process, 5 the region (2 of them inside a resolution's and a zone's names, left).
    expect(named(directive, /^Middle East$/)).toEqual(['place:Middle East:5']);
    expect(named(directive, /Process$/)).toEqual([]);
    expect(named(await entitiesOf('05MADRID1141'), /Process$/)).toEqual([]);
  });
});

describe("a UN body's name that reads as a programme's", () => {
  test("with letters a list knows as a body's, `… Program (WFP)` and `… Conference (OIC)` are that body (09KAMPALA679, 09STATE80163)", async () => {
    const kampala = await entitiesOf('09KAMPALA679');
    expect(named(kampala, /^(?:World Food Program|WFP)$/)).toEqual(['organization:World Food Program:2']);
    const directive = await entitiesOf('09STATE80163');
    expect(named(directive, /^(?:UN Development Program|UNDP)$/)).toEqual(['organization:UN Development Program:17']);
    expect(named(directive, /Islamic Conference|^OIC$/).length).toBeGreaterThan(0);
    // A summit stays an event though its letters name a body elsewhere (dev's `East Asia Summit (EAS)`).
    expect(named(await entitiesOf('06BEIJING10909'), /East Asia Summit|^EAS$/)).toEqual([]);
  });
});

describe('a short form of a body named by its letters', () => {
  test("`the Agency` after `IAEA`: the head word of the long form the glossary gives the letters is the body's short form (09UNVIEVIENNA289)", async () => {
    const entities = await entitiesOf('09UNVIEVIENNA289');
    expect(named(entities, /^Agency$/)).toEqual(['organization:Agency:42']);
    // The letters stay their own name.
    expect(named(entities, /^IAEA$/)).toHaveLength(1);
  });
});
