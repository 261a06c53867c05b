/**
 * The rules of the twelfth held-out round (issue 7), each on a real excerpt or cable of dev (named
 * in the test; set 11's cables joined dev this round), by ../shared/NAMES-GUIDE.md. Each test fails
 * without its rule.
 */
import { describe, expect, test } from 'vitest';
import { entitiesOf, named, names } from '../helpers/names.ts';

describe('a Pakistani family (07ISLAMABAD5388)', () => {
  test('"Chaudhry" and "Ch." are an honorific before the name, not part of it', () => {
    expect(names('Both Ch. Pervaiz and Ch. Shujaat were ultimately admitted to the inner circle.')).toEqual(['person:Pervaiz', 'person:Shujaat']);
    expect(names('current head of the party’s Punjab chapter, Chaudhry Pervaiz Elahi, as its candidate')).toContain('person:Pervaiz Elahi');
  });

  test('a surname two people share, one of them with a cue, is a person when alone ("Elahi" ×19, "Bhutto" ×7)', async () => {
    const entities = await entitiesOf('07ISLAMABAD5388');
    expect(named(entities, /^(?:Elahi|Bhutto)$/)).toEqual(['person:Elahi:19', 'person:Bhutto:7']);
  });

  test('a family by the plural of a surname the cable gives a person ("the Sharifs" after "Nawaz Sharif")', async () => {
    expect(named(await entitiesOf('07ISLAMABAD5388'), /^Sharifs$/)).toEqual(['person:Sharifs:7']);
  });
});

describe('jargon beside a name (05BRASILIA437)', () => {
  test('"Amcit" before a person is no part of the name', () => {
    expect(names('Warrants for the arrests of three individuals for the murder of Amcit Dorothy Mae Stang have been issued')).toEqual(['person:Dorothy Mae Stang']);
  });

  test('"Para" capitalised mid-sentence without a number is the state, not the jargon', () => {
    expect(names('Violence in Para continued, with the shooting death of the leader of a camp near the town of Parauapebas in southern Para, on February 15.')).toEqual([
      'place:Para', 'place:Parauapebas', 'place:Para',
    ]);
    expect(names('Separately, Para Governor Jatene announced that he would accelerate the plans.')).toEqual(['place:Para', 'person:Jatene']);
    expect(names('As noted in Para 3 above, the talks failed.')).toEqual([]);
  });

  test('so the cable names the state ten times, and the jargon never', async () => {
    expect(named(await entitiesOf('05BRASILIA437'), /^Para$/)).toEqual(['place:Para:10']);
  });

  test('a name without its middle name is the same person, so her surname alone is hers ("Stang" ×11)', async () => {
    // `Amcit Dorothy Mae Stang`, then `Dorothy Stang`, then `Stang's murder`.
    expect(named(await entitiesOf('05BRASILIA437'), /Stang/)).toEqual(['person:Dorothy Mae Stang:14']);
  });

  test("a visitors' guide's jargon is no body (09KUWAIT1135)", () => {
    expect(names('The ICASS charges for a TDYer are posted at 7 EST.')).toEqual([]);
  });
});

describe("a person's bracketed initials (06BEIJING10909)", () => {
  test('"Aung San Suu Kyi (ASSK)" is a person, and so are the initials', async () => {
    expect(names('isolating itself, release Aung San Suu Kyi (ASSK), and begin')[0]).toBe('person:Aung San Suu Kyi');
    expect(named(await entitiesOf('06BEIJING10909'), /Aung|ASSK/)).toEqual(['person:Aung San Suu Kyi:7']);
  });
});

describe('bodies by one word', () => {
  test('"Labour" is the party (10LONDON159)', () => {
    expect(names('With his Labour party trailing in the polls, Brown faces an uphill battle; Afghanistan is not the lightening rod for Labour that Iraq was.')).toEqual([
      'organization:Labour', 'place:Afghanistan', 'organization:Labour', 'place:Iraq',
    ]);
  });

  test('"COLMIL" is the Colombian military (07BOGOTA1232)', () => {
    expect(names('The COLMIL had sent in a counterdrug battalion to the area.')).toEqual(['organization:COLMIL']);
  });
});
