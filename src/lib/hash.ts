/**
 * FNV-1a, 32 bits, over a string's UTF-16 units: a stable bucket for a key, the same in Node and
 * in the browser (the spill's buckets, src/site/spill.ts; the word table's, word-table.ts).
 */
export function fnv1a(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}
