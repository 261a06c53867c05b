/**
 * The lexicon's English word list, asked by binary search (src/lib/names/lexicon.ts
 * `sortedWordSet`), answers as a set of the package's words would, for every word of a real cable
 * in its cases and for words chosen for their edges (sorted or not, outside ASCII).
 */
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { lexicon, sortedWordSet } from '../../src/lib/names/lexicon.ts';
import { tokenize } from '../../src/lib/names/tokens.ts';
import { readCable } from '../../src/lib/read.ts';

const english = createRequire(import.meta.url)('an-array-of-english-words') as string[];

describe('the English word list by binary search', () => {
  test('it answers as a set of the same words, for every word of 04AMMAN1288', async () => {
    const cable = await readCable('seeds/cablegate/04AMMAN1288.txt');
    const words = new Set(['', 'a', 'aa', 'zyzzyva', 'zzz', 'café', 'cafe', 'Embassy', 'embassy']);
    for (const paragraph of cable.paragraphs) {
      for (const token of tokenize(paragraph.text)) for (const form of [token.text, token.text.toLowerCase()]) words.add(form);
    }
    const set = new Set(english);
    const asked = [...words];
    const answers = asked.map((word) => lexicon().dictionary.has(word));
    expect(answers).toEqual(asked.map((word) => set.has(word)));
    // The comparison can fail: both answers occur.
    expect(new Set(answers)).toEqual(new Set([true, false]));
  });

  test('an unsorted list, with repeats and words outside ASCII, is sorted first', () => {
    const words = ['zebra', 'Ångström', 'apple', 'mañana', 'apple', 'b', 'Zulu', 'éclair', '𝐀lpha'];
    const asked = [...words, 'appl', 'apples', 'zebras', '', 'a', 'manana', 'eclair', 'Éclair', 'alpha'];
    for (const list of [words, [...new Set(words)].sort()]) {
      const set = sortedWordSet(list);
      expect(asked.map((word) => set.has(word))).toEqual(asked.map((word) => words.includes(word)));
    }
  });
});
