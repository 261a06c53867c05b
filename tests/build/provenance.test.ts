/**
 * The way back to the source (issue 10, item 4): every reader page links the original
 * publication (WikiLeaks' cable page for a Cablegate id; Scoop for the seed, which names it),
 * `/cables/<ID>.txt` is the source text as read (publisher furniture included), and a cable whose
 * file id and text id disagree says so on the page and in its citation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeCable } from '../../src/lib/decode.ts';
import type { AnnotatedCable } from '../../src/lib/types.ts';
import { PROJECT_ROOT, SEED_ID } from '../helpers/paths.ts';
import { allCableJson, attr, readDist, readPage, select, selectAll, textOf } from '../helpers/site.ts';

const cables = allCableJson() as Map<string, AnnotatedCable>;
/** The corpus cables whose text is another cable than the file name says (read from the texts by hand). */
const CONFLICTS: Record<string, string> = {
  '05SOFIA1280': '05PARIS5539',
  '09CHISINAU694': '09ULAANBAATAR234',
  '10MEXICO614': '10ISLAMABAD416',
};

describe('original publication', () => {
  test('every cable with a Cablegate id links its WikiLeaks cable page', () => {
    const problems: string[] = [];
    for (const [id, cable] of cables) {
      if (cable.referenceId === null) continue;
      const href = `https://wikileaks.org/plusd/cables/${cable.referenceId}_a.html`;
      const link = select(`#about-source a[href="${href}"]`, readPage(`/cables/${id}/`));
      if (!link) problems.push(`${id}: no link to ${href}`);
    }
    expect(problems).toEqual([]);
  });

  test('the seed links its publisher, Scoop, which its text names; it has no Cablegate id to link', () => {
    const page = readPage(`/cables/${SEED_ID}/`);
    const links = selectAll('#about-source a[rel~="external"]', page);
    expect(links.map((link) => [attr(link, 'href'), textOf(link)])).toEqual([['https://www.scoop.co.nz/', 'Scoop (scoop.co.nz)']]);
    expect(readFileSync(path.join(PROJECT_ROOT, cables.get(SEED_ID)?.file ?? ''), 'utf8')).toMatch(/© Scoop Media/);
  });
});

describe('/cables/<ID>.txt', () => {
  test('every cable’s source text is there as read, linked from its page for download', () => {
    const problems: string[] = [];
    for (const [id, cable] of cables) {
      const expected = decodeCable(readFileSync(path.join(PROJECT_ROOT, cable.file))).text;
      if (readDist(`/cables/${id}.txt`) !== expected) problems.push(`${id}.txt differs from ${cable.file} as read`);
      const link = select(`#about-source a[href="/cables/${id}.txt"]`, readPage(`/cables/${id}/`));
      if (attr(link, 'download') === undefined) problems.push(`${id}: no download link to its .txt`);
    }
    expect(problems).toEqual([]);
  });

  test('the seed’s text keeps its publisher furniture, footer included', () => {
    const text = readDist(`/cables/${SEED_ID}.txt`);
    expect(text.startsWith('Cablegate: Guatemala/Mexico Border Issues, Staffdel Meacham')).toBe(true);
    expect(text).toContain('© Scoop Media');
  });
});

describe('the file’s id and the text’s id disagree', () => {
  test.each(Object.entries(CONFLICTS))('%s (its text is %s): a visible warning, and the citation carries it', (id, textId) => {
    const page = readPage(`/cables/${id}/`);
    const notice = select('article.cable .notice-conflict', page);
    expect(textOf(notice)).toContain(id);
    expect(textOf(notice)).toContain(textId);
    const citation = cables.get(id)?.annotations.citation.text ?? '';
    expect(citation).toContain(`warning: filed as ${id}, but its text is ${textId}`);
    expect(attr(select('article.cable', page), 'dataCitation')).toBe(citation);
    expect(textOf(select('#about-cite .cite-text', page))).toContain(citation);
    expect(select(`#about-source a[href="https://wikileaks.org/plusd/cables/${textId}_a.html"]`, page)).toBeDefined();
  });

  test('no other cable shows the warning', () => {
    const warned = [...cables.keys()].filter((id) => select('.notice-conflict', readPage(`/cables/${id}/`)) !== undefined);
    expect(warned.sort()).toEqual(Object.keys(CONFLICTS).sort());
  });
});
