/**
 * The rules of the eighteenth round (issue 7), each on a real excerpt of dev (set 17 joined it this
 * round), by ../shared/NAMES-GUIDE.md. Each rule is about a class a nonproliferation or military
 * cable brings (weapons and launch vehicles named like bodies), not one name; each test fails
 * without its rule.
 */
import { describe, expect, test } from 'vitest';
import { entitiesOf, named, names } from '../helpers/names.ts';

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

describe('coined process nouns, holy days', () => {
  test('`Chechenization` (a policy) is no person, nowhere in the cable (06MOSCOW5645)', async () => {
    expect(names('There are two difficulties with Putin’s strategy. First, while Chechenization has been successful in suppressing nationalist separatists within Chechnya,')).toContain('place:Chechnya');
    expect(named(await entitiesOf('06MOSCOW5645'), /^Chechenization$/)).toEqual([]);
  });

  test('a holy day is no name: `Ashura` (10RPODUBAI15)', () => {
    expect(names(' Some within the GPO see the December 27 Ashura demonstrations as equivalent to the 17 Shahrivar demonstrations during the Revolution.')).not.toContain('organization:Ashura');
    expect(names(' The Ashura-day murder of Mousavi’s nephew')).toEqual(['person:Mousavi']);
  });
});

describe('bodies dev labels so', () => {
  test('`the Kremlin` is a body, as dev’s `White House` (06MOSCOW5645)', () => {
    expect(names('the way in which the Kremlin perceives those challenges, and the factors limiting the Kremlin’s ability to respond.')).toEqual(['organization:Kremlin', 'organization:Kremlin']);
  });

  test('`MTCR`, the supplier regime, is a body with its long form (10STATE17263)', () => {
    expect(names(' Additionally, during the Information Exchange (IE) portion of the Missile Technology Control Regime (MTCR) Plenary, a number of presentations')).toContain('organization:MTCR');
  });
});

describe('a family name’s ending', () => {
  test('a lone guessed name ending as family names do is someone, with no title in the cable (06MOSCOW5645)', async () => {
    // `Dudayev had declared independence`, `the wartime alliance between Maskhadov and Basayev`: no title, no cue, no other cable names them.
    expect(named(await entitiesOf('06MOSCOW5645'), /^(?:Dudayev|Maskhadov|Sadullayev|Shevardnadze)$/)).toEqual([
      'person:Dudayev:10', 'person:Shevardnadze:1', 'person:Maskhadov:10', 'person:Sadullayev:2',
    ]);
  });

  test('`-in` is no such ending: `Yeltsin` stays unmarked there (06MOSCOW5645)', async () => {
    expect(named(await entitiesOf('06MOSCOW5645'), /^Yeltsin$/)).toEqual(['person:Yeltsin:5:guess']);
  });
});

describe('a family by its brothers', () => {
  test('`the Yamadayev brothers` is the family’s name, no body (06MOSCOW5645; the guide’s `the Aleman family`)', () => {
    expect(names('Other warlords lined up on one side or the other -- the Yamadayev brothers of Gudermes, for example')).not.toContain('organization:Yamadayev');
  });
});
