/**
 * Weapons, launch vehicles and satellites are no names (../shared/NAMES-GUIDE.md's labels: dev's
 * `F-16`, set 17's `Shahab`, `Safir`, `Taepo Dong`, `BM-25`). A cable says so once, around one
 * mention (`the Shahab-3`, `the Safir space launch vehicle`, `a missile called the …`), then writes
 * the name alone (`the Shahab`, read as a body): so a name used so anywhere in the cable is no name
 * in the whole cable (entities.ts `textCandidates`). A name the lists know as a place or a body
 * (`Iran` in `Iran's missile program`, `Hamas rockets`) stays what it is.
 */
import { knownBody } from './acronyms.ts';
import { lexicon } from './lexicon.ts';
import { isDemonym, isPlace, type GlossaryKnowledge } from './words.ts';

/**
 * A model's number right after a name in mixed case: `Shahab-3`, `Ghadr-110`, `Taepo Dong-2`,
 * `Mirage-2000`, `Shaheen-II`. Not after capitals: `CINDACTA-1`, `CJTF-152` are bodies, `BR-163` a road.
 */
const MODEL_NUMBER = /^-(?:\d|II\b|III\b|IV\b)/;
/** One or two words: a model's name (`Taepo Dong`), not a body's numbered office (`Center for … Airspace Control-1`). */
const SHORT_NAME = /^\S+(?: \S+)?$/;

/** The kind of thing the name qualifies, in lower case; a satellite broadcaster or firm is a body (`Al-Manar satellite television`, `the Eutelstat satellite company`). */
const WEAPON_NOUN = String.raw`(?:(?:space\s+)?launch\s+vehicles?|missiles?|rockets?|satellites?(?!\s+(?:company|companies|television|tv|channels?|stations?|network|broadcast\w*|operator|provider|dish\w*|phones?)\b))`;

/**
 * A missile word right after the name, maybe past a short bracket: `the Safir space launch vehicle
 * (SLV)`, `the Omid (26 kg) satellite`, `the so-called BM-25 missile`, `an SRBM`-type class letters,
 * `missiles of the Taepo Dong class`.
 */
const WEAPON_AFTER = new RegExp(String.raw`^(?:\s*\([^()]{1,20}\))?[\s-]+(?:${WEAPON_NOUN}|SLVs?|[MSI]RBMs?|ICBMs?|SLBMs?|warheads?|launchers?|class)\b`);

/** A description of one after the name: `the Ashura is a two-stage solid propellant missile`. */
const WEAPON_DESCRIBED = new RegExp(String.raw`^\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,4}?${WEAPON_NOUN}\b`);

/** A name given to one, before the name: `a … missile (MRBM) called the Shahab-3`, `this missile, which is known as the BM-25`. */
const WEAPON_CALLED = new RegExp(String.raw`\b${WEAPON_NOUN}\b[^.;]{0,40}?\b(?:called|known\s+as|named)\s+(?:the\s+)?$`);

/** The range that makes it a weapon, around the name: `the short-range KN-02`, `the KN-02, with a range of less than 100 km`. */
const RANGE_BEFORE = /\b(?:short|medium|long|intermediate)[\s-]range\s+(?:the\s+)?$/i;
const RANGE_AFTER = /^,?\s+with\s+a\s+range\b/;

/** A model's numbered letters in brackets right after its numbered name: `the Taepo Dong-1 (TD-1)`; not `CJTF-152 (Arabian Gulf)`. */
const MODEL_SHORT_FORM = /-\d+[A-Z]?\s*\($/;

/** A designation's number: `TD-1`, `BM-25`. */
const NUMBERED = /-\d/;
/** A lower-case letter: a name in mixed case. */
const LOWER_CASE = /\p{Ll}/u;

/** The name at `start`–`end` of `text` is a weapon's, a launch vehicle's or a satellite's. */
export function isWeaponAt(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const after = text.slice(end, end + 80);
  if ((MODEL_NUMBER.test(after) && LOWER_CASE.test(name) && SHORT_NAME.test(name)) || WEAPON_AFTER.test(after) || WEAPON_DESCRIBED.test(after) || RANGE_AFTER.test(after)) return true;
  // The expressions ending at the name scan what is before it: asked only where their last words are.
  const near = text.slice(Math.max(0, start - 16), start);
  const before = text.slice(Math.max(0, start - 80), start);
  return ((near.includes('called') || near.includes(' as ') || near.includes('named')) && WEAPON_CALLED.test(before)) || (near.includes('range') && RANGE_BEFORE.test(before)) || (NUMBERED.test(name) && near.endsWith('(') && MODEL_SHORT_FORM.test(before));
}

/** A name no weapon cue can take away: a place, a body or a people the lists know. */
export function isKnownName(name: string, glossary: GlossaryKnowledge): boolean {
  return isPlace(name) || isDemonym(name) || knownBody(name, glossary) || lexicon().orgNames.has(name.toLowerCase()) || lexicon().stateAcronyms.has(name);
}
