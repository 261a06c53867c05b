/**
 * The chunk cut alone (src/integrations/pagefind-chunks.ts) on the reader pages of a built site:
 * Pagefind's Node API writes a raw bundle of `<dist>/cables/*\/index.html` once (kept in `<raw>`),
 * then a copy of it is cut in this process and the step's CPU printed. Two trees' outputs can be
 * compared with `diff -r`. Issue 7.
 *
 *   npx tsx bench/experiments/chunk-cut.ts <dist> /tmp/pf-raw /tmp/pf-cut
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { rechunkBundle } from '../../src/integrations/pagefind-chunks.ts';

const [dist, raw, out] = process.argv.slice(2);
if (!dist || !raw || !out) throw new Error('usage: chunk-cut.ts <dist> <raw bundle folder> <output folder>');
if (!existsSync(raw)) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  await index?.addDirectory({ path: dist, glob: 'cables/*/index.html' });
  await index?.writeFiles({ outputPath: raw });
  await pagefind.close();
}
rmSync(out, { recursive: true, force: true });
cpSync(raw, out, { recursive: true });
const before = process.cpuUsage();
const totals = await rechunkBundle(out);
const used = process.cpuUsage(before);
console.log(`chunk cut: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU; ${JSON.stringify(totals)}`);
