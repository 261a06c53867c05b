/**
 * The seed cable end to end in dist/ (issue 2 "Done when"): its page shows ¶1–¶9 under
 * summary, resources, vetting and comment, with no footer text; its JSON matches.
 */
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import type { AnnotatedCable } from '../../src/lib/types.ts';
import { SEED_FILE, SEED_ID, SEED_SUBJECT } from '../helpers/paths.ts';
import { footerOnlyWords } from '../helpers/seed.ts';
import { attr, readCableJson, readDist, readPage, select, selectAll, textOf } from '../helpers/site.ts';

const EXPECTED_SECTIONS = [
  { id: 'summary', kind: 'summary', paragraphs: ['par1', 'par2', 'par3'] },
  { id: 'resources', kind: 'body', paragraphs: ['par4', 'par5', 'par6'], title: 'People, Practices, and Equipment' },
  { id: 'vetting', kind: 'body', paragraphs: ['par7'], title: 'Vetting Human Assets, Reorientation of Military' },
  { id: 'comment', kind: 'comment', paragraphs: ['par8', 'par9'] },
];

describe('seed JSON /cables/<seed>.json', () => {
  const cable = readCableJson(SEED_ID);

  test('identity and metadata', () => {
    expect(cable.id).toBe(SEED_ID);
    expect(cable.file).toBe(SEED_FILE);
    expect(cable.referenceId).toBeNull();
    expect(cable.subject).toBe(SEED_SUBJECT);
    expect(cable.partial).toBe(true);
    // The extract carries no date line, no post, no classification line, no TAGS and no REF.
    expect(cable.date).toBeNull();
    expect(cable.origin).toBeNull();
    expect(cable.classification).toBeNull();
    expect(cable.tags).toEqual([]);
    expect(cable.references).toEqual([]);
    expect(cable.header.join('\n')).toContain('E.O. 12958: N/A');
  });

  test('sections summary ¶1–3, resources ¶4–6, vetting ¶7, comment ¶8–9', () => {
    expect(cable.sections.map(({ id, kind, paragraphs }) => ({ id, kind, paragraphs }))).toEqual(
      EXPECTED_SECTIONS.map(({ id, kind, paragraphs }) => ({ id, kind, paragraphs })),
    );
    for (const expected of EXPECTED_SECTIONS) {
      if (expected.title) expect(cable.sections.find((section) => section.id === expected.id)?.title).toBe(expected.title);
    }
  });

  test('nine numbered paragraphs, unmarked, with their words', () => {
    expect(cable.paragraphs.map((paragraph) => [paragraph.anchor, paragraph.number])).toEqual(
      Array.from({ length: 9 }, (_, index) => [`par${index + 1}`, index + 1]),
    );
    expect(cable.paragraphs.every((paragraph) => paragraph.marking === null)).toBe(true);
    const text = (anchor: string): string => cable.paragraphs.find((paragraph) => paragraph.anchor === anchor)?.text ?? '';
    expect(text('par5')).toMatch(/lack of wiretap\s+authority to generate intelligence\.$/);
    expect(text('par6')).toMatch(/only one helicopter and five pick-up\s+trucks/);
    expect(text('par6')).toMatch(/no photographic or\s+biometric information is collected/);
    expect(text('par8')).toMatch(/^In the immediate term, the NAFTA partners/);
    expect(text('par9').replace(/\s+/g, ' ')).toBe('Meacham did not have the opportunity to clear this message before departing Guatemala.');
    expect(cable.signature).toBeNull();
  });

  test('no footer word anywhere in the JSON', () => {
    // Everything read from the file. The editor's notes and the glossary's meanings are our own
    // words, and the citation names the publisher of this copy (Scoop) on purpose: the notes and
    // the citation are checked on their own below.
    const { annotations, ...parsed } = JSON.parse(readDist(`/cables/${SEED_ID}.json`)) as AnnotatedCable;
    const { notes, citation, ...annotated } = annotations;
    const fromText = {
      ...annotated,
      terms: annotated.terms.map((term) => ({ ...term, meaning: '' })),
      markings: annotated.markings.map((marking) => ({ ...marking, meaning: '' })),
    };
    const json = JSON.stringify({ parsed, fromText }).toLowerCase();
    // Whole words of the JSON's string values (its keys, such as "marking", are not text).
    const values: string[] = [];
    JSON.parse(json, (_key, value: unknown) => {
      if (typeof value === 'string') values.push(value);
      return value;
    });
    const jsonWords = new Set(values.join(' ').match(/\p{L}{5,}/gu));
    const words = footerOnlyWords();
    expect(words.length).toBeGreaterThan(50);
    expect(words.filter((word) => jsonWords.has(word))).toEqual([]);
    expect(json).not.toContain('bachelet');
    expect(json).not.toContain('scoop');
    expect(citation.publisher).toBe('Scoop');
    expect(citation.text.toLowerCase().split('scoop')).toHaveLength(2);
    expect(JSON.stringify(notes).toLowerCase()).not.toMatch(/scoop|bachelet|world headlines|myanmar|guterres|unfccc/);
  });
});

describe('seed reader page /cables/<seed>/', () => {
  const page = readPage(`/cables/${SEED_ID}/`);

  test('h1 is the subject; the partial-extract and source notices are shown', () => {
    expect(textOf(select('h1', page))).toBe(SEED_SUBJECT);
    expect(textOf(select('p.notice.notice-partial', page))).not.toBe('');
    expect(textOf(select('main', page))).toContain('000_20ae7434d121b7bb.txt');
  });

  test('¶1–¶9 sit in sections summary, resources, vetting, comment, in that order', () => {
    const sections = selectAll('article.cable section.cable-section', page);
    expect(sections.map((section) => attr(section, 'id'))).toEqual(EXPECTED_SECTIONS.map((section) => section.id));
    for (const expected of EXPECTED_SECTIONS) {
      const section = select(`section#${expected.id}`, page);
      expect(selectAll('.para', section ?? page).map((para) => attr(para, 'id'))).toEqual(expected.paragraphs);
      expect(selectAll('.para a.para-num', section ?? page).map((link) => textOf(link))).toEqual(
        expected.paragraphs.map((anchor) => `¶${anchor.slice(3)}`),
      );
      if (expected.title) expect(textOf(select('h2', section ?? page))).toBe(expected.title);
    }
  });

  test('the table of contents links the four sections in order', () => {
    expect(selectAll('nav.toc a', page).map((link) => attr(link, 'href'))).toEqual(
      EXPECTED_SECTIONS.map((section) => `#${section.id}`),
    );
    expect(attr(select('nav.toc', page), 'ariaLabel')).toBe('Sections');
  });

  test('no footer word anywhere on the page', () => {
    // The citation names the publisher ("via Scoop", twice: data-citation and the citation block),
    // the source panel links it (issue 10: the way back to the original publication, once), and
    // the editor's notes are the editor's words: taken out, nothing else may match.
    const citation = `(partial extract, via Scoop)`;
    const publisher = '<a href="https://www.scoop.co.nz/" rel="external">Scoop (scoop.co.nz)</a>';
    const raw = readDist(`/cables/${SEED_ID}/`);
    expect(raw.split(citation)).toHaveLength(3);
    expect(raw.split(publisher)).toHaveLength(2);
    const html = raw.split(citation).join('').split(publisher).join('').toLowerCase();
    const article = fromHtml(raw);
    for (const editorial of selectAll('aside.note, div.cite-cable', article)) editorial.children = [];
    // Whole words only: the article's text must not share a single footer-only word.
    const articleWords = new Set(textOf(select('article.cable', article)).toLowerCase().match(/\p{L}{5,}/gu));
    expect(footerOnlyWords().filter((word) => articleWords.has(word))).toEqual([]);
    for (const phrase of ['scoop', 'world headlines', 'bachelet', 'myanmar', 'guterres', 'unfccc', 'more>>', 'more&gt;&gt;']) {
      expect(html, phrase).not.toContain(phrase);
    }
  });
});
