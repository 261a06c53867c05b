/**
 * The people and missions the header names: the officer in `Classified By:`, the signature, and
 * the addressees of the `FM`, `TO` and `INFO` lines.
 */
import { displayCase, isPlausibleName, keyOf, LOWER, REDACTION, titleCaseWord, UPPER } from './display.ts';
import type { Address } from '../header.ts';
import { lexicon } from './lexicon.ts';

/**
 * The officer in `Classified By:`, e.g. `Charge d'Affaires Todd Chapman for reasons 1.4 (b+d)` →
 * Todd Chapman. A single word counts only when the signature has the same name: alone it may be a
 * user name (`LDAVIS`, `RBlau`).
 */
export function classifiedByName(classifiedBy: string, signer: string | null): string | null {
  // The reason ends the name: `for reasons 1.4 (b)`, `FO R REASONS`, `reaso ns`, `per 1.4`, `under Section 1.4b/d`.
  const withoutReason = classifiedBy.split(/\s*\b(?:f\s?o\s?r\s+)?r\s?e\s?a\s?s\s?o\s?n|\s*\b(?:for|per|under\s+section)?\s*1\.[45]\b/i)[0]!;
  // Parts between commas or semicolons: `Gene A. Cretz, Ambassador, U.S. Embassy Tripoli`.
  for (const part of withoutReason.split(/[,;]|(?<=\p{L}{2})\.\s+/u)) {
    const words = part.replace(/\.$/, '').trim().split(/\s+/).filter(Boolean);
    while (words.length > 0 && isTitleOrOffice(words[0]!)) words.shift();
    if (words.length === 0 || words.length > 5) continue;
    if (!words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word))) continue;
    if (words.some((word) => REDACTION.test(word))) return null;
    const name = displayCase(words.join(' '), false);
    if (words.length === 1 && keyOf(name) !== (signer === null ? null : keyOf(signer))) continue;
    return isPlausibleName(name) ? name : null;
  }
  return null;
}

/** `Political`, `DCM`, `Pol/Econ`, `ESTOff`, `A/S`: a word of an office, not of a name. */
function isTitleOrOffice(word: string): boolean {
  const lower = word.toLowerCase();
  if (lexicon().titles.has(lower)) return true;
  if (word.includes('/')) return true;
  return /^(?:useu|polm|ecpo|ecopol|estoff|isn|mc|cg|cda|amb\.|econ|pol|for|classified|classifed|by)$/i.test(word);
}

/** The signature as a person (`GNEHM` → Gnehm; `LA LIME` → La Lime); null when it is not a name. */
export function signatureName(signature: string): string | null {
  const words = signature.trim().split(/\s+/);
  while (words.length > 1 && isTitleOrOffice(words[0]!)) words.shift();
  const first = words[0] ?? '';
  if (!/^\p{L}[\p{L}'’-]+$/u.test(first) || REDACTION.test(first)) return null;
  // A particle starts a two-word surname (`LA LIME`, `VAN DIEPEN`).
  const particle = /^(?:la|le|de|del|da|van|von|di|du)$/i.test(first) && words[1] !== undefined && /^\p{L}[\p{L}'’-]+$/u.test(words[1]);
  const written = particle ? `${first} ${words[1]}` : first;
  // `LeBaron` as signed stays; `GNEHM` becomes Gnehm.
  const name = LOWER.test(written) && UPPER.test(written[0]!) ? written : displayCase(written.toUpperCase(), false);
  return isPlausibleName(name) ? name : null;
}

/**
 * Addressees of the `FM`, `TO` and `INFO` lines (the parser's address block) as organisations:
 * embassies, consulates and missions (`AMEMBASSY LONDON` → US Embassy London) and the Washington
 * agencies (`SECSTATE WASHDC` → Secretary of State (Washington)). Collective distribution lists
 * and military commands are left out.
 */
export function addresseeNames(addresses: readonly Address[]): string[] {
  const names = addresses.map((address) => addresseeName(address.text)).filter((name) => name !== null);
  return [...new Set(names)];
}

/** US missions to international bodies, by the code after `USMISSION`. */
const MISSIONS: Record<string, string> = {
  USNATO: 'US Mission to NATO',
  USUN: 'US Mission to the UN (New York)',
  UNVIE: 'US Mission to the UN (Vienna)',
  USOSCE: 'US Mission to the OSCE',
  USEU: 'US Mission to the EU',
};

/** Fixed names for the addressees that are written as codes. */
const ADDRESSEE_NAMES: Record<string, string> = {
  SECSTATE: 'Secretary of State',
  SECDEF: 'Secretary of Defense',
  'THE WHITE HOUSE': 'White House',
  'WHITE HOUSE': 'White House',
  'DEA HQS': 'DEA',
};

/** One address, e.g. `RUEHLO/AMEMBASSY LONDON PRIORITY 0605`, as an organisation's name. */
function addresseeName(address: string): string | null {
  const text = address
    .trim()
    .replace(/^[A-Z0-9]{4,}\//, '') // routing indicator
    .replace(/\s+(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT|FLASH)\b.*$/, '')
    .replace(/\s+\d+\s*$/, '')
    .trim();
  if (text === '' || /COLLECTIVE|POSTS\b|\d/.test(text) || LOWER.test(text)) return null;
  const toBody = MISSIONS[text.split(' ')[0]!];
  if (toBody !== undefined) return toBody;
  const post = /^(AMEMBASSY|AMCONSUL|USMISSION|USINT)\s+(.+)$/.exec(text);
  if (post) {
    const kind = { AMEMBASSY: 'US Embassy', AMCONSUL: 'US Consulate', USMISSION: 'US Mission', USINT: 'US Interests Section' }[post[1]!];
    const mission = MISSIONS[post[2]!.split(' ')[0]!];
    return mission ?? `${kind} ${displayCase(post[2]!)}`;
  }
  const washington = /^(.+?)\s+(?:WASHDC|WASHINGTON\s+DC|WASHINGTON)$/.exec(text);
  if (!washington) return null;
  const agency = washington[1]!;
  const named = ADDRESSEE_NAMES[agency] ?? agencyName(agency);
  return `${named} (Washington)`;
}

/** Acronyms among the addressees that have vowels and more than three letters. */
const AGENCY_ACRONYMS = new Set(['USDA', 'USDOC', 'USAID', 'USIA', 'USTR', 'CJCS', 'NASA', 'OPIC', 'USEU', 'USUN']);

/** `DEPT OF TREASURY` → Department of Treasury; `CIA` stays `CIA`; `DEA HQS` → DEA HQS. */
function agencyName(agency: string): string {
  return agency
    .replace(/\bDEPT\b/g, 'DEPARTMENT')
    .split(' ')
    .map((word) => {
      if (/^(?:OF|AND|THE|FOR)$/.test(word)) return word.toLowerCase();
      // Short words and words without vowels are acronyms (`CIA`, `HQS`, `NSC`).
      if (word.length <= 3 || !/[AEIOU]/.test(word) || AGENCY_ACRONYMS.has(word)) return word;
      return titleCaseWord(word);
    })
    .join(' ');
}

