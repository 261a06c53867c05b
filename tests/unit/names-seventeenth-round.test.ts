/**
 * The rules of the seventeenth round (issue 7), each on a real excerpt of dev (set 16 joined it this
 * round), by ../shared/NAMES-GUIDE.md. Each rule is about a class a new cable brings (the Western
 * world, a Malay style, a patronymic name's initials, a region's hyphen written as a space), not one
 * name; each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { entitiesOf, guessedNames, named, names } from '../helpers/names.ts';

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

describe('Malay styles', () => {
  test('`Tun`, `Tengku` opening a name are titles; `Tengku` inside one is the name’s (07KUALALUMPUR1446)', () => {
    expect(names(' He exhorted Fairuz\'s loyalty and "sacrifices" and added that even former Chief Justice Tun Eusoff Chin had told him that Fairuz is "110% loyal.')).toEqual([
      'person:Fairuz', 'person:Eusoff Chin', 'person:Fairuz',
    ]);
    expect(names('Also implicated in the conversation were business tycoon and former PM Mahathir crony Vincent Tan and his business partner Tengku Adnan Tengku Mansor, then minister in the PM\'s Department, and currently the Tourism Minister.')).toContain('person:Adnan Tengku Mansor');
    expect(names(' In July 2007, Judicial Commissioner Tengku Maimon Tuan Mat dismissed the suit without hearing the merits of the case')).toEqual(['person:Maimon Tuan Mat']);
  });

  test("a style alone is no name (07KUALALUMPUR1446: `the honorific title of 'Tan Sri'`)", () => {
    expect(names(" Based on Lingam's conversation, both Tan and Adnan had apparently played an instrumental role in the appointment of judges as well to secure the honorific title of 'Tan Sri' for Ahmad Fairuz.")).not.toContain('person:Tan Sri');
  });

  test('`DPM` (Deputy Prime Minister) is a title (07KUALALUMPUR1446)', () => {
    expect(names('Former DPM Anwar stated that the revelations proved his appeals against his sodomy and abuse of power convictions "were tainted"')).toEqual(['person:Anwar']);
  });
});

describe("a patronymic name's initials", () => {
  test('`Hamad bin Jassim (HBJ)`: the capitals spell the words’ initials, `bin` too, and `HBJ` is that person (09DOHA733)', async () => {
    expect(named(await entitiesOf('09DOHA733'), /HBJ|Hamad/)).toEqual(['person:Hamad bin Jassim Al Thani:12']);
  });
});

describe("a region's hyphen written as a space", () => {
  test('`KwaZulu Natal` is the gazetteer’s `KwaZulu-Natal`, no person (09PRETORIA954)', () => {
    expect(guessedNames(' In 1996, he was re-elected as Chair of the ANC in KwaZulu Natal and the same year became the ANC’s National Chairperson')).toEqual([
      'organization:ANC', 'place:KwaZulu Natal', 'organization:ANC',
    ]);
  });
});

describe("a party's member in the singular", () => {
  test('`the Sandinistas` in the cable: `a former Sandinista`, `Sandinista cover-up methods` are the party (06MANAGUA1002)', async () => {
    expect(named(await entitiesOf('06MANAGUA1002'), /^Sandinistas?$/)).toEqual(['organization:Sandinista:5', 'organization:Sandinistas:2']);
  });

  test('a family by its plural leaves its member’s surname a person (09TELAVIV1098: `the Alperons`, `Yaakov Alperon`)', async () => {
    expect(named(await entitiesOf('09TELAVIV1098'), /Alperon/)).toEqual(['person:Yaakov Alperon:15', 'organization:Alperons:1']);
  });
});

describe("a party's nouns", () => {
  test('`coalition`, `parliamentarians` beside a lone name make it a body (07PORTAUPRINCE408: `Lespwa`)', async () => {
    expect(names("What is the status of Preval's Lespwa coalition?")).toContain('organization:Lespwa');
    expect(names(' Senate President Joseph Lambert, has emerged as a leader among Lespwa parliamentarians, but devotes')).toContain('organization:Lespwa');
    expect(named(await entitiesOf('07PORTAUPRINCE408'), /^Lespwa$/)).toEqual(['organization:Lespwa:8']);
  });
});

describe('a lone guessed name that speaks', () => {
  test('a one-word name a verb of speech follows is someone, marked without the site (09UNVIEVIENNA553: `Mashaie said`; 09KYIV1942: `Nykonenko said`)', async () => {
    expect(named(await entitiesOf('09UNVIEVIENNA553'), /^Mashaie$/)).toEqual(['person:Mashaie:7']);
    expect(named(await entitiesOf('09KYIV1942'), /^Nykonenko$/)).toEqual(['person:Nykonenko:35']);
  });
});
