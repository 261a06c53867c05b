import { SCOOP_FOOTER, SCOOP_TITLE } from './patterns.ts';
import type { Cable } from './types.ts';

/** A word as the invariant counts it: a run of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The input's words, without publisher furniture (the news site's title prefix and footer). */
export function inputWords(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let titleSeen = false;
  for (const line of lines) {
    if (SCOOP_FOOTER.test(line)) break;
    if (!titleSeen && line.trim() !== '') {
      titleSeen = true;
      const title = SCOOP_TITLE.exec(line);
      if (title) {
        out.push(...words(title[1]!)); // without the site's `Cablegate:` prefix
        continue;
      }
    }
    out.push(...words(line));
  }
  return out;
}

/**
 * The cable's words in reading order, as its JSON holds them: the subject when it came from the
 * news site's title line, the header, then section by section its title (when taken from the
 * text) and paragraphs (number, marking, text), then the signature.
 */
export function outputWords(cable: Cable, text: string): string[] {
  const out: string[] = [];
  const firstLine = text.replace(/\r\n?/g, '\n').split('\n').find((l) => l.trim() !== '') ?? '';
  if (SCOOP_TITLE.test(firstLine) && cable.subject !== null) out.push(...words(cable.subject));
  for (const line of cable.header) out.push(...words(line));
  const byAnchor = new Map(cable.paragraphs.map((p) => [p.anchor, p]));
  const synthetic = new Set(['Summary', 'Comment', 'Opening', 'Text']);
  for (const section of cable.sections) {
    const fromText = !synthetic.has(section.title) || section.kind === 'body' && section.id !== 'opening' && section.id !== 'text';
    if (fromText) out.push(...words(section.title));
    for (const anchor of section.paragraphs) {
      const paragraph = byAnchor.get(anchor);
      if (!paragraph) continue;
      if (paragraph.number !== null) out.push(String(paragraph.number));
      if (paragraph.marking !== null) out.push(...words(paragraph.marking));
      out.push(...words(paragraph.text));
    }
  }
  if (cable.signature !== null) out.push(...words(cable.signature));
  return out;
}

/** The first place where the output's words stop following the input's, or null when nothing is lost. */
export interface WordMismatch {
  index: number;
  expected: string[];
  actual: string[];
}

/**
 * Nothing is lost (contract): every input word except publisher furniture appears in the cable's
 * fields in the input's order. Section titles the parser made up ("Summary", "Comment") are
 * matched against the input when they appear there as headings.
 */
export function checkNothingLost(text: string, cable: Cable): WordMismatch | null {
  const expected = inputWords(text);
  const actual = outputWords(cable, text);
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== actual[i]) {
      return { index: i, expected: expected.slice(Math.max(0, i - 5), i + 8), actual: actual.slice(Math.max(0, i - 5), i + 8) };
    }
  }
  return null;
}
