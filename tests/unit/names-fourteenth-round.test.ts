/**
 * The rules of the fourteenth round (issue 7), each on a real excerpt of set 13 (which joined dev
 * this round), by ../shared/NAMES-GUIDE.md. Each rule is about a word's shape, a designator or a
 * questionnaire's layout, not one name; each test fails without its rule.
 */
import { describe, expect, test } from 'vitest';
import { guessedNames, names } from '../helpers/names.ts';

describe("set 13's classes", () => {
  test("letters the glossary gives a region's meaning are a place (09PESHAWAR41: `FATA`, `NWFP`)", () => {
    expect(names('¶A. Yes. There are numerous religious communities and organizations within the NWFP and FATA, including a high volume of violent Islamist islamaci radical groups'))
      .toEqual(['place:NWFP', 'place:FATA']);
    // A body's letters stay a body's (the glossary's `ISI`: an agency).
    expect(names("¶D. Yes, Pakistan's Inter-Services Intelligence (ISI) is professional and capable of deterring terrorist actions.")).toContain('organization:ISI');
  });

  test('`Consulate` alone is the post, as `Embassy` is: no body (09PESHAWAR41)', () => {
    expect(names('Indiscriminate attacks have occurred directly in front of Consulate facilities/residences and as close as 400 meters from the Consulate. On two separate occasions'))
      .toEqual([]);
    expect(names('ii. No, Consulate Peshawar is located within the confines of a Military cantonment')).toEqual(['place:Peshawar']);
  });

  test("a list's letter opening a paragraph is no initial (09PESHAWAR41: `¶C. U.S. Consulate Peshawar`)", () => {
    expect(names('¶C. U.S. Consulate Peshawar')).not.toContain('organization:C. U.S. Consulate');
    expect(names('¶G. U.S. Consulate Peshawar which is located in Peshawar.')).toContain('place:U.S.');
  });

  test('a word opening a sentence before `the` is no part of a body (09PESHAWAR41, 09LONDON339)', () => {
    expect(names('Pakistani officials have been very responsive. At the Consulate in Peshawar, we have a platoon of Capital City Police'))
      .toEqual(['place:Peshawar', 'organization:Capital City Police']);
    expect(names('Embassy comment: Although the Foreign Office appears interested in developing a more focused and strategic policy on Nigeria'))
      .toContain('organization:Foreign Office');
  });

  test("a section's Roman numeral is no body (09PESHAWAR41: `III. (S) Host Country Capabilities`)", () => {
    expect(names('III. (S) Host Country Capabilities')).toEqual([]);
  });

  test('a word of a doctrine\'s shape is no person; an `-ology` word is a movement (07HAMBURG73)', () => {
    const excerpt = 'On August 7, Hamburg’s Interior Minister Udo Nagel (independent) announced the proposal to ban Scientology under Germany’s Law';
    expect(guessedNames(excerpt)).toContain('organization?:Scientology');
    expect(guessedNames(excerpt)).not.toContain('person?:Scientology');
    // A name of no such shape is still a guessed person (`Caberta`, the same cable).
    expect(guessedNames('Caberta stated that Scientology has declared “war on Europe.”')).toEqual(['person?:Caberta', 'organization?:Scientology', 'place:Europe']);
  });

  test("a militant group's or a charity's designator makes a body (09PESHAWAR41: `Jamiat`, `Harakat`, `Mujahideen`, `Trust`)", () => {
    const groups = names('Harakat ul-Mujahideen aka Jamiat ul-Ansar, harakat ul-Mujahideen al-Alami, Al-Badr Mujahideen, Hizbul Mujahideen, Harakat ul Ansar, Lashkar I-Jhangvi');
    expect(groups).toEqual(expect.arrayContaining(['organization:Jamiat ul-Ansar', 'organization:Al-Badr Mujahideen', 'organization:Harakat ul Ansar']));
    expect(groups).not.toContain('person:Jamiat ul-Ansar');
    expect(names('¶D. Yes, some Islamic charities include al-Rashid Trust, Al-Akhtar Trust, Idara, Khidmat-e-Khalq.'))
      .toEqual(expect.arrayContaining(['organization:al-Rashid Trust', 'organization:Al-Akhtar Trust']));
  });

  test("a thing's letters before a number are no road's code (10COPENHAGEN69: `COP-15`, a conference)", () => {
    expect(names("South Africa's hosting of COP-17 in 2011);")).toEqual(['place:South Africa']);
    // A road's code stays a place (06BRASILIA1667, the guide's roads).
    expect(names("Summary: BR-163 is an unpaved highway located in Brazil's Amazon Forest")).toContain('place:BR-163');
  });

  test('an Urdu `-i-`/`-e-` between hyphens joins one name (09PESHAWAR41: `Jaish-i-Muhammad`, `Hizb-e-Islami Khalis`)', () => {
    const groups = names('Jaish-i-Muhammad (banned by the GOP) aka Khudam-ul-Islam, Hizb-e-Islami Khalis, Tehrik Nefaz I-Shariat Muhammadi (banned by the GOP), Taliban and Al Qaeda.');
    expect(groups).toEqual(expect.arrayContaining(['organization:Jaish-i-Muhammad', 'organization:Hizb-e-Islami Khalis']));
    expect(groups).not.toContain('person:Muhammad');
  });
});
