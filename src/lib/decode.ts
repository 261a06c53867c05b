import iconv from 'iconv-lite';

/** A cable file's bytes turned into text, with the encoding that was used. */
export interface DecodedCable {
  text: string;
  /** `utf-8` or `windows-1252`. */
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a cable file: UTF-8 when the bytes are valid UTF-8, else Windows-1252 (a superset of
 * Latin-1 for the printable range, which is what older cable dumps use: `¶` is byte 0xB6).
 * Strips a byte-order mark and normalises CRLF and lone CR to LF.
 */
export function decodeCable(bytes: Uint8Array): DecodedCable {
  let text: string;
  let encoding = 'utf-8';
  try {
    text = utf8.decode(bytes);
  } catch {
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252');
    encoding = 'windows-1252';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: normaliseNewlines(text), encoding };
}

/** CRLF and lone CR become LF. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
