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

const FULL_STOP = 46;
const SPACE = 32;
const SLASH = 47;
const HYPHEN = 45;

/**
 * A paragraph's words as offsets, one array per field, not one object per word: a paragraph has
 * hundreds of words and the run reader reads few of them (the runs' words and those beside them),
 * so a word becomes a `Token` (`token(i)`) only when asked (issue 7, docs/benchmarks.md). Word `i`
 * is `text.slice(starts[i], ends[i])`; the gap before it starts where the word before it ended.
 */
export class Words {
  readonly text: string;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly gapStarts: number[] = [];
  readonly sentenceStarts: boolean[] = [];
  /** The tokens these words were read from (`Words.of`), which `token(i)` gives back. */
  private given: Token[] | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Tokens already made, as words: over a text of their gaps and words, each token given back as it is. */
  static of(tokens: Token[]): Words {
    let text = '';
    for (const token of tokens) text += token.gap + token.text;
    const words = new Words(text);
    let end = 0;
    for (const token of tokens) {
      words.push(end + token.gap.length, end + token.gap.length + token.text.length, end, token.sentenceStart);
      end += token.gap.length + token.text.length;
    }
    words.given = tokens;
    return words;
  }

  get length(): number {
    return this.starts.length;
  }

  word(i: number): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  gap(i: number): string {
    return this.text.slice(this.gapStarts[i]!, this.starts[i]!);
  }

  /** The gap before word `i` is one space (most are): asked without cutting it out. */
  spaceBefore(i: number): boolean {
    const from = this.gapStarts[i]!;
    return this.starts[i]! - from === 1 && this.text.charCodeAt(from) === SPACE;
  }

  token(i: number): Token {
    if (this.given !== undefined) return this.given[i]!;
    return { index: i, text: this.word(i), start: this.starts[i]!, end: this.ends[i]!, gap: this.gap(i), sentenceStart: this.sentenceStarts[i]! };
  }

  /** Every word as a token. */
  tokens(): Token[] {
    const tokens: Token[] = [];
    for (let i = 0; i < this.starts.length; i++) tokens.push(this.token(i));
    return tokens;
  }

  push(start: number, end: number, gapStart: number, sentenceStart: boolean): void {
    this.starts.push(start);
    this.ends.push(end);
    this.gapStarts.push(gapStart);
    this.sentenceStarts.push(sentenceStart);
  }

  pop(): void {
    this.starts.pop();
    this.ends.pop();
    this.gapStarts.pop();
    this.sentenceStarts.pop();
  }
}

/** `Law` before `No. 9,279`, `DPM/CAI` before `No. 65789`: the word naming a numbered document, which goes with its number. */
function namesDocument(word: string): boolean {
  return isAcronym(word) || lexicon().dictionary.has(word.toLowerCase());
}

/**
 * The paragraph's words (letters, digits, inner apostrophes and dots: `O'Brien`, `U.S.`, `St.`, and
 * `&` inside acronyms: `AT&T`; word-scan.ts), with the gaps between them. Hyphens are gaps. A word
 * is cut out of the text only where a rule reads its letters (a final dot, an apostrophe).
 */
export function wordsOf(text: string): Words {
  const words = new Words(text);
  let previousEnd = 0;
  const found: WordSpan = { start: 0, end: 0, apostrophe: false };
  // The scan goes on after each word found; `previousEnd` is where the last word kept ends.
  for (let at = 0; nextWord(text, at, found); at = found.end) {
    const start = found.start;
    let end = found.end;
    const count = words.length;
    if (opensListItem(text, start, count === 0) && LIST_LETTER.test(text.slice(start, end))) continue;
    if (end - start === 3 && text.startsWith('No.', start) && NUMBER_SIGN.test(text.slice(start, start + 6))) {
      if (count > 0 && words.ends[count - 1] === start - 1 && namesDocument(words.word(count - 1))) words.pop();
      continue;
    }
    if (text.charCodeAt(end - 1) === FULL_STOP) {
      const word = text.slice(start, end);
      if (!DOTTED_INITIALS.test(word) && !ABBREVIATIONS.test(word)) end--;
    }
    if (found.apostrophe) {
      const word = text.slice(start, end);
      // `I'm`, `it's`, `don't`: a contraction is no name.
      if (CONTRACTION.test(word)) continue;
      end = start + word.replace(POSSESSIVE, '').length;
    }
    if (end === start) continue;
    const oneSpace = start - previousEnd === 1 && text.charCodeAt(previousEnd) === SPACE;
    // `A/S Carson`, `U/S Burns`: a title written with a slash is one word (a title's, from the lexicon).
    if (count > 0 && start - previousEnd === 1 && text.charCodeAt(previousEnd) === SLASH && lexicon().titles.has(`${words.word(count - 1)}/${text.slice(start, end)}`.toLowerCase())) {
      // The word before takes this one in (the slash between them: its text is the two with it).
      words.ends[count - 1] = end;
      previousEnd = end;
      continue;
    }
    // A full stop stripped from the previous word is in this gap, so the gap alone tells a sentence's start.
    const sentenceStart = count === 0 || (!oneSpace && SENTENCE_BREAK.test(text.slice(previousEnd, start)));
    words.push(start, end, previousEnd, sentenceStart);
    // The gap after a possessive holds it: `Correia's Insitec` is two runs.
    previousEnd = end;
  }
  return words;
}

/** The paragraph's words as tokens (`wordsOf` keeps them as offsets). */
export function tokenize(text: string): Token[] {
  return wordsOf(text).tokens();
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
/** A possessive gap that stays inside a body's name after `of` (`Ministry of Women's Affairs`). */
const POSSESSIVE_GAP = /^['’]s[ \t]+$/;

/** `Attorney's Office`, `Prosecutor's Office`: a title's possessive before a body's head word is inside the body's name. */
function isTitlesOffice(run: Token[], word: string): boolean {
  const owner = run[run.length - 1];
  return owner !== undefined && lexicon().titles.has(owner.text.toLowerCase()) && lexicon().orgHeads.has(word.toLowerCase());
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

/** The longest connector: a longer word is none, and is not cut out of the text to ask. */
const CONNECTOR_LENGTH = Math.max(...[...CONNECTORS].map((connector) => connector.length));

/**
 * Runs of capitalised words (with connectors between them), e.g. `Ministry of Foreign Affairs`,
 * `Armando Guebuza`, `al-Qaida`. A connector is kept only between two capitalised words. Only the
 * runs' words become tokens; the others are read where they stand.
 */
export function runsOf(words: Words): Token[][] {
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
  // The fields read directly, not through the methods: every word asks them.
  const { text, starts, ends, gapStarts, sentenceStarts } = words;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const gapStart = gapStarts[i]!;
    const oneSpace = start - gapStart === 1 && text.charCodeAt(gapStart) === SPACE;
    let joins = false;
    if (!sentenceStarts[i]) {
      if (oneSpace) joins = true;
      else {
        const gap = text.slice(gapStart, start);
        joins = JOINING_GAP.test(gap) || (POSSESSIVE_GAP.test(gap) && (run.some((inRun) => inRun.text === 'of') || isTitlesOffice(run, words.word(i))));
      }
    }
    if (!joins) close();
    // A road's code (`BR-163`) joins the run as a capitalised word does (no connector is pending before it).
    const hyphened = joins && start - gapStart === 1 && text.charCodeAt(gapStart) === HYPHEN ? words.token(i) : undefined;
    const first = text.charCodeAt(start);
    const capitalised = first < TABLE_END ? CAPITALS[first] === 1 : UPPER_FIRST.test(words.word(i));
    if (capitalised || (hyphened !== undefined && (isRoadNumber(hyphened, run, pending) || (pending.length === 0 && isNameSyllable(hyphened, run))))) {
      for (let j = 0; j < pending.length; j++) run.push(pending[j]!);
      if (pending.length > 0) pending = [];
      run.push(hyphened ?? words.token(i));
    } else if (ends[i]! - start <= CONNECTOR_LENGTH && isConnector(words.word(i), pending, run)) {
      // Kept only if a capitalised word follows (`Ministry of Defense`, `al-Qaida`).
      pending.push(words.token(i));
    } else {
      close();
    }
  }
  close();
  return runs;
}

/** A connector that may go on the run: at most two pending, and a particle alone may open one (`al-Qaida`). */
const isConnector = (word: string, pending: Token[], run: Token[]): boolean =>
  CONNECTORS.has(word) && pending.length < 2 && (run.length > 0 || PARTICLES.has(word));

/** The runs of tokens already made (`runsOf` over them). */
export function capitalisedRuns(tokens: Token[]): Token[][] {
  return runsOf(Words.of(tokens));
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
