import iconv from 'iconv-lite';
import type { ParseWarning } from './types.ts';
import { lineBreaksAsLF, scanControls, stripControls } from './text-clean.ts';
import { scanUtf8 } from './utf8-scan.ts';

export { normaliseNewlines } from './text-clean.ts';

/** The encodings a cable file is read in. */
export type CableEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A cable file's bytes turned into text, with the encoding that was used. */
export interface DecodedCable {
  /** The text: LF line breaks, no byte-order mark, no control characters but tab and LF. */
  text: string;
  encoding: CableEncoding;
  /** Bytes that were replaced or dropped, by line of `text` (docs/bad-input.md). */
  warnings: ParseWarning[];
}

/**
 * The largest cable file read (bytes): 512 KiB. The longest cable of the corpus is 68 KB.
 * Measured here (docs/bad-input.md): reading, parsing, annotating and rendering one cable of
 * 100 KB takes 3.5 s and 300 MB, of 512 KB 19 s and 650 MB, of 1 MB 68 s (the names pass grows
 * faster than the text); a 50 MB file ran the build out of memory. A file over the limit is
 * never read.
 */
export const MAX_CABLE_BYTES = 512 * 1024;

/** Why a file is not a cable: it is reported with its path and left out of the site. */
export class UnusableFileError extends Error {
  // A plain field, not a parameter property: workers load this file by type stripping only.
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
    this.name = 'UnusableFileError';
  }
}

/** More than this share of control characters (besides tab and line breaks): not text. */
const MAX_CONTROL_SHARE = 0.02;
/** How many characters the control-character share is measured on. */
const SAMPLE_CHARS = 65_536;
/** How many replaced characters are listed one by one; the rest are counted in one warning. */
const WARNINGS_LISTED = 20;

/** File signatures of formats that are never cable text (checked on the first bytes). */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['old Office document', [0xd0, 0xcf, 0x11, 0xe0]],
];

/**
 * Decodes a cable file (docs/bad-input.md):
 * - a byte-order mark decides: UTF-8, UTF-16 LE or BE;
 * - without one, UTF-16 is recognised by its zero bytes, else UTF-8 is chosen for the whole file
 *   when its valid multi-byte sequences outnumber its invalid bytes (each invalid byte becomes
 *   U+FFFD, with a warning naming its line), else Windows-1252 (a superset of Latin-1's
 *   printable range, which older cable dumps use: `¶` is byte 0xB6);
 * - CRLF, lone CR, U+2028, U+2029 and NEL become LF; control characters other than tab are
 *   dropped with a warning.
 * Throws UnusableFileError for an empty, blank, binary or oversized file.
 */
export function decodeCable(bytes: Uint8Array): DecodedCable {
  if (bytes.length === 0) throw new UnusableFileError('empty file');
  if (bytes.length > MAX_CABLE_BYTES) throw new UnusableFileError(tooLarge(bytes.length));
  const signature = BINARY_SIGNATURES.find(([, magic]) => magic.every((byte, i) => bytes[i] === byte));
  if (signature) throw new UnusableFileError(`binary file (${signature[0]})`);

  const warnings: ParseWarning[] = [];
  const { text: raw, encoding } = decodeBytes(bytes, warnings);
  const broken = lineBreaksAsLF(raw);
  const sample = scanControls(broken.slice(0, SAMPLE_CHARS));
  if (sample.count > Math.max(1, sample.length * MAX_CONTROL_SHARE)) {
    throw new UnusableFileError(`binary file (${sample.count} control characters in its first ${sample.length} characters)`);
  }
  const { text, dropped } = stripControls(broken);
  if (text.trim() === '') throw new UnusableFileError('blank file (only whitespace)');

  for (const { line, name } of dropped.slice(0, WARNINGS_LISTED)) warnings.push({ line, message: `control character ${name} dropped` });
  if (dropped.length > WARNINGS_LISTED) warnings.push({ line: dropped[WARNINGS_LISTED]!.line, message: `${dropped.length - WARNINGS_LISTED} more control characters dropped` });
  addReplacementWarnings(text, encoding, warnings);
  return { text, encoding, warnings: warnings.sort((a, b) => a.line - b.line) };
}

/** The reason given for a file over MAX_CABLE_BYTES. */
export function tooLarge(size: number): string {
  return `file too large (${size} bytes; the limit is ${MAX_CABLE_BYTES} bytes)`;
}

/** Bytes to text in the encoding the byte-order mark, the zero bytes or the UTF-8 count decide. */
function decodeBytes(bytes: Uint8Array, warnings: ParseWarning[]): { text: string; encoding: CableEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) {
    warnings.push({ line: 1, message: `no byte-order mark: read as ${utf16.toUpperCase()} (its zero bytes say so)` });
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  }
  const { validMultiByte, invalid } = scanUtf8(bytes);
  if (invalid === 0 || invalid <= validMultiByte) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (validMultiByte > 0) {
    warnings.push({ line: 1, message: `mixed encodings: ${invalid} bytes are not UTF-8, so ${validMultiByte} UTF-8 sequences were read as Windows-1252` });
  }
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252'), encoding: 'windows-1252' };
}

/**
 * UTF-16 without a byte-order mark: in the first 4 KB, most bytes on one side of each pair are
 * zero (ASCII letters) and almost none on the other. Null when the bytes do not look so.
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros += 1;
    if (bytes[2 * i + 1] === 0) oddZeros += 1;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** One warning per U+FFFD (a byte that could not be decoded), by line, the first few listed. */
function addReplacementWarnings(text: string, encoding: CableEncoding, warnings: ParseWarning[]): void {
  let line = 1;
  let count = 0;
  for (let i = text.indexOf('\ufffd'), from = 0; i >= 0; from = i + 1, i = text.indexOf('\ufffd', i + 1)) {
    line += countLF(text, from, i);
    count += 1;
    if (count <= WARNINGS_LISTED) warnings.push({ line, message: `a byte that is not valid ${encoding.toUpperCase()} was replaced with U+FFFD` });
  }
  if (count > WARNINGS_LISTED) warnings.push({ line, message: `${count - WARNINGS_LISTED} more bytes replaced with U+FFFD` });
}

function countLF(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
