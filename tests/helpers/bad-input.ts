/**
 * A folder of bad input made from real cables (issue 11): every kind of file the reader must
 * report and leave out, and every damaged encoding it must read. Used by the parse CLI tests
 * (tests/unit/bad-input-cli.test.ts) and by the one small build over it (tests/build/bad-input.test.ts).
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_CABLE_BYTES } from '../../src/lib/decode.ts';
import { PROJECT_ROOT } from './paths.ts';

const corpus = (id: string): string => path.join(PROJECT_ROOT, 'seeds/cablegate', `${id}.txt`);
const text = (id: string): string => readFileSync(corpus(id), 'utf8');

/** Files that are no cable: the name and the reason's first word(s), as reported. */
export const UNUSABLE: Record<string, RegExp> = {
  'empty.txt': /^empty file/,
  'blank.txt': /^blank file/,
  'image.txt': /^binary file \(PNG image\)/,
  'random.txt': /^binary file \(\d+ control characters/,
  'huge.txt': new RegExp(`^file too large \\(${MAX_CABLE_BYTES + 1} bytes`),
};

/** Links that are reported and not read. */
export const BAD_LINKS: Record<string, RegExp> = {
  'broken.txt': /a link that leads nowhere/,
  loop: /a link to a folder already read/,
};

/** The cables published from the folder, by id, and the file each comes from. */
export const PUBLISHED: Record<string, string> = {
  '10MADRID49': 'copied/10MADRID49.txt',
  '09KABUL3423': 'utf16le-bom.txt',
  '09DUSHANBE575': 'utf16be-bom.txt',
  '09MADRID604': 'utf8-stray-byte.txt',
  '09BERLIN406': 'control-characters.txt',
  '08MOSCOW2700': 'line-separators.txt',
  '04AMMAN1288': 'page-ids/04AMMAN1288.txt',
  '09CARACAS1296': 'unreadable-sidecar.txt',
  '07KUALALUMPUR1376': 'linked.txt',
};

/** The line of utf8-stray-byte.txt that holds the stray byte (0x93 in the middle of UTF-8 text). */
export const STRAY_LINE = 3;
const berlinLines = text('09BERLIN406').split('\n');
const berlinSubject = berlinLines.findIndex((line) => line.startsWith('SUBJECT:'));
/** The lines of control-characters.txt that hold control characters: the first and the subject. */
export const CONTROL_LINES = [1, berlinSubject + 1];

function utf16(source: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${source}`, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

/** Writes the folder. Every published file is a real corpus cable, damaged in one way. */
export function writeBadInputs(dir: string): void {
  mkdirSync(path.join(dir, 'copied'), { recursive: true });
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\n\r\n   \n');
  const png = Buffer.alloc(2048);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  for (let i = 8; i < png.length; i++) png[i] = (i * 7919 + 13) % 256;
  writeFileSync(path.join(dir, 'image.txt'), png);
  const random = Buffer.alloc(4096);
  for (let i = 0; i < random.length; i++) random[i] = (i * 104729 + 7) % 251;
  writeFileSync(path.join(dir, 'random.txt'), random);
  writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(MAX_CABLE_BYTES + 1, 'A'));

  // The very bytes of a seed cable, at another path (isolated builds: its `file` is this path).
  copyFileSync(corpus('10MADRID49'), path.join(dir, 'copied/10MADRID49.txt'));
  writeFileSync(path.join(dir, 'utf16le-bom.txt'), utf16(text('09KABUL3423'), 'le'));
  writeFileSync(path.join(dir, 'utf16be-bom.txt'), utf16(text('09DUSHANBE575'), 'be'));
  // UTF-8 with curly quotes, and one stray Windows-1252 quote byte on line 3.
  const madrid = text('09MADRID604').split('\n');
  madrid[STRAY_LINE - 1] = `${madrid[STRAY_LINE - 1]} \u201cyes\u201d`;
  const [before, after] = [madrid.slice(0, STRAY_LINE).join('\n'), madrid.slice(STRAY_LINE).join('\n')];
  writeFileSync(path.join(dir, 'utf8-stray-byte.txt'), Buffer.concat([Buffer.from(before), Buffer.from([0x20, 0x93]), Buffer.from(`\n${after}`)]));
  // NUL, BEL and ESC on line 1 and on the subject line.
  const berlin = [...berlinLines];
  berlin[0] = `\u0000${berlin[0]}\u0007`;
  berlin[berlinSubject] = berlin[berlinSubject]!.replace('SUBJECT:', 'SUBJECT:\u0000\u001b');
  writeFileSync(path.join(dir, 'control-characters.txt'), berlin.join('\n'));
  // Every line break from the subject on is U+2028 (paragraph ¶1 starts after one).
  const moscow = text('08MOSCOW2700');
  const subjectAt = moscow.indexOf('SUBJECT:');
  writeFileSync(path.join(dir, 'line-separators.txt'), moscow.slice(0, subjectAt) + moscow.slice(subjectAt).replaceAll('\n', '\u2028'));
  // Headings that are ids of the page's own, and a sidecar id that is one too.
  const amman = text('04AMMAN1288')
    .replace('PRODUCTIVE FONMIN MEETING IN KUWAIT', 'MAIN')
    .replace('\nSYRIA THE ODD MAN OUT', '\nCOPY STATUS')
    .replace('SYRIAN “STARK IGNORANCE”', 'SEARCH INPUT');
  mkdirSync(path.join(dir, 'page-ids'));
  writeFileSync(path.join(dir, 'page-ids/04AMMAN1288.txt'), amman);
  writeFileSync(path.join(dir, 'page-ids/04AMMAN1288.annotations.yaml'), 'sections:\n  - section: comment\n    id: site-search\n');
  // A sidecar that cannot be read (a folder where the file should be).
  writeFileSync(path.join(dir, 'unreadable-sidecar.txt'), text('09CARACAS1296'));
  mkdirSync(path.join(dir, 'unreadable-sidecar.annotations.yaml'));
  // A link to a cable outside the folder (followed), a broken link and a loop (reported).
  symlinkSync(corpus('07KUALALUMPUR1376'), path.join(dir, 'linked.txt'));
  symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'broken.txt'));
  symlinkSync(dir, path.join(dir, 'loop'));
}
