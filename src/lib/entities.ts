/**
 * People, organisations and places a cable names (issue 3, item 4). The text is read by the
 * compromise NLP library (its `people()`, `organizations()` and `places()`); the header adds the
 * officer in `Classified By:`, the signature and the addressees. Pure: no file system.
 * docs/entities.md says how it was measured and what it gets wrong.
 */
import slugify from '@sindresorhus/slugify';
import countries from 'i18n-iso-countries';
import englishCountryNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import nlp from 'compromise';
import { headerFacts } from './header.ts';
import type { Cable, EntityKind, EntityUse, Occurrence, Paragraph } from './types.ts';

/** One name the NLP or the header proposes, before names of the same entity are merged. */
interface Candidate {
  /** Display form: spacing normalised, titles and possessive removed, all-caps names title-cased. */
  name: string;
  kind: EntityKind;
  source: string;
  /** The forms as written in the text (for the occurrence search), e.g. `GUEBUZA` in an all-caps paragraph. */
  written: string[];
}

/** An entity while the cable is read: all candidates of one merged name. */
interface Draft {
  name: string;
  kinds: Map<EntityKind, number>;
  sources: Set<string>;
  /** Names and written forms to look for in the paragraphs. */
  variants: Set<string>;
}

const KIND_ORDER: readonly EntityKind[] = ['person', 'organization', 'place'];

/**
 * Words that the NLP takes for names but that are cable jargon, glossary acronyms or titles: they
 * belong to the glossary (item 1), not to the entities. Compared in lower case, whole name only.
 */
const NOT_A_NAME = new Set([
  // cable jargon and markings
  'sipdis', 'noforn', 'orcon', 'nodis', 'exdis', 'limdis', 'reftel', 'reftels', 'septel', 'ref', 'refs', 'para', 'paras',
  'poloff', 'poloffs', 'emboff', 'emboffs', 'econoff', 'econoffs', 'polcouns', 'econcouns', 'pol', 'econ', 'polecon',
  'dcm', 'charge', 'ambassador', 'staffdel', 'codel', 'codels', 'mission', 'embassy', 'post', 'department', 'dept', 'state',
  'conoff', 'conoffs', 'polmiloff', 'pao', 'rso', 'dao', 'milgroup', 'usaid', 'sbu', 'unclassified', 'confidential',
  'secret', 'summary', 'comment', 'end', 'note', 'text', 'action', 'request', 'bio', 'subject', 'tags',
  // government-of acronyms and the like
  'usg', 'gog', 'gom', 'gob', 'goi', 'gon', 'gop', 'gos', 'got', 'gol', 'gou', 'gok', 'goj', 'goa', 'goc', 'goe', 'gor', 'grm',
  'hmg', 'goh', 'gov', 'govt', 'pm', 'the', 'sg', 'mou', 'us', 'u.s.', 'u.s', 'usa', 'the u.s.',
  'state secretary', 'secretary of state', 'west', 'east', 'north', 'south', 'center',
  // religions, which the tagger sometimes takes for places or organisations
  'muslim', 'muslims', 'christian', 'catholic', 'jewish', 'islam', 'shia', 'sunni',
  // titles on their own
  'president', 'minister', 'secretary', 'senator', 'governor', 'mayor', 'general', 'king', 'queen', 'prince', 'pope',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'the president', 'vice president', 'prime minister', 'foreign minister', 'chairman',
  'congress', 'government', 'parliament', 'administration', 'court', 'ministry', 'the government', 'supreme court',
  // common words the tagger sometimes capitalises into names
  'god', 'internet', 'web', 'downtown', 'capital', 'city', 'region', 'province', 'county', 'district', 'border',
]);

/** The last word of a treaty's, a law's or a plan's name (`North American Free Trade Agreement`). */
const DOCUMENT_NAME = /\b(?:Agreement|Treaty|Act|Bill|Law|Protocol|Convention|Accords?|Resolution|Amendment|Constitution|Plan)$/;

/** Acronyms of states. */
const STATE_ACRONYMS = new Set(['DPRK', 'ROK', 'PRC', 'UAE', 'USSR', 'UK', 'USA', 'DRC', 'FRG', 'GDR', 'KSA', 'ROC']);

/** Months and weekdays, which the NLP sometimes tags as names (`May`, `August`). */
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Words of title or office that can stand before a name (`President Guebuza`, `Charge d'Affaires
 * Todd Chapman`, `Political Counselor Andrew K. Covington`): dropped from the start of a person's name.
 */
const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'deputy', 'foreign', 'fonmin', 'defmin', 'finmin', 'interior', 'secretary',
  'assistant', 'under', 'general', 'ambassador', 'ambassador-designate', 'amb', 'charge', "d'affaires", 'd’affaires',
  'a.i.', 'ai', 'consul', 'senator', 'sen', 'sen.', 'congressman', 'congresswoman', 'rep', 'rep.', 'representative',
  'governor', 'gov', 'gov.', 'mayor', 'king', 'queen', 'prince', 'princess', 'sheikh', 'shaykh', 'emir', 'pope',
  'cardinal', 'archbishop', 'bishop', 'father', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'madam',
  'colonel', 'col', 'col.', 'lt', 'lt.', 'lieutenant', 'gendarme', 'major', 'maj', 'maj.', 'gen', 'gen.', 'admiral',
  'adm', 'adm.', 'captain', 'capt', 'capt.', 'commander', 'sergeant', 'judge', 'justice', 'prosecutor', 'attorney', 'chief', 'director',
  'chairman', 'chairwoman', 'chair', 'chancellor', 'premier', 'speaker', 'leader', 'political', 'economic', 'officer',
  'counselor', 'counsellor', 'minister-counselor', 'polcouns', 'poloff', 'econoff', 'emboff', 'dcm', 'com', 'staffdel',
  'codel', 'sfrc', 'principal', 'section', 'acting', 'former', 'then', 'new', 'senior', 'mission', 'of', 'head',
  'sipdis', 'senators', 'undersecretary', 'defense', 'defence', 'state', 'finance', 'economy', 'staff', 'first',
  'lady', 'legal', 'managing', 'executive', 'manager', 'affairs', 'spokesman', 'spokesperson', 'ambassadors',
  'advisor', 'adviser', 'special', 'envoy', 'commissioner', 'delegate',
]);

/** A run of redaction marks (`XXXXXXXXXXXX`). */
const REDACTION = /X{3,}/i;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** A paragraph written in capitals (older telegrams): more than 20 letters, under 5 % lower case. */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  let lower = 0;
  for (const char of text) {
    if (LOWER.test(char)) {
      letters++;
      lower++;
    } else if (UPPER.test(char)) letters++;
  }
  return letters > 20 && lower / letters < 0.05;
}

/**
 * The slug of an entity's page `/entities/<slug>/`: lower case, ASCII, hyphens (`Todd Chapman` →
 * `todd-chapman`, `São Paulo` → `sao-paulo`). Stable: it depends on the name only.
 */
export function entitySlug(name: string): string {
  let slug = SLUGS.get(name);
  if (slug === undefined) {
    if (SLUGS.size >= 50_000) SLUGS.clear();
    // `McDonough` → `mcdonough`, not `mc-donough`.
    slug = slugify(name, { decamelize: false });
    SLUGS.set(name, slug);
  }
  return slug;
}

/** Slugs already made: merging compares names by slug many times, and slugify builds its patterns on every call. */
const SLUGS = new Map<string, string>();

/** `GUEBUZA` → `Guebuza`, `MCMULLEN` → `McMullen`, `THOMAS-GREENFIELD` → `Thomas-Greenfield`. */
function titleCaseWord(word: string): string {
  const lower = word.toLowerCase();
  const cased = lower.replace(/(^|[-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return cased.replace(/^Mc(\p{L})/u, (_, letter: string) => `Mc${letter.toUpperCase()}`);
}

/** Country initials that the lexicon knows as words (`uk`), kept in capitals. */
const CAPITAL_INITIALS = new Set(['UK', 'US', 'USA', 'USSR', 'UAE', 'DPRK', 'PRC', 'ROK', 'EU', 'UN']);

/**
 * Title-cases the words of a name written in capitals (`NORIEGA` → Noriega, `Ruben COSTAS` →
 * Ruben Costas); keeps acronyms (`U.S.`, `OAS`, `USSR`) and words written in mixed case.
 */
function displayCase(name: string, keepAcronyms = true): string {
  return name
    .split(' ')
    .map((word) => {
      if (LOWER.test(word)) return word;
      if (/^(?:OF|AND|THE|DE|DA|DO|DEL|LA|LE|BIN|AL|VAN|VON)$/.test(word)) return word.toLowerCase();
      const acronym =
        word.includes('.') || (keepAcronyms && (CAPITAL_INITIALS.has(word) || (word.length <= 4 && LEXICON[word.toLowerCase()] === undefined)));
      return acronym ? word : titleCaseWord(word);
    })
    .join(' ')
    .replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** Whether a cleaned name can be an entity at all. */
function isPlausibleName(name: string): boolean {
  if (name.length < 2 || !LETTER.test(name) || REDACTION.test(name)) return false;
  if (!UPPER.test(name[0]!) || /\d/.test(name)) return false;
  const key = name.toLowerCase();
  // `GOG`, `GOM`, `GOF`: "Government of …" acronyms, glossary terms.
  if (NOT_A_NAME.has(key) || CALENDAR.has(key) || /^GO[A-Z]$/.test(name)) return false;
  // A particle alone (`LA` of `LA PAZ` split by the tagger).
  if (/^(?:la|le|el|al|de|del|da|do|san|santa|van|von|bin)$/i.test(name)) return false;
  // Only titles, suffixes or calendar words (`President`, `Ltd`, `May`).
  return !name.split(' ').every((word) => {
    const lower = word.toLowerCase().replace(/\.$/, '');
    return TITLE_WORDS.has(lower) || CALENDAR.has(lower) || COMPANY_SUFFIXES.has(lower);
  });
}

/** Words that end a company's name but are not a name alone. */
const COMPANY_SUFFIXES = new Set(['ltd', 'inc', 'corp', 'co', 'plc', 'sa', 'llc', 'group', 'company']);

/**
 * What `nlp(text)` computes, less the noun-phrase chunker, which `people()`, `organizations()` and
 * `places()` do not use (it costs a tenth of the time; the results are the same).
 */
const TAGGING = nlp.hooks().filter((hook) => hook !== 'chunks');

/** compromise's lexicon: word → its tag. */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;

/** A term as compromise's `json({ terms: { offset: true } })` gives it. */
interface NlpTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** A match of `people()`, `organizations()` or `places()` with its terms. */
interface NlpMatch {
  terms: NlpTerm[];
}

/**
 * Rules in compromise's match language that add what its tagger misses in cables: a name after a
 * title (`President Guebuza`, `Foreign Minister Oldemiro Baloi`), `Ministry of Defense`, a party
 * written in capitals (`the FRELIMO party`, `the ruling party, FRELIMO`), `Central America`.
 */
const EXTRA_TAGS: [match: string, tag: string, group: 0 | undefined][] = [
  [
    '#ProperNoun{0,3} (ministry|department|secretariat|council|committee|commission|court|union|agency|institute|university|assembly|chamber|bank|confederation|federation|association|league|organization|organisation) of the? #ProperNoun+',
    'Organization',
    undefined,
  ],
  ['[@isUpperCase] (party|movement|front)', 'Organization', 0],
  ['(party|movement|front) [@isUpperCase]', 'Organization', 0],
  ['(central|south|north|latin|east|west|southeast|eastern|western) (america|asia|africa|europe)', 'Place', undefined],
  // Person rules last: they take the name back from an organisation run that swallowed it.
  ['(staffdel|codel) [#ProperNoun+]', 'Person', 0],
  ['(#Honorific|president|minister|ambassador|counselor|secretary|senator|governor|mayor|chairman|director|spokesman|judge|deputy)+ [#ProperNoun+]', 'Person', 0],
];

/** Between paragraphs in the text given to the NLP: a blank line, which ends a sentence. */
const PARAGRAPH_BREAK = '\n\n';

/**
 * The names the NLP finds in the paragraphs. They are read as one text (about 15 % less work than
 * one text per paragraph, same results); every match is cut at paragraph ends and its offsets made relative to
 * its paragraph again.
 */
function namesInText(paragraphs: Paragraph[]): Candidate[] {
  const shouting = paragraphs.map((paragraph) => isAllCaps(paragraph.text));
  const starts: number[] = [];
  let text = '';
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) text += PARAGRAPH_BREAK;
    starts.push(text.length);
    // The tagger reads capitals as acronyms; lower case lets its lexicon of names and places work
    // (docs/entities.md compares the options).
    text += shouting[index] ? lowerCaseSameLength(paragraph.text) : paragraph.text;
  });
  const doc = nlp.tokenize(text);
  doc.compute(TAGGING);
  for (const [match, tag, group] of EXTRA_TAGS) {
    doc.match(match).unTag('Organization');
    doc.match(match, group).tag(tag);
  }
  const paragraphAt = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const options = { offset: true, terms: { offset: true } };
  const found: Candidate[] = [];
  const take = (kind: EntityKind, matches: NlpMatch[]): void => {
    // Each match's terms, per paragraph, with offsets into that paragraph's text.
    const perParagraph = paragraphs.map((): NlpMatch[] => []);
    for (const match of matches) {
      let current = -1;
      for (const term of match.terms) {
        const index = paragraphAt(term.offset.start);
        if (index !== current) perParagraph[index]!.push({ terms: [] });
        current = index;
        perParagraph[index]!.at(-1)!.terms.push({ ...term, offset: { start: term.offset.start - starts[index]!, length: term.offset.length } });
      }
    }
    perParagraph.forEach((inParagraph, index) => {
      const original = paragraphs[index]!.text;
      for (const terms of kind === 'person' ? joinAdjacent(inParagraph, original) : inParagraph.map((match) => match.terms)) {
        for (const part of splitParts(terms, kind)) {
          const mentioned = mentionOf(part, kind, original, shouting[index]!);
          if (mentioned === null) continue;
          // Capitals are title-cased for display, except an organisation's in ordinary text (`FRELIMO`).
          const name =
            shouting[index] || mentioned.kind !== 'organization' ? displayCase(mentioned.mention, mentioned.kind !== 'person') : mentioned.mention;
          if (isPlausibleName(name)) found.push({ name, kind: mentioned.kind, source: 'text', written: [mentioned.mention] });
        }
      }
    });
  };
  take('person', doc.people().json(options) as NlpMatch[]);
  take('organization', doc.organizations().json(options) as NlpMatch[]);
  take('place', doc.places().json(options) as NlpMatch[]);
  return found;
}

/** Lower case, character by character where that keeps the length, so offsets stay valid (`İ` stays). */
function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    result += lowered.length === char.length ? lowered : char;
  }
  return result;
}

/** `Celso Ismael` + `Correia's`, which compromise returns as two people, are one name. */
function joinAdjacent(matches: NlpMatch[], text: string): NlpTerm[][] {
  const joined: NlpTerm[][] = [];
  for (const match of matches) {
    const previous = joined.at(-1);
    const last = previous?.at(-1);
    const first = match.terms[0];
    const adjacent = previous && last && first && /^[ ]+$/.test(text.slice(last.offset.start + last.offset.length, first.offset.start));
    // Not after a possessive: `Vice President’s` + `Ann Pickard` are two.
    if (adjacent && !/['’]s?$/u.test(last.text)) previous.push(...match.terms);
    else joined.push([...match.terms]);
  }
  return joined;
}

/**
 * A match cut into the names it lists: at commas, semicolons and slashes (`Paris, France`,
 * `Guatemala/Mexico`), before a bracket (`Agreement (NAFTA)`), and for places at hyphens between
 * names (`Mexico-Guatemala`).
 */
function splitParts(terms: NlpTerm[], kind: EntityKind): NlpTerm[][] {
  const parts: NlpTerm[][] = [[]];
  for (const term of terms) {
    if (/[(\[]/.test(term.pre) && parts.at(-1)!.length > 0) parts.push([]);
    const pieces = term.text.split(kind === 'place' ? /([/-])/ : /(\/)/);
    let start = term.offset.start;
    pieces.forEach((piece, index) => {
      if (index % 2 === 1) parts.push([]);
      else if (piece !== '') parts.at(-1)!.push({ ...term, text: piece, offset: { start, length: piece.length } });
      start += piece.length;
    });
    if (/[,;/)\]]|--|\s-\s/.test(term.post) || (kind === 'place' && term.post === '-')) parts.push([]);
  }
  return parts.filter((part) => part.length > 0);
}

/**
 * The name a run of terms gives, as written in the paragraph: words that are not names trimmed
 * from both ends (`partners`, `the`), the possessive dropped, and for persons the titles in front.
 */
function mentionOf(terms: NlpTerm[], kind: EntityKind, text: string, shouting: boolean): { mention: string; kind: EntityKind } | null {
  // A place before a person's name is not part of it (`President of Guinea Moussa Dadis Camara`).
  const placeWord = (term: NlpTerm): boolean => kind === 'person' && PLACE_TAGS.has(LEXICON[term.text.toLowerCase()] ?? '');
  // `War Crimes Patrick O'Brien`: a common word (not a first name here) does not start a person's name.
  const commonWord = (term: NlpTerm): boolean => kind === 'person' && !term.tags.includes('FirstName') && isCommonWord(term.text);
  const nameLike = (term: NlpTerm): boolean =>
    !term.tags.includes('Determiner') &&
    (shouting ? term.tags.some((tag) => NAME_TAGS.has(tag)) : /^[\p{Lu}\p{N}]/u.test(term.text) && !CALENDAR.has(term.text.toLowerCase()));
  // `al-Qaida`, `bin-Laden`: a particle joined by a hyphen belongs to the name.
  const particle = (term: NlpTerm): boolean => term.post === '-' && /^(?:al|el|bin|ibn|abu|ben)$/i.test(term.text);
  let first = 0;
  let last = terms.length - 1;
  while (
    first <= last &&
    ((!nameLike(terms[first]!) && !particle(terms[first]!)) ||
      (kind === 'person' && first < last && (TITLE_WORDS.has(terms[first]!.text.toLowerCase().replace(/['’]s$/, '')) || placeWord(terms[first]!) || commonWord(terms[first]!))))
  )
    first++;
  while (last >= first && !nameLike(terms[last]!)) last--;
  if (first > last) return null;
  // A title inside a person's run starts the name after it (`Chevron Managing Director Andrew Fawthrop`).
  if (kind === 'person') {
    for (let i = last - 1; i >= first; i--) {
      if (TITLE_WORDS.has(terms[i]!.text.toLowerCase())) {
        first = i + 1;
        break;
      }
    }
  }
  // `the Berlusconi government`, `NAFTA partners`: the organisation is the whole phrase; the word
  // alone is an acronym (an organisation), a place, or the leader of a government; else unknown.
  if (kind === 'organization' && first === last && last < terms.length - 1) {
    const word = terms[first]!;
    const head = terms[last + 1]!.text.toLowerCase();
    if (PLACE_TAGS.has(LEXICON[word.text.toLowerCase()] ?? '')) kind = 'place';
    else if (LEADER_HEADS.has(head) && !isAdjective(word)) kind = 'person';
    else if (!/^\p{Lu}{2,}$/u.test(word.text)) return null;
  }
  // A single adjective or demonym (`Spanish` from `Spanish law`) names no one.
  if (first === last && isAdjective(terms[first]!)) return null;
  const start = terms[first]!.offset.start;
  const end = terms[last]!.offset.start + terms[last]!.offset.length;
  // The page header that the transmission put into the text (`MADRID 00001952 002.2 OF 002`).
  if (/^\s+\d{5,}\s+\d{3}/.test(text.slice(end))) return null;
  // Trailing brackets and stops off (`U.S.).` → `U.S.`), then the possessive, which telegrams may
  // write with a comma (`Ministry of Finance,s`).
  const mention = text
    .slice(start, end)
    .replace(/[^\p{L}\p{N}.]+\.?$/u, '')
    .replace(/(?:['’]|,(?=[sS]$))[sS]?$/u, '')
    .replace(/^(\p{Lu}{2,})s$/u, '$1') // `IOCs` is `IOC`
    .replace(/\s+/g, ' ');
  // `Jordan`, `Chad`: a single word the lexicon knows as a place is the place, and so is the
  // name of a country (compromise reads `Jordan` as a first name in some sentences).
  if (kind === 'person' && first === last && PLACE_TAGS.has(LEXICON[mention.toLowerCase()] ?? '')) kind = 'place';
  if (kind === 'person' && COUNTRY_NAMES.has(mention.toLowerCase())) kind = 'place';
  return mention === '' ? null : { mention, kind };
}

/** Common nouns after a leader's name that make an organisation of it (`the Berlusconi government`). */
const LEADER_HEADS = new Set(['government', 'administration', 'regime', 'cabinet', 'camp', 'allies', 'coalition', 'era', 'team', 'presidency']);

countries.registerLocale(englishCountryNames);
/** Every English name of a country (ISO 3166, `i18n-iso-countries`), lower-cased; codes such as `US` left out. */
const COUNTRY_NAMES = new Set(
  Object.values(countries.getNames('en', { select: 'all' }))
    .flat()
    .filter((name) => !/^[A-Z.]+$/.test(name))
    .map((name) => name.toLowerCase()),
);

/** Lexicon tags of places. */
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);

/** Words already classified, alone, by the tagger (`spanish` → adjective): a cache across cables. */
const ADJECTIVES = new Map<string, boolean>();

/** Words already classified by `isCommonWord`: a cache across cables. */
const COMMON_WORDS = new Map<string, boolean>();

/** A word that, in lower case and alone, the tagger reads as a plural, verb, adjective or adverb (`Crimes`). */
function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  let common = COMMON_WORDS.get(lower);
  if (common === undefined) {
    common = nlp(lower).has('(#Plural|#Verb|#Adjective|#Adverb|#Preposition|#Conjunction)');
    COMMON_WORDS.set(lower, common);
  }
  return common;
}

/** An adjective or demonym in context or alone (`Spanish`, `Guatemalan`). */
function isAdjective(term: NlpTerm): boolean {
  if (term.tags.includes('Adjective') || term.tags.includes('Demonym')) return true;
  const word = term.text.toLowerCase().replace(/['’]s?$/, '');
  let adjective = ADJECTIVES.get(word);
  if (adjective === undefined) {
    adjective = nlp(word).has('(#Adjective|#Demonym)');
    ADJECTIVES.set(word, adjective);
  }
  return adjective;
}

/** Tags that make a term part of a name in lower-cased capitals, where case cannot tell. */
const NAME_TAGS = new Set(['ProperNoun', 'Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Acronym']);

/**
 * The officer in `Classified By:`, e.g. `Charge d'Affaires Todd Chapman for reasons 1.4 (b+d)` →
 * Todd Chapman. A single word counts only when the signature has the same name: alone it may be a
 * user name (`LDAVIS`, `RBlau`).
 */
function classifiedByName(classifiedBy: string, signer: string | null): string | null {
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
  if (TITLE_WORDS.has(lower)) return true;
  if (word.includes('/')) return true;
  return /^(?:useu|polm|ecpo|ecopol|estoff|isn|mc|cg|cda|amb\.|econ|pol|for|classified|classifed|by)$/i.test(word);
}

/** The signature as a person (`GNEHM` → Gnehm; `LA LIME` → La Lime); null when it is not a name. */
function signatureName(signature: string): string | null {
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

/** Lines of the header that start an address field. */
const ADDRESS_FIELD = /^(FM|TO|INFO)\s+(.*)$/;
/** Lines that end the address block: classification, handling, E.O., tags, subject, the transmission's BT. */
const AFTER_ADDRESSES = /^\s*(?:S E C R E T|C O N F I D E N T I A L|UNCLAS|SECRET|CONFIDENTIAL|NOFORN|SIPDIS|E\.\s?O\.|TAGS|SUBJECT|SUBJ|REF|BT\b|SENSITIVE|LIMITED|STATE FOR|DEPT FOR|Classified)/i;

/**
 * Addressees of the `FM`, `TO` and `INFO` lines as organisations: embassies, consulates and
 * missions (`AMEMBASSY LONDON` → US Embassy London) and the Washington agencies (`SECSTATE WASHDC`
 * → Secretary of State (Washington)). Collective distribution lists and military commands are left out.
 */
function addresseeNames(header: string[]): string[] {
  const names: string[] = [];
  let inBlock = false;
  for (const line of header) {
    const field = ADDRESS_FIELD.exec(line.trim());
    let address: string;
    if (field) {
      inBlock = true;
      address = field[2]!;
    } else if (inBlock && !AFTER_ADDRESSES.test(line) && line.trim() !== '') {
      address = line;
    } else {
      inBlock = false;
      continue;
    }
    const name = addresseeName(address);
    if (name !== null && !names.includes(name)) names.push(name);
  }
  return names;
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

/** The key under which names of one entity meet: its slug, so that one page is one entity (`Women's`, `Womens`). */
function keyOf(name: string): string {
  return entitySlug(name);
}

/**
 * The people, organisations and places this cable names, in order of first mention (header-only
 * names last), each once with every occurrence in the paragraphs.
 *
 * Variants merge within the cable: `Guebuza's` and `President Guebuza` are `Guebuza`; a surname
 * alone (`Correia`) joins the one fuller name of a person that ends with it (`Celso Ismael
 * Correia`); an acronym given in brackets right after a name (`Mohamed Bashir Suleiman (MBS)`)
 * becomes a variant of it. Once a name is known, every mention of it or a variant counts, also
 * where the NLP missed it; occurrences never overlap (the longest wins).
 */
export function findEntities(cable: Cable): EntityUse[] {
  const candidates = namesInText(cable.paragraphs);

  const classifiedBy = headerFacts(cable).classifiedBy;
  const signer = cable.signature === null ? null : signatureName(cable.signature);
  const officer = classifiedBy === null ? null : classifiedByName(classifiedBy, signer);
  if (officer !== null) candidates.push({ name: officer, kind: 'person', source: 'classifiedBy', written: [] });
  if (signer !== null) candidates.push({ name: signer, kind: 'person', source: 'signature', written: [] });
  for (const name of addresseeNames(cable.header)) candidates.push({ name, kind: 'organization', source: 'addressees', written: [] });

  // Treaties, laws and the like are named like organisations but are none of the three kinds;
  // dropped after the acronyms joined them, so `NAFTA` goes with `North American Free Trade Agreement`.
  const drafts = addAcronymAliases(mergeCandidates(candidates), cable.paragraphs).filter((draft) => !DOCUMENT_NAME.test(draft.name));
  return locate(drafts, cable.paragraphs);
}

/** Groups candidates by name, then joins surnames to the fuller name they shorten. */
function mergeCandidates(candidates: Candidate[]): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const candidate of candidates) {
    const key = keyOf(candidate.name);
    if (key === '') continue; // nothing a URL can carry
    let draft = byKey.get(key);
    if (!draft) {
      draft = { name: candidate.name, kinds: new Map(), sources: new Set(), variants: new Set() };
      byKey.set(key, draft);
    }
    // A form written in mixed case beats one title-cased from capitals.
    if (!LOWER.test(draft.name.replace(/^\p{Lu}/u, '')) && candidate.source === 'text') draft.name = candidate.name;
    draft.kinds.set(candidate.kind, (draft.kinds.get(candidate.kind) ?? 0) + (candidate.source === 'text' ? 1 : 100));
    draft.sources.add(candidate.source);
    draft.variants.add(candidate.name);
    for (const written of candidate.written) draft.variants.add(written);
  }

  const drafts = [...byKey.values()];
  const persons = drafts.filter((draft) => kindOf(draft) === 'person' && draft.name.includes(' '));
  // Longest first, so that `Van Meurs` has joined `Pedro Van Meurs` before `Meurs` looks for its fuller name.
  const byLength = [...drafts].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const draft of byLength) {
    if (draft.name.includes(' ') && kindOf(draft) !== 'person') continue;
    // `Correia` (or `Chapman` tagged as a place) joins the one person whose name ends with it; a
    // person's first name(s) alone (`Rene`, `Jose Luis`) the one person whose name starts with them.
    const key = keyOf(draft.name);
    const firstName = kindOf(draft) === 'person';
    const fuller = persons.filter(
      (person) =>
        person !== draft &&
        byKey.get(keyOf(person.name)) === person &&
        (keyOf(person.name).endsWith(`-${key}`) || (firstName && keyOf(person.name).startsWith(`${key}-`))),
    );
    if (fuller.length !== 1) continue;
    const target = fuller[0]!;
    for (const [kind, count] of draft.kinds) if (kind === 'person') target.kinds.set(kind, (target.kinds.get(kind) ?? 0) + count);
    for (const source of draft.sources) target.sources.add(source);
    for (const variant of draft.variants) target.variants.add(variant);
    byKey.delete(keyOf(draft.name));
  }
  // Every multi-word person is also found by the surname alone, when no other entity has that surname.
  const merged = [...byKey.values()];
  for (const person of merged.filter((draft) => kindOf(draft) === 'person' && draft.name.includes(' '))) {
    const surname = person.name.split(' ').pop()!;
    if (surname.length < 3 || !isPlausibleName(surname) || byKey.has(keyOf(surname))) continue;
    const shared = merged.filter((other) => other !== person && keyOf(other.name).endsWith(`-${keyOf(surname)}`));
    if (shared.length === 0) person.variants.add(surname);
  }
  return merged;
}

/** The kind most candidates gave (a header source counts most); ties go person, organisation, place. */
function kindOf(draft: Draft): EntityKind {
  // `DPRK`, `ROK`, `UAE`: states, which compromise files under organisations.
  if (STATE_ACRONYMS.has(draft.name)) return 'place';
  let best: EntityKind = 'place';
  let bestCount = -1;
  for (const kind of KIND_ORDER) {
    const count = draft.kinds.get(kind) ?? 0;
    if (count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}

/**
 * `Mohamed Bashir Suleiman (MBS)`: the bracketed acronym right after a name is a variant of it;
 * a separate entity of that name (`MBS` from `MBS' office`) joins it.
 */
function addAcronymAliases(drafts: Draft[], paragraphs: Paragraph[]): Draft[] {
  const aliases = new Map<string, Draft>();
  for (const draft of drafts) {
    if (draft.name.length < 6) continue;
    for (const paragraph of paragraphs) {
      let from = 0;
      for (;;) {
        const at = paragraph.text.indexOf(draft.name, from);
        if (at < 0) break;
        from = at + draft.name.length;
        const alias = /^\s*\(([A-Z]{2,6})\)/.exec(paragraph.text.slice(from));
        if (!alias || NOT_A_NAME.has(alias[1]!.toLowerCase())) continue;
        draft.variants.add(alias[1]!);
        aliases.set(keyOf(alias[1]!), draft);
      }
    }
  }
  return drafts.filter((draft) => {
    const owner = aliases.get(keyOf(draft.name));
    if (owner === undefined || owner === draft) return true;
    for (const source of draft.sources) owner.sources.add(source);
    for (const variant of draft.variants) owner.variants.add(variant);
    return false;
  });
}

/** Characters that may sit right before or after a mention: not a letter, digit or joining mark. */
function isBoundary(char: string | undefined): boolean {
  return char === undefined || !/[\p{L}\p{N}_]/u.test(char);
}

/** Every occurrence of every variant, longest first, never overlapping; entities without any text mention keep their header sources. */
function locate(drafts: Draft[], paragraphs: Paragraph[]): EntityUse[] {
  interface Hit {
    draft: Draft;
    occurrence: Occurrence;
  }
  const hits: Hit[] = [];
  for (const paragraph of paragraphs) {
    const shouting = isAllCaps(paragraph.text);
    const haystack = shouting ? lowerCaseSameLength(paragraph.text) : paragraph.text;
    const found: Hit[] = [];
    for (const draft of drafts) {
      for (const variant of draft.variants) {
        const needle = shouting ? variant.toLowerCase() : variant;
        let from = 0;
        for (;;) {
          const at = haystack.indexOf(needle, from);
          if (at < 0) break;
          from = at + 1;
          const end = at + needle.length;
          if (!isBoundary(haystack[at - 1]) || !isBoundary(haystack[end])) continue;
          found.push({ draft, occurrence: { paragraph: paragraph.anchor, start: at, end } });
        }
      }
    }
    found.sort((a, b) => b.occurrence.end - b.occurrence.start - (a.occurrence.end - a.occurrence.start) || a.occurrence.start - b.occurrence.start);
    const taken: Hit[] = [];
    for (const hit of found) {
      const overlaps = taken.some((other) => hit.occurrence.start < other.occurrence.end && other.occurrence.start < hit.occurrence.end);
      if (!overlaps) taken.push(hit);
    }
    taken.sort((a, b) => a.occurrence.start - b.occurrence.start);
    hits.push(...taken);
  }

  const occurrences = new Map<Draft, Occurrence[]>();
  for (const hit of hits) {
    const list = occurrences.get(hit.draft) ?? [];
    list.push(hit.occurrence);
    occurrences.set(hit.draft, list);
  }
  const mentioned = drafts.filter((draft) => occurrences.has(draft));
  mentioned.sort((a, b) => hits.findIndex((hit) => hit.draft === a) - hits.findIndex((hit) => hit.draft === b));
  const headerOnly = drafts.filter((draft) => !occurrences.has(draft) && [...draft.sources].some((source) => source !== 'text'));

  const entities: EntityUse[] = [];
  for (const draft of [...mentioned, ...headerOnly]) {
    // A header name that the text also uses (`Shields` signing and named in ¶3) is in the text too.
    if (occurrences.has(draft)) draft.sources.add('text');
    entities.push({
      name: draft.name,
      slug: entitySlug(draft.name),
      kind: kindOf(draft),
      sources: [...draft.sources].sort((a, b) => sourceRank(a) - sourceRank(b)),
      occurrences: occurrences.get(draft) ?? [],
    });
  }
  return entities;
}

/** Sources in a fixed order: the text first, then the header fields in reading order. */
function sourceRank(source: string): number {
  return ['text', 'addressees', 'classifiedBy', 'signature'].indexOf(source);
}
