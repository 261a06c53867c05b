/**
 * Counts what a byte string holds as UTF-8: how many multi-byte sequences are valid and how many
 * bytes start no valid sequence. The decoder compares the two to choose UTF-8 or Windows-1252
 * for a whole file (docs/bad-input.md).
 */
export function scanUtf8(bytes: Uint8Array): { validMultiByte: number; invalid: number } {
  let validMultiByte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      validMultiByte += 1;
      i += length;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return { validMultiByte, invalid };
}

/** Length of the valid UTF-8 sequence at `i` (2–4), or 0 (RFC 3629: no overlongs, no surrogates). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[i + k];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (lead === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (lead >= 0xe1 && lead <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (lead === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (lead >= 0xf1 && lead <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (lead === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
