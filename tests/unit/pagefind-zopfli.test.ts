/**
 * The Zopfli step over a Pagefind bundle (src/integrations/pagefind-zopfli.ts): the metadata and
 * wasm get smaller and decompress to the same bytes; other files are left as written.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { COMMITTED_DIR, recompressBundle } from '../../src/integrations/pagefind-zopfli.ts';

test('metadata and wasm are recompressed smaller, same bytes inside; chunks and filters untouched', async () => {
  const bundle = mkdtempSync(join(tmpdir(), 'find-zopfli-'));
  mkdirSync(join(bundle, 'index'));
  mkdirSync(join(bundle, 'filter'));
  // Repetitive like Pagefind's page list: fast gzip leaves room that Zopfli takes.
  const plain = Buffer.from(Array.from({ length: 4000 }, (_, n) => `en_${(n * 7919).toString(16).padStart(7, '0')}|${n % 97}`).join(''));
  const fast = gzipSync(plain, { level: 1 });
  for (const name of ['pagefind.en_0123456789.pf_meta', 'wasm.en.pagefind', 'index/en_1234567.pf_index', 'filter/en_7654321.pf_filter']) {
    writeFileSync(join(bundle, name), fast);
  }
  const totals = await recompressBundle(bundle);
  expect(totals.files).toBe(2);
  expect(totals.after).toBeLessThan(totals.before);
  for (const name of ['pagefind.en_0123456789.pf_meta', 'wasm.en.pagefind']) {
    const written = readFileSync(join(bundle, name));
    expect(written.length).toBeLessThan(fast.length);
    expect(gunzipSync(written).equals(plain)).toBe(true);
  }
  for (const name of ['index/en_1234567.pf_index', 'filter/en_7654321.pf_filter']) expect(readFileSync(join(bundle, name)).equals(fast)).toBe(true);
});

test('a wasm file with a committed Zopfli copy gets that copy, byte for byte, without compressing', async () => {
  const copies = readdirSync(COMMITTED_DIR).filter((name) => name.endsWith('.gz'));
  expect(copies.length).toBeGreaterThan(0);
  const copy = readFileSync(join(COMMITTED_DIR, copies[0]!));
  const bundle = mkdtempSync(join(tmpdir(), 'find-zopfli-'));
  writeFileSync(join(bundle, 'wasm.en.pagefind'), gzipSync(gunzipSync(copy), { level: 1 }));
  const totals = await recompressBundle(bundle);
  expect(totals).toMatchObject({ files: 1, committed: 1, missing: [] });
  expect(readFileSync(join(bundle, 'wasm.en.pagefind')).equals(copy)).toBe(true);
});
