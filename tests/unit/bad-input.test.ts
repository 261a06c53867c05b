/**
 * Bad input (CONTRACT.md "Bad input", issue 11, docs/bad-input.md) on the pure reading layer:
 * the decoder, the cleaning of text, the listing of files with links, the sidecar, page ids.
 * The same cases built into a site: tests/build/bad-input.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseAnnotations } from '../../src/lib/annotations.ts';
import { decodeCable, MAX_CABLE_BYTES, UnusableFileError } from '../../src/lib/decode.ts';
import { isPageId } from '../../src/lib/page-ids.ts';
import { parseCable } from '../../src/lib/parse.ts';
import { findCableFiles, readCableSource } from '../../src/lib/read.ts';
import { CONTROL_LINES, PUBLISHED, STRAY_LINE, UNUSABLE, writeBadInputs } from '../helpers/bad-input.ts';

const moscow = readFileSync('seeds/cablegate/08MOSCOW2700.txt', 'utf8');
const amman = readFileSync('seeds/cablegate/04AMMAN1288.txt', 'utf8');

/** The reason decodeCable gives for bytes that are no cable, or null when it decodes them. */
function refusal(bytes: Uint8Array): string | null {
  try {
    decodeCable(bytes);
    return null;
  } catch (error) {
    if (error instanceof UnusableFileError) return error.reason;
    throw error;
  }
}

describe('byte-order marks and encodings', () => {
  test('UTF-8, UTF-16 LE and UTF-16 BE marks decide the encoding; the mark is not text', () => {
    const le = Buffer.from(`\ufeff${moscow}`, 'utf16le');
    expect(decodeCable(le)).toMatchObject({ text: moscow, encoding: 'utf-16le', warnings: [] });
    expect(decodeCable(Buffer.from(le).swap16())).toMatchObject({ text: moscow, encoding: 'utf-16be', warnings: [] });
    expect(decodeCable(Buffer.from(`\ufeff${moscow}`))).toMatchObject({ text: moscow, encoding: 'utf-8', warnings: [] });
  });

  test('UTF-16 without a mark is recognised by its zero bytes, with a warning', () => {
    const decoded = decodeCable(Buffer.from(moscow, 'utf16le'));
    expect(decoded).toMatchObject({ text: moscow, encoding: 'utf-16le' });
    expect(decoded.warnings).toEqual([{ line: 1, message: expect.stringMatching(/no byte-order mark: read as UTF-16LE/) }]);
  });

  test('a UTF-8 file with one stray Windows-1252 byte stays UTF-8: the byte becomes U+FFFD with a warning on its line', () => {
    const bytes = Buffer.concat([Buffer.from('SUBJECT: \u201cyes\u201d said the \u00a9 holder\nline two '), Buffer.from([0x93]), Buffer.from('no\n')]);
    const decoded = decodeCable(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('SUBJECT: \u201cyes\u201d said the \u00a9 holder\nline two \ufffdno\n');
    expect(decoded.warnings).toEqual([{ line: 2, message: 'a byte that is not valid UTF-8 was replaced with U+FFFD' }]);
  });

  test('Windows-1252 (no valid UTF-8 sequence) is read whole as Windows-1252, without warnings', () => {
    const bytes = Buffer.from([...Buffer.from('x'), 0xb6, ...Buffer.from('1. (C) caf'), 0xe9, 0x0a]);
    expect(decodeCable(bytes)).toEqual({ text: 'x\u00b61. (C) caf\u00e9\n', encoding: 'windows-1252', warnings: [] });
  });

  test('every real cable decodes as before: UTF-8, no warnings', () => {
    for (const id of Object.keys(PUBLISHED)) {
      const decoded = decodeCable(readFileSync(`seeds/cablegate/${id}.txt`));
      expect(decoded.warnings, id).toEqual([]);
      expect(decoded.encoding).toBe('utf-8');
    }
  });
});

describe('files that are no cable', () => {
  test('empty, blank, binary (by signature and by control characters) and oversized files are refused with the reason', () => {
    expect(refusal(new Uint8Array())).toBe('empty file');
    expect(refusal(Buffer.from(' \n\t\r\n\u2028'))).toBe('blank file (only whitespace)');
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('binary file (PNG image)');
    expect(refusal(Buffer.from('%PDF-1.4\n'))).toBe('binary file (PDF document)');
    const noise = Buffer.alloc(1000);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 104729 + 7) % 251;
    expect(refusal(noise)).toMatch(/^binary file \(\d+ control characters in its first \d+ characters\)$/);
    expect(refusal(Buffer.alloc(MAX_CABLE_BYTES + 1, 'A'))).toBe(`file too large (${MAX_CABLE_BYTES + 1} bytes; the limit is ${MAX_CABLE_BYTES} bytes)`);
    expect(refusal(Buffer.alloc(MAX_CABLE_BYTES, 'A'))).toBeNull();
  });
});

describe('control characters and line separators', () => {
  test('NUL, BEL, ESC, DEL and C1 controls are dropped, each warned about with its line; tab stays', () => {
    const words = 'words of a cable '.repeat(20);
    const decoded = decodeCable(Buffer.from(`a\u0000b\tc\nd\u0007\u001b\ne\u007f\u0085f\u009b\n${words}`));
    // NEL (U+0085) is a line break: `f` is on line 4.
    expect(decoded.text).toBe(`ab\tc\nd\ne\nf\n${words}`);
    expect(decoded.warnings.map((w) => `${w.line} ${w.message}`)).toEqual([
      '1 control character U+0000 dropped',
      '2 control character U+0007 dropped',
      '2 control character U+001B dropped',
      '3 control character U+007F dropped',
      '4 control character U+009B dropped',
    ]);
  });

  test('text handed to the parser directly is cleaned too (nothing reaches the JSON)', () => {
    const cable = parseCable(moscow.replace('Summary.', 'Sum\u0000mary.\u0007'), { file: 'x.txt' });
    expect(JSON.stringify(cable)).not.toMatch(/\\u000[0-8]|\\u001[0-9a-f]|\\u007f/i);
  });

  test('U+2028, U+2029, NEL, VT, FF and CR are line breaks: ¶1 keeps its number and marking', () => {
    const subjectAt = moscow.indexOf('SUBJECT:');
    for (const separator of ['\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\r']) {
      const text = moscow.slice(0, subjectAt) + moscow.slice(subjectAt).replaceAll('\n', separator);
      const { text: decoded } = decodeCable(Buffer.from(text));
      const cable = parseCable(decoded, { file: '08MOSCOW2700.txt' });
      expect(cable.paragraphs[0], JSON.stringify(separator)).toMatchObject({ anchor: 'par1', number: 1, marking: 'U' });
      expect(cable.subject).toBe('MOSCOW TOLERANCE MUSEUM TO OPEN IN 2011');
    }
  });
});

describe('page ids a cable cannot take', () => {
  test('headings MAIN, COPY STATUS, SEARCH INPUT and a sidecar id site-search are prefixed; the sidecar warning names the sidecar and its line', () => {
    const text = amman
      .replace('PRODUCTIVE FONMIN MEETING IN KUWAIT', 'MAIN')
      .replace('\nSYRIA THE ODD MAN OUT', '\nCOPY STATUS')
      .replace('SYRIAN “STARK IGNORANCE”', 'SEARCH INPUT');
    const annotations = parseAnnotations('sections:\n  - section: comment\n    id: site-search\n', 'x/04AMMAN1288.annotations.yaml');
    const cable = parseCable(text, { file: 'x/04AMMAN1288.txt', fileName: '04AMMAN1288.txt', annotations });
    expect(cable.sections.map((s) => s.id)).toEqual(['summary', 'sec-main', 'sec-copy-status', 'sec-search-input', 'sec-site-search']);
    expect(cable.sections.every((s) => !isPageId(s.id))).toBe(true);
    // The line of the sidecar entry that gives the id.
    expect(cable.warnings).toContainEqual({
      line: 2,
      message: 'x/04AMMAN1288.annotations.yaml:2: annotations: section id "site-search" is one of the page\'s own ids; sec-site-search is used',
      file: 'x/04AMMAN1288.annotations.yaml',
    });
  });

  test('families of the page’s ids are reserved: term-…, note-…, cr-…', () => {
    for (const id of ['main', 'copy-status', 'search-input', 'site-search', 'cite-text', 'term-usg', 'note-par1', 'cr-anything']) expect(isPageId(id), id).toBe(true);
    for (const id of ['summary', 'comment', 'resources', 'maintenance', 'terms']) expect(isPageId(id), id).toBe(false);
  });
});

describe('the bad-input folder (tests/helpers/bad-input.ts) read file by file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cable-reader-bad-unit-'));
  writeBadInputs(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('links: a link to a cable outside is followed; a broken link and a loop are reported; a second link to one file is read once', async () => {
    symlinkSync(path.join(dir, 'linked.txt'), path.join(dir, 'z-linked-again.txt'));
    const { files, skipped } = await findCableFiles(dir);
    rmSync(path.join(dir, 'z-linked-again.txt'));
    const names = files.map((file) => path.relative(dir, file));
    expect(names).toEqual(expect.arrayContaining([...Object.values(PUBLISHED), ...Object.keys(UNUSABLE)]));
    expect(names).toHaveLength(Object.keys(PUBLISHED).length + Object.keys(UNUSABLE).length);
    expect(skipped.map(({ path: p, reason }) => `${path.relative(dir, p)}: ${reason.replace(/ \([^)]*\)/g, '')}`).sort()).toEqual([
      'broken.txt: a link that leads nowhere',
      `z-linked-again.txt: the same file as ${path.join(dir, 'linked.txt')}: read once`,
      'loop: a link to a folder already read: not read again',
    ].sort());
  });

  test('each unusable file is refused with its reason; each damaged cable is read with its warnings', async () => {
    for (const [name, reason] of Object.entries(UNUSABLE)) {
      await expect(readCableSource(path.join(dir, name)), name).rejects.toThrow(reason);
    }
    const read = async (name: string) => (await readCableSource(path.join(dir, name), { root: dir })).cable;
    expect((await read('utf16le-bom.txt')).subject).toBe('AFGHANS WITH CODEL BURR ON ELECTIONS, SECURITY, AND THE FUTURE');
    expect((await read('utf16be-bom.txt')).subject).toBe("TAJIKISTAN'S NEW SYNAGOGUE: BUSINESS, CENTRAL ASIA STYLE");
    const madrid = await read('utf8-stray-byte.txt');
    expect(madrid.warnings).toContainEqual({ line: STRAY_LINE, message: 'a byte that is not valid UTF-8 was replaced with U+FFFD' });
    expect(madrid.header.join('\n')).toContain('\u201cyes\u201d');
    const berlin = await read('control-characters.txt');
    expect(berlin.warnings.filter((w) => w.message.startsWith('control character')).map((w) => w.line)).toEqual([CONTROL_LINES[0], CONTROL_LINES[0], CONTROL_LINES[1], CONTROL_LINES[1]]);
    expect(JSON.stringify(berlin)).not.toMatch(/\\u00[01][0-9a-f]/i);
    expect((await read('line-separators.txt')).paragraphs[0]).toMatchObject({ anchor: 'par1', marking: 'U' });
  });

  test('an unreadable sidecar is a warning naming the sidecar, never an error', async () => {
    const { cable, sidecar } = await readCableSource(path.join(dir, 'unreadable-sidecar.txt'), { root: dir });
    expect(sidecar?.sections).toEqual([]);
    expect(cable.warnings.at(-1)).toEqual({
      line: 1,
      message: expect.stringMatching(/^unreadable-sidecar\.annotations\.yaml:1: annotations could not be read: .*EISDIR/),
      file: 'unreadable-sidecar.annotations.yaml',
    });
  });

  test('an empty sidecar annotates nothing, silently', async () => {
    const sub = path.join(dir, 'empty-sidecar');
    mkdirSync(sub);
    writeFileSync(path.join(sub, '08MOSCOW2700.txt'), moscow);
    writeFileSync(path.join(sub, '08MOSCOW2700.annotations.yaml'), '');
    const { cable } = await readCableSource(path.join(sub, '08MOSCOW2700.txt'), { root: dir });
    expect(cable.warnings).toEqual([]);
  });
});
