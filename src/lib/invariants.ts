import { furnitureKind } from './parse.ts';
import { SCOOP_FOOTER, SCOOP_TITLE } from './patterns.ts';
import type { Cable } from './types.ts';

/** A word as the invariant counts it: a run of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Titles the parser gives sections that have no heading of their own. */
const MADE_UP_TITLES = new Set(['Summary', 'Comment', 'Opening', 'Text']);

interface InputWords {
  /** The words in reading order, without furniture lines inside the body. */
  words: string[];
  /** Telegram furniture lines (page headers, SIPDIS lines): in a paragraph's text or in `artifacts`. */
  furniture: string[];
}

/**
 * The input's words, without publisher furniture (the news site's `Cablegate:` prefix and its
 * footer). Page headers and SIPDIS lines are set apart: an artifact between paragraphs is listed
 * after the paragraph before it, which may come before a heading that comes first in the input.
 */
export function inputWords(text: string): InputWords {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  const furniture: string[] = [];
  let titleSeen = false;
  for (const line of lines) {
    if (SCOOP_FOOTER.test(line)) break;
    if (!titleSeen && line.trim() !== '') {
      titleSeen = true;
      const title = SCOOP_TITLE.exec(line);
      if (title) {
        out.push(...words(title[1]!));
        continue;
      }
    }
    out.push(...words(line));
    const kind = furnitureKind(line);
    if (kind === 'page header' || kind === 'SIPDIS line') furniture.push(words(line).join(' '));
  }
  return { words: out, furniture };
}

/** One output word; `optional` for the words of a title the parser may have made up. */
interface OutputWord {
  word: string;
  optional: boolean;
}

/**
 * The cable's words in reading order, as its JSON holds them: the subject when it came from the
 * news site's title line, the header, then section by section its title and paragraphs (number,
 * marking, text, then the artifacts after it), then the signature.
 */
export function outputWords(cable: Cable, text: string): OutputWord[] {
  const out: OutputWord[] = [];
  const push = (list: string[], optional = false): void => {
    for (const word of list) out.push({ word, optional });
  };
  const firstLine = text.replace(/\r\n?/g, '\n').split('\n').find((l) => l.trim() !== '') ?? '';
  const title = SCOOP_TITLE.exec(firstLine);
  if (title) push(words(cable.subject ?? '').slice(0, words(title[1]!).length));
  for (const line of cable.header) push(words(line));
  const byAnchor = new Map(cable.paragraphs.map((p) => [p.anchor, p]));
  const artifactsAfter = (anchor: string | null): void => {
    for (const artifact of cable.artifacts) if (artifact.after === anchor) push(words(artifact.text));
  };
  artifactsAfter(null);
  for (const section of cable.sections) {
    push(words(section.title), MADE_UP_TITLES.has(section.title));
    for (const anchor of section.paragraphs) {
      const paragraph = byAnchor.get(anchor);
      if (!paragraph) continue;
      if (paragraph.number !== null) push([String(paragraph.number)]);
      if (paragraph.marking !== null) push(words(paragraph.marking));
      push(words(paragraph.text));
      artifactsAfter(anchor);
    }
  }
  if (cable.signature !== null) push(words(cable.signature));
  return out;
}

/** Where the output's words stop following the input's. */
export interface WordMismatch {
  index: number;
  expected: string[];
  actual: string[];
}

/** Removes the first occurrence of each run of words (in order of the runs). */
function withoutRuns<T>(list: T[], runs: string[], wordOf: (item: T) => string): T[] {
  const rest = [...list];
  for (const run of runs) {
    const runWords = run.split(' ');
    for (let i = 0; i + runWords.length <= rest.length; i++) {
      if (runWords.every((w, k) => wordOf(rest[i + k]!) === w)) {
        rest.splice(i, runWords.length);
        break;
      }
    }
  }
  return rest;
}

/**
 * Nothing is lost (contract): every input word except publisher furniture appears in the cable's
 * fields (`artifacts` included), in the input's order. Titles the parser made up may be absent
 * from the input; page headers and SIPDIS lines must each appear in the output, but may sit just
 * before a heading.
 */
export function checkNothingLost(text: string, cable: Cable): WordMismatch | null {
  const input = inputWords(text);
  const output = outputWords(cable, text);
  const outputJoined = ` ${output.map((o) => o.word).join(' ')} `;
  for (const run of input.furniture) {
    if (!outputJoined.includes(` ${run} `)) return { index: -1, expected: run.split(' '), actual: [] };
  }
  const expected = withoutRuns(input.words, input.furniture, (w) => w);
  const actual = withoutRuns(output, input.furniture, (o) => o.word);
  let i = 0;
  let j = 0;
  while (i < expected.length || j < actual.length) {
    // Case-blind: the news site's title is a title-cased copy of the cable's SUBJECT line.
    const next = actual[j];
    const same = next !== undefined && (next.optional ? expected[i] === next.word : expected[i]?.toLowerCase() === next.word.toLowerCase());
    if (same) {
      i++;
      j++;
    } else if (j < actual.length && actual[j]!.optional) {
      j++;
    } else if (i > 0 && /^\d+$/.test(expected[i]!) && expected[i] === expected[i - 1] && actual[j - 1]?.word === expected[i]) {
      i++; // a paragraph number written twice (`¶1. 1.`) is one number field
    } else {
      const show = actual.slice(Math.max(0, j - 5), j + 8).map((o) => o.word);
      return { index: i, expected: expected.slice(Math.max(0, i - 5), i + 8), actual: show };
    }
  }
  return null;
}
