/**
 * Issues 9 and 12, the first search's bytes: Pagefind's meta, which every first search loads (one
 * per shard searched), names each page's fragment and each word chunk by 7 random-looking hex
 * digits (`en_34cd613`): at 10,000 cables 10,000 page names and 3,825 chunk entries that gzip does
 * not shrink, 56 % of the meta. Named by their place in the meta instead (`0`, `1`, … for pages,
 * base 36 for chunks), they compress to a third; the file names must still never show another
 * content under a URL a browser may have cached, so every name starts with a folder named by the
 * bundle's content: `<prefix>/<n>`. Measured (docs/benchmarks.md, "Short names"): the meta at
 * 10,000 cables 88.9 → 56.1 KB after Zopfli; a prefix of 8 characters costs ≈ 3.6 KB of that.
 *
 * Pure: names in, names out (the files: src/integrations/pagefind-names.ts).
 */

/** Characters of a bundle's prefix: base 36, ≈ 41 bits of the SHA-1 of its files. */
export const PREFIX_CHARS = 8;

/** The prefix of a bundle whose files' SHA-1 is `digestHex` (lower-case hex, ≥ 13 digits). */
export function bundlePrefix(digestHex: string): string {
  const value = BigInt(`0x${digestHex.slice(0, 13)}`) % 36n ** BigInt(PREFIX_CHARS);
  return value.toString(36).padStart(PREFIX_CHARS, '0');
}

export interface ShortNames {
  /** A page's new name, by its place in the meta's page list. */
  pages: string[];
  /** A chunk's new name by its old one (a chunk named by several entries, aliases, keeps one name). */
  chunks: Map<string, string>;
}

/**
 * The new names: page `n` is `<prefix>/<n>` in decimal, the chunks in the order the meta first
 * names them `<prefix>/<n>` in base 36 (decimal pages and base-36 chunks measured smallest after
 * Zopfli: 56.1 KB at 10,000 cables, against 56.7 all decimal and 58.1 all base 36).
 */
export function shortNames(prefix: string, pageCount: number, chunkNames: readonly string[]): ShortNames {
  const chunks = new Map<string, string>();
  for (const name of chunkNames) if (!chunks.has(name)) chunks.set(name, `${prefix}/${chunks.size.toString(36)}`);
  return { pages: Array.from({ length: pageCount }, (_, page) => `${prefix}/${page}`), chunks };
}
