/**
 * Words of a paragraph with their offsets, and the runs of capitalised words that may be names.
 * Hyphens split words (`al-Qaida` is `al`, `Qaida` joined by the gap `-`), so `anti-US` and
 * `Dubai-based` give `US` and `Dubai`; the run decides whether a hyphen joins two parts of one name.
 */

import { lexicon } from './lexicon.ts';
import { nextWord, type WordSpan } from './word-scan.ts';

export interface Token {
  /** Where the token stands among the paragraph's tokens. */
  index: number;
  text: string;
  start: number;
  end: number;
  /** What stands between the previous token and this one (`' '`, `', '`, `'-'`). */
  gap: string;
  /** First token of a sentence (or of the paragraph, or after a colon or bracket). */
  sentenceStart: boolean;
}

/**
 * Some Cablegate sources write each apostrophe and quotation mark as a capital `Q` glued to the
 * word (`MugabeQs government`, `QGreen BombersQ`, `said Q Tendayi Biti`): a `Q` after a lower-case
 * letter at a word's end (with the possessive's `s`), before a capitalised word at its start, or
 * alone, is that mark, never a letter of a name.
 */
const Q_MARK_END = /(?<=\p{Ll})Qs?$/u;
const Q_MARK_START = /^Q(?=\p{Lu}\p{Ll})/u;

/** A possessive at a word's end: `Yemen's`, `Ministers'`. */
const POSSESSIVE = /(?:['’]s|['’])$/u;
/** A contraction: `I'm`, `I'd`, `I've`, `don't`, `can't`, `it's` (the `'s` of `it's` is not a possessive). */
const CONTRACTION = /^(?:I['’](?:m|d|ll|ve)|\p{L}+n['’]t|(?:it|that|there|here|what|who|let)['’]s)$/iu;
/** Letters and dots only, each letter followed by a dot (`U.S.`, `U.N.`): the dot is part of it. */
const DOTTED_INITIALS = /^(?:\p{L}\.)+$/u;
/** Short forms whose dot belongs to them. */
const ABBREVIATIONS = /^(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|Capt|Adm|Sen|Rep|Gov|Amb|Prof|Msgr|Jr|Sr|No|Ft|Mt)\.$/;
/** A list's letter opening a paragraph or a joined sub-paragraph (`¶C. U.S. Consulate Peshawar`, a questionnaire's answer): no initial of a name. */
const LIST_LETTER = /^\p{Lu}\.$/u;
/** Before a list's letter: nothing but the paragraph sign and spaces. */
const PARAGRAPH_OPENING = /^[\s¶]*$/;
/** `¶`: inside a paragraph, where a joined sub-paragraph opens (`… Voting Blocs ¶D. UN Security Council`, an outline's letter). */
const PILCROW = 0xb6;
/**
 * `No.` before its number (`Law No. 9,279`, `Decree No. 4,830`): a document's number, no word of a
 * name, nor is the ordinary word or the code naming the document right before it (`Law`, `Decree`,
 * `note verbal DPM/CAI No. 65789`).
 */
const NUMBER_SIGN = /^No\.\s+\d/;
/** Punctuation in a gap that ends a sentence or opens a new unit of text (an opening bracket or quote, a blank line). */
const SENTENCE_BREAK = /[.!?:;(["“]|--|\n\s*\n/;

/** Where a list's letter may stand: the paragraph's opening (only `¶` and spaces before), or right after a `¶` inside it. */
function opensListItem(text: string, start: number, first: boolean): boolean {
  return first ? PARAGRAPH_OPENING.test(text.slice(0, start)) : text.charCodeAt(start - 1) === PILCROW;
}

/**
 * The paragraph's words (letters, digits, inner apostrophes and dots: `O'Brien`, `U.S.`, `St.`, and
 * `&` inside acronyms: `AT&T`; word-scan.ts), with the gaps between them. Hyphens are gaps.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const found: WordSpan = { start: 0, end: 0, apostrophe: false };
  // The scan goes on after each word found; `previousEnd` is where the last token kept ends.
  for (let at = 0; nextWord(text, at, found); at = found.end) {
    let start = found.start;
    let word = text.slice(start, found.end);
    // Asked only of the few words with a capital Q: the scan is the names pass's hottest loop.
    if (word.includes('Q')) {
      if (word === 'Q') continue;
      if (Q_MARK_START.test(word)) {
        start += 1;
        word = word.slice(1);
      }
      word = word.replace(Q_MARK_END, '');
    }
    if (opensListItem(text, start, tokens.length === 0) && LIST_LETTER.test(word)) continue;
    if (word === 'No.' && NUMBER_SIGN.test(text.slice(start, start + 6))) {
      const kind = tokens[tokens.length - 1];
      if (kind !== undefined && kind.end === start - 1 && (isAcronym(kind.text) || lexicon().dictionary.has(kind.text.toLowerCase()))) tokens.pop();
      continue;
    }
    if (word.endsWith('.') && !DOTTED_INITIALS.test(word) && !ABBREVIATIONS.test(word)) word = word.slice(0, -1);
    if (found.apostrophe) {
      // `I'm`, `it's`, `don't`: a contraction is no name.
      if (CONTRACTION.test(word)) continue;
      word = word.replace(POSSESSIVE, '');
    }
    if (word === '') continue;
    const gap = text.slice(previousEnd, start);
    // `A/S Carson`, `U/S Burns`: a title written with a slash is one word (a title's, from the lexicon).
    const previous = tokens[tokens.length - 1];
    if (gap === '/' && previous !== undefined && lexicon().titles.has(`${previous.text}/${word}`.toLowerCase())) {
      // Written out, not spread: a spread copy has another hidden class than every other token, and
      // code V8 optimised for one class is thrown away when the other comes (docs/entities.md, "Speed").
      const { index, start: from, gap: before, sentenceStart: opens } = previous;
      tokens[tokens.length - 1] = { index, text: `${previous.text}/${word}`, start: from, end: start + word.length, gap: before, sentenceStart: opens };
      previousEnd = start + word.length;
      continue;
    }
    // A full stop stripped from the previous word is in this gap, so the gap alone tells a sentence's start.
    const sentenceStart = tokens.length === 0 || (gap !== ' ' && SENTENCE_BREAK.test(gap));
    tokens.push({ index: tokens.length, text: word, start, end: start + word.length, gap, sentenceStart });
    // The gap after a possessive holds it: `Correia's Insitec` is two runs.
    previousEnd = start + word.length;
  }
  return tokens;
}

const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** Below this code, a table says whether a character is a capital: Latin with its accents (`É`, `Ł`). */
const TABLE_END = 0x250;
/** 1 where the character is a capital (`\p{Lu}`), for the codes below `TABLE_END`. */
const CAPITALS = new Uint8Array(TABLE_END);
for (let code = 0; code < TABLE_END; code++) CAPITALS[code] = UPPER_FIRST.test(String.fromCharCode(code)) ? 1 : 0;

export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  // Latin (almost every word of a cable) answers from the table, other scripts ask Unicode. An
  // accented capital takes the same path as `A`: a path a hot function has not taken yet throws
  // its optimised code away when first taken (docs/entities.md, "Speed").
  return first < TABLE_END ? CAPITALS[first] === 1 : UPPER_FIRST.test(word);
}

/** `FRELIMO`, `U.S.`, `AT&T`, `G8`: capitals (and digits) only, at least two letters' worth. */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && !HAS_LOWER.test(word) && UPPER_FIRST.test(word);
}

/** Lower-case words that may stand inside a name between capitalised ones (`Ministry of Defense`, `Jose de la Cruz`, the Urdu `Jaish-i-Muhammad`, `Hizb-e-Islami`). */
export const CONNECTORS = new Set([
  'of', 'the', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'du', 'des', 'van', 'von', 'der', 'den', 'al', 'el',
  'bin', 'ibn', 'y', 'la', 'le', 'di', 'for', 'and', 'on', 'au', 'aux', 'ul', 'ad', 'ben', 'bint', 'abu', 'es', 'i', 'e',
]);
/** Connectors that belong to a person's or place's name rather than joining two names. */
export const PARTICLES = new Set(['de', 'del', 'della', 'da', 'do', 'dos', 'das', 'du', 'des', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y', 'la', 'le', 'di', 'ul', 'ad', 'ben', 'bint', 'abu', 'i', 'e']);

/** Arabic articles, also written apart from the name they open (`al Qaeda`). */
export const ARTICLES = new Set(['al', 'el']);

/** A gap that keeps two capitalised words in one run: one space (or a line break in wrapped text), or a hyphen. */
const JOINING_GAP = /^(?:[ \t]+|\s*\n\s*|-)$/;
const isJoiningGap = (gap: string): boolean => gap === ' ' || JOINING_GAP.test(gap);
/** A possessive gap that stays inside a body's name after `of` (`Ministry of Women's Affairs`). */
const POSSESSIVE_GAP = /^['’]s[ \t]+$/;

/** `Attorney's Office`, `Prosecutor's Office`: a title's possessive before a body's head word is inside the body's name. */
function isTitlesOffice(run: Token[], token: Token): boolean {
  const owner = run[run.length - 1];
  return owner !== undefined && lexicon().titles.has(owner.text.toLowerCase()) && lexicon().orgHeads.has(token.text.toLowerCase());
}

/**
 * `il` in `Kim Jong-il`, `seok` in `Lee Jong-seok`: a lower-case syllable, no English word, hyphened
 * to the second capitalised word of a run ends an East Asian given name. `Tel Aviv-area`,
 * `Party-led`, `Short-term` end in English words and stay cut.
 */
export function isNameSyllable(token: Token, run: Token[]): boolean {
  const previous = run[run.length - 1];
  if (token.gap !== '-' || run.length < 2 || previous === undefined || !isCapitalised(previous.text) || isAcronym(previous.text)) return false;
  return LOWER_SYLLABLE.test(token.text) && !lexicon().dictionary.has(token.text);
}
/** Two to five lower-case letters. */
const LOWER_SYLLABLE = /^\p{Ll}{2,5}$/u;

/** Digits only: the number of a road's code. */
const DIGITS = /^\d+$/;

/**
 * `163` in `BR-163`: digits hyphened to an acronym ending the run. The common questions come
 * first (`Dubai-based`, `US-led` ask them too), so that V8 has seen each one before it optimises
 * the runs: a question it has not seen throws the optimised code away when first asked.
 */
function isRoadNumber(token: Token, run: Token[], pending: Token[]): boolean {
  return token.gap === '-' && run.length > 0 && pending.length === 0 && isAcronym(run[run.length - 1]!.text) && DIGITS.test(token.text);
}

/**
 * Runs of capitalised words (with connectors between them), e.g. `Ministry of Foreign Affairs`,
 * `Armando Guebuza`, `al-Qaida`. A connector is kept only between two capitalised words.
 */
export function capitalisedRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let pending: Token[] = [];
  // Arrays are renewed only when used: most words close no run.
  const close = (): void => {
    if (run.length > 0) {
      runs.push(run);
      run = [];
    }
    if (pending.length > 0) pending = [];
  };
  // Indexed: a for-of over an array allocates a result per step in a facts job's code (docs/entities.md, "Speed").
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const joins = !token.sentenceStart && (isJoiningGap(token.gap) || (POSSESSIVE_GAP.test(token.gap) && (run.some((inRun) => inRun.text === 'of') || isTitlesOffice(run, token))));
    if (!joins) close();
    // A road's code (`BR-163`) joins the run as a capitalised word does (no connector is pending before it).
    if (isCapitalised(token.text) || (joins && token.gap === '-' && (isRoadNumber(token, run, pending) || (pending.length === 0 && isNameSyllable(token, run))))) {
      // A loop, not a spread: a spread call's arguments cost more than the few tokens moved.
      for (let j = 0; j < pending.length; j++) run.push(pending[j]!);
      if (pending.length > 0) pending = [];
      run.push(token);
    } else if (CONNECTORS.has(token.text) && pending.length < 2 && (run.length > 0 || PARTICLES.has(token.text))) {
      // Kept only if a capitalised word follows (`Ministry of Defense`, `al-Qaida`).
      pending.push(token);
    } else {
      close();
    }
  }
  close();
  return runs;
}

/**
 * The run's words with one space between them (`The Hague`). A loop: the array `map` returns
 * differs in kind from tier to tier, and `join` on it threw the optimised caller away (issue 7).
 */
export function spacedWords(run: Token[]): string {
  let words = run[0]!.text;
  for (let i = 1; i < run.length; i++) words += ' ' + run[i]!.text;
  return words;
}
