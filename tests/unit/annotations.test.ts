import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { parseAnnotations, resolveNotes } from '../../src/lib/annotations.ts';
import { readCable } from '../../src/lib/read.ts';
import { noteMarkdownProcessor, renderNoteMarkdown } from '../../src/render/note-markdown.ts';

const seedFile = 'seeds/000_20ae7434d121b7bb.txt';
const seedSidecar = 'seeds/000_20ae7434d121b7bb.annotations.yaml';

/** The seed's sidecar, parsed as readCable parses it. */
function seedAnnotations() {
  return parseAnnotations(readFileSync(seedSidecar, 'utf8'), seedSidecar);
}

/** The messages of `warnings`, for readable failures. */
const messages = (warnings: Array<{ message: string }>): string[] => warnings.map((w) => w.message);

describe('the seed sidecar', () => {
  test('parses with no warnings; its sections are unchanged and it has five notes', async () => {
    const annotations = seedAnnotations();
    expect(messages(annotations.warnings)).toEqual([]);
    expect(annotations.sections.map((s) => [s.heading, s.id])).toEqual([
      ['People, Practices, and Equipment', 'resources'],
      ['Vetting Human Assets, Reorientation of Military', 'vetting'],
    ]);
    expect(annotations.notes?.map((n) => n.paragraph)).toEqual(['par1', 'par2', 'par6', 'par8', 'par9']);
    // readCable adds the sidecar's warnings to the cable's: none.
    expect(messages((await readCable(seedFile)).warnings)).toEqual([]);
  });

  test('the notes resolve to the seed cable’s paragraphs, in paragraph order, and say what the brief asks', async () => {
    const cable = await readCable(seedFile);
    const { notes, warnings } = resolveNotes(seedAnnotations(), cable, seedSidecar);
    expect(messages(warnings)).toEqual([]);
    expect(notes.map((n) => n.paragraph)).toEqual(['par1', 'par2', 'par6', 'par8', 'par9']);
    const on = (anchor: string): string => notes.find((n) => n.paragraph === anchor)!.markdown.replace(/\s+/g, ' ');
    expect(on('par1')).toContain('Senate Foreign Relations Committee (SFRC)');
    expect(on('par1')).toContain('Carl Meacham');
    // ¶2's note quotes where this copy stops: the cable's own last words of ¶2.
    const par2 = cable.paragraphs.find((p) => p.anchor === 'par2')!;
    expect(par2.text.endsWith('their Mexican and United States')).toBe(true);
    expect(on('par2')).toContain('stops mid-sentence at “their Mexican and United States”');
    expect(on('par6')).toContain('one helicopter and five pick-up trucks');
    expect(cable.paragraphs.find((p) => p.anchor === 'par6')!.text).toContain('one helicopter and five pick-up trucks');
    expect(on('par8')).toContain('lone “End”');
    expect(cable.paragraphs.find((p) => p.anchor === 'par8')!.text.endsWith(' End')).toBe(true);
  });

  test('every link in the seed notes goes to a paragraph (or a range of paragraphs) of the cable', async () => {
    const cable = await readCable(seedFile);
    const anchors = new Set(cable.paragraphs.map((p) => p.anchor));
    const hrefs = resolveNotes(seedAnnotations(), cable, seedSidecar).notes.flatMap((note) =>
      selectAll('a', fromHtml(renderNoteMarkdown(note.markdown), { fragment: true })).map((a) => String(a.properties['href'])),
    );
    expect(hrefs).toContain('#par4-par6');
    for (const href of hrefs) {
      const parts = href.replace(/^#/, '').split('-');
      expect(href.startsWith('#'), href).toBe(true);
      expect(parts.every((anchor) => anchors.has(anchor)), href).toBe(true);
    }
  });
});

describe('notes: in a sidecar', () => {
  test('paragraph numbers and anchors; several notes on one paragraph; Markdown kept as written', () => {
    const source = [
      'notes:',
      '  - paragraph: 6',
      '    note: |',
      '      First *note*',
      '',
      '      on six.',
      '  - paragraph: par6-2',
      '    note: A second paragraph six.',
      '  - paragraph: text-1',
      '    note: Unnumbered.',
      '  - paragraph: "6"',
      '    note: Again on six.',
    ].join('\n');
    const annotations = parseAnnotations(source, 'n.yaml');
    expect(messages(annotations.warnings)).toEqual([]);
    expect(annotations.notes).toEqual([
      { paragraph: 'par6', markdown: 'First *note*\n\non six.', line: 2 },
      { paragraph: 'par6-2', markdown: 'A second paragraph six.', line: 7 },
      { paragraph: 'text-1', markdown: 'Unnumbered.', line: 9 },
      { paragraph: 'par6', markdown: 'Again on six.', line: 11 },
    ]);
  });

  test('bad entries give warnings with file:line and are left out, never exceptions', () => {
    const source = [
      'notes:', //                      1
      '  - paragraph: six', //          2  bad paragraph
      '    note: words', //             3
      '  - paragraph: 0', //            4  bad paragraph
      '    note: words', //             5
      '  - paragraph: 3', //            6
      '    note: ""', //                7  empty note
      '  - paragraph: 4', //            8  no note
      '  - just a line', //             9  not a mapping
      '  - paragraph: 5', //           10
      '    note: kept', //             11
      '    author: someone', //        12  unknown field: warned, the note is kept
      '  - paragraph: par5x', //       13  bad anchor
      '    note: words', //            14
      '  - paragraph: 2.5', //         15  not a whole number
      '    note: words', //            16
      '  - note: no paragraph', //     17
    ].join('\n');
    const annotations = parseAnnotations(source, 'bad.yaml');
    expect(annotations.notes).toEqual([{ paragraph: 'par5', markdown: 'kept', line: 10 }]);
    expect(annotations.warnings.map((w) => w.line)).toEqual([2, 4, 7, 8, 9, 12, 13, 15, 17]);
    for (const warning of annotations.warnings) {
      expect(warning.message).toMatch(new RegExp(`^bad\\.yaml:${warning.line}: annotations: `));
    }
    expect(annotations.warnings[0]!.message).toContain('note paragraph "six" is neither a paragraph number');
    expect(annotations.warnings[2]!.message).toContain('must be a non-empty Markdown text');
    expect(annotations.warnings[3]!.message).toContain('needs both `paragraph:`');
    expect(annotations.warnings[5]!.message).toContain('unknown note field "author"');
  });

  test('`notes` that is not a list warns; sections and notes live side by side; no `notes:` key leaves the value as before', () => {
    expect(messages(parseAnnotations('notes: 5\n', 'x.yaml').warnings)).toEqual(['x.yaml:1: annotations: `notes` must be a list of entries']);
    const both = parseAnnotations('sections:\n  - section: comment\n    label: Ours\nnotes:\n  - paragraph: 1\n    note: hi\n', 'y.yaml');
    expect(both.warnings).toEqual([]);
    expect(both.sections).toHaveLength(1);
    expect(both.notes).toEqual([{ paragraph: 'par1', markdown: 'hi', line: 5 }]);
    expect(parseAnnotations('sections: []\n', 'z.yaml')).toEqual({ file: 'z.yaml', sections: [], warnings: [] });
  });
});

describe('resolveNotes', () => {
  test('notes on paragraphs the cable lacks warn with the sidecar’s file:line; the rest come in paragraph order', async () => {
    const cable = await readCable(seedFile);
    const annotations = parseAnnotations(
      'notes:\n  - paragraph: 6\n    note: b\n  - paragraph: 12\n    note: x\n  - paragraph: 1\n    note: a\n  - paragraph: 6\n    note: c\n',
      'seed.annotations.yaml',
    );
    const { notes, warnings } = resolveNotes(annotations, cable, 'seed.annotations.yaml');
    expect(notes).toEqual([
      { paragraph: 'par1', markdown: 'a' },
      { paragraph: 'par6', markdown: 'b' },
      { paragraph: 'par6', markdown: 'c' },
    ]);
    expect(warnings).toEqual([
      { line: 4, message: 'seed.annotations.yaml:4: annotations: note on paragraph "par12" matches no paragraph of this cable; ignored', file: 'seed.annotations.yaml' },
    ]);
  });

  test('anchors of unnumbered text and of a number written twice resolve on real cables', async () => {
    const bogota = await readCable('seeds/cablegate/04BOGOTA8900.txt');
    const jeddah = await readCable('seeds/cablegate/06JEDDAH700.txt');
    const annotations = parseAnnotations('notes:\n  - paragraph: par6-2\n    note: second six\n  - paragraph: text-1\n    note: opening\n', 'a.yaml');
    expect(resolveNotes(annotations, bogota, 'a.yaml').notes).toEqual([{ paragraph: 'text-1', markdown: 'opening' }]);
    expect(resolveNotes(annotations, jeddah, 'a.yaml').notes).toEqual([{ paragraph: 'par6-2', markdown: 'second six' }]);
    expect(resolveNotes(null, jeddah, 'a.yaml')).toEqual({ notes: [], warnings: [] });
  });
});

describe('renderNoteMarkdown', () => {
  const tree = (markdown: string) => fromHtml(renderNoteMarkdown(markdown), { fragment: true });

  test('emphasis, links to cables and to paragraph ranges, lists', () => {
    const html = renderNoteMarkdown(
      'See *this* and **that**: [10MAPUTO80 ¶3](/cables/10MAPUTO80/#par3), [¶4–6](#par4-par6), <https://example.org/a?b=1&c=2>.\n\n- one\n- two\n\n1. first',
    );
    expect(html).toContain('<em>this</em>');
    expect(html).toContain('<strong>that</strong>');
    expect(html).toContain('<a href="/cables/10MAPUTO80/#par3">10MAPUTO80 ¶3</a>');
    expect(html).toContain('<a href="#par4-par6">¶4–6</a>');
    expect(html).toContain('href="https://example.org/a?b=1&#x26;c=2"');
    expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>first</li>\n</ol>');
  });

  test('raw HTML is shown as text, never as elements; javascript: and other unsafe links lose their href', () => {
    const markdown = '<script>alert(1)</script>\n\nHi <img src=x onerror="alert(2)"> [a](javascript:alert(3)) [b](JaVaScRiPt:alert(4)) [c](data:text/html,x) [d](mailto:a@example.org)';
    const html = renderNoteMarkdown(markdown);
    const hast = tree(markdown);
    expect(selectAll('script, img, [onerror]', hast)).toEqual([]);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain('data:');
    expect(toText(hast)).toContain('<script>alert(1)</script>');
    expect(selectAll('a', hast).map((a) => a.properties['href'] ?? null)).toEqual([null, null, null, 'mailto:a@example.org']);
  });

  test('headings become strong text, so a note adds nothing to the page outline; images become links', () => {
    const hast = tree('# Big\n\n## Smaller *one*\n\nSetext\n======\n\nText ![a map](https://example.org/map.png)');
    expect(selectAll('h1, h2, h3, h4, h5, h6, img', hast)).toEqual([]);
    expect(selectAll('p > strong', hast).map((s) => toText(s))).toEqual(['Big', 'Smaller one', 'Setext']);
    expect(selectAll('a', hast).map((a) => [a.properties['href'], toText(a)])).toEqual([['https://example.org/map.png', 'a map']]);
  });

  test('the processor is frozen and reused', () => {
    expect(() => noteMarkdownProcessor.use(() => undefined)).toThrow(/frozen/);
    expect(renderNoteMarkdown('*x*')).toBe(renderNoteMarkdown('*x*'));
  });
});
