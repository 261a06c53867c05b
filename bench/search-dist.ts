/**
 * `npx tsx bench/search-dist.ts DIST...`: the bench's search steps (bench/steps/search.ts: a first
 * search "helicopter" and a follow-up "border"; `?tag=PREL` and "government" typed over it) on
 * each built site given, gzip on, fresh Chromium profile; one line per search with its bytes by
 * kind of file (meta, word chunks, fragments, filters, wasm, entries, the word → shards table, the rest). For sites not
 * built by the bench (a copy with an index step applied, a merged shards site).
 */
import { measureFilteredSearch, measureSearch, type SearchTransfer } from './steps/search.ts';
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
function kinds(run: SearchTransfer): string {
  const sums = new Map<string, [number, number]>();
  for (const { path, wireBytes } of run.byPath) {
    const kind = /\.pf_meta/.test(path) ? 'meta' : /\.pf_index/.test(path) ? 'chunk' : /\.pf_fragment/.test(path) ? 'fragment' : /\.pf_filter/.test(path) ? 'filter' : /wasm/.test(path) ? 'wasm' : /pagefind-entry/.test(path) ? 'entry' : /\/pagefind\/words\//.test(path) ? 'table' : 'other';
    const [bytes, count] = sums.get(kind) ?? [0, 0];
    sums.set(kind, [bytes + wireBytes, count + 1]);
  }
  return [...sums].map(([kind, [bytes, count]]) => `${kind} ${kb(bytes)} (${count})`).join(', ');
}
for (const dist of process.argv.slice(2)) {
  const words = await measureSearch(dist, ['helicopter', 'border'], true);
  const filtered = await measureFilteredSearch(dist, 'tag=PREL', 'government', true);
  for (const run of [words.first, words.followUp, filtered.first, filtered.followUp]) {
    console.log(`${dist} ${run.query.padEnd(24)} ${kb(run.wireBytes)} KB, ${run.requests} req, ${run.resultsShown} shown, ${run.msToResults} ms | ${kinds(run)}`);
  }
}
