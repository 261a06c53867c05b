import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { decodeCable } from '../../src/lib/decode.ts';
import { checkNothingLost } from '../../src/lib/invariants.ts';
import { MARKING, PAGE_HEADER } from '../../src/lib/patterns.ts';
import { listCableFiles, readCable } from '../../src/lib/read.ts';
import { CLASSIFICATIONS, type Cable } from '../../src/lib/types.ts';
import { compareWithIndex, readCorpusIndex } from '../corpus-metadata.ts';

const files = await listCableFiles('seeds');
/** A page header (`MOSCOW 00005645 005 OF 010`) at the start of a text. */
const PAGE_HEADER_AT_START = /^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}\s\d{5,8}\s+\d{3}(?:\.\d+)?\s+(?:OF|of)\s+\d{3}\b/;
/** Any parenthesised portion marking at the start of a text, known forms or not: `(C)`, `(S/NF)`, `(C/rel to UN)`. */
const MARKING_AT_START = /^\((?:TS|S|C|U|SBU|LOU|FOUO)(?:\)|\s*(?:\/|-\s|\s(?:NF|NOFORN|REL|rel)\b))/i;
const cables = new Map<string, Cable>();

beforeAll(async () => {
  for (const file of files) cables.set(file, await readCable(file));
}, 60_000);

describe('every cable in seeds/', () => {
  test('there are the seed and the 250 corpus cables', () => {
    expect(files).toHaveLength(251);
  });

  test.each(files)('%s: reads, nothing lost, anchors and sections consistent', (file) => {
    const cable = cables.get(file)!;
    expect(cable.file).toBe(file);
    expect(checkNothingLost(decodeCable(readFileSync(file)).text, cable)).toBeNull();

    const anchors = cable.paragraphs.map((p) => p.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const paragraph of cable.paragraphs) {
      if (paragraph.number === null) expect(paragraph.anchor).not.toMatch(/^par\d/);
      else expect(paragraph.anchor).toMatch(new RegExp(`^par${paragraph.number}(-\\d+)?$`));
      // Numbers and markings are fields, never repeated at the start of the text.
      expect(paragraph.text).not.toMatch(/^¶?\s*\d{1,3}\s*[.)]\s/);
      if (paragraph.marking !== null) expect(MARKING.test(paragraph.text)).toBe(false);
      // A paragraph's text is the author's words: it never starts with a page header, a SIPDIS
      // line or a portion marking (issue 8).
      expect(paragraph.text, paragraph.anchor).not.toMatch(PAGE_HEADER_AT_START);
      expect(paragraph.text, paragraph.anchor).not.toMatch(/^SIPDIS\b/);
      expect(paragraph.text, paragraph.anchor).not.toMatch(MARKING_AT_START);
    }
    // Artifacts stand between paragraphs, in the input's order, after a paragraph of the cable.
    const lines = cable.artifacts.map((a) => a.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    for (const artifact of cable.artifacts) {
      if (artifact.after !== null) expect(anchors).toContain(artifact.after);
      expect(artifact.text).toMatch(artifact.kind === 'page-header' ? PAGE_HEADER : /^SIPDIS$/i);
    }
    // Numbered paragraphs go up one by one; any other step is reported as a warning.
    const numbers = cable.paragraphs.flatMap((p) => (p.number === null ? [] : [p.number]));
    const steps = numbers.slice(1).filter((n, i) => n !== numbers[i]! + 1).length;
    const sequenceWarnings = cable.warnings.filter((w) => /missing between|repeated|out of sequence/.test(w.message)).length;
    expect(sequenceWarnings).toBeGreaterThanOrEqual(steps);

    // Sections cover every paragraph exactly once, in order, and agree with paragraph.section.
    expect(cable.sections.flatMap((s) => s.paragraphs)).toEqual(anchors);
    const sectionIds = cable.sections.map((s) => s.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    for (const section of cable.sections) {
      for (const anchor of section.paragraphs) expect(cable.paragraphs.find((p) => p.anchor === anchor)!.section).toBe(section.id);
      // A heading is not repeated as its section's first paragraph text.
      const first = cable.paragraphs.find((p) => p.anchor === section.paragraphs[0]);
      if (first && section.title.length > 12) expect(first.text.startsWith(section.title)).toBe(false);
    }
    // The comment runs to the end: only a later heading of the cable's own (e.g. "Text of Decree") ends it.
    const comment = cable.sections.findIndex((s) => s.kind === 'comment');
    if (comment >= 0) for (const later of cable.sections.slice(comment + 1)) expect(['Summary', 'Comment', 'Opening', 'Text']).not.toContain(later.title);
    if (cable.classification !== null) expect(CLASSIFICATIONS).toContain(cable.classification);
    for (const warning of cable.warnings) expect(warning.line).toBeGreaterThan(0);
  });
});

describe('metadata of the 250 corpus cables against index.tsv', () => {
  test('classification, reference id, subject and date match for at least 98% of cables', () => {
    const rows = readCorpusIndex();
    expect(rows).toHaveLength(250);
    const byName = new Map([...cables].filter(([file]) => file.startsWith('seeds/cablegate/')).map(([file, cable]) => [basename(file), cable]));
    const misses = compareWithIndex(byName, rows);
    const report = { classification: misses.classification, referenceId: misses.referenceId, subject: misses.subject, date: misses.date };
    console.log('metadata misses:', JSON.stringify(report, null, 2), `dated: ${misses.dated}`);
    // The level (SECRET / CONFIDENTIAL / UNCLASSIFIED) must match for 98%. The caveat after `//`
    // cannot reach 98% from the text: in 9 cables the index's NOFORN / FOR OFFICIAL USE ONLY
    // disagrees with the cable's own header lines (e.g. 09STOCKHOLM615: no NOFORN anywhere, index
    // CONFIDENTIAL//NOFORN), and 3 files hold another cable's text (05SOFIA1280, 10MEXICO614,
    // 09TBILISI1123), and 05PARIS4749 has no classification line. So the full value is held at
    // the measured 13 misses (94.8%).
    const levelMisses = misses.classification.filter((miss) => {
      const [ours, theirs] = miss.split(': ')[1]!.split(' ≠ ');
      return ours!.split('//')[0] !== theirs!.split('//')[0];
    });
    expect(levelMisses.length / rows.length).toBeLessThanOrEqual(0.02);
    expect(misses.classification.length).toBeLessThanOrEqual(13);
    expect(misses.referenceId.length / rows.length).toBeLessThanOrEqual(0.02);
    expect(misses.subject.length / rows.length).toBeLessThanOrEqual(0.02);
    expect(misses.date.length / misses.dated).toBeLessThanOrEqual(0.02);
    // Where the text carries a date-time group or date line, the date is read.
    expect(misses.dated).toBeGreaterThanOrEqual(200);
  });
});
