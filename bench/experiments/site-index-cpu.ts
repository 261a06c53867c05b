/**
 * What the site index costs over a folder of page files (a shard's Astro cache holds them:
 * `<work>/cache/<k>/cable-pages/<key>/*.json`): `buildSiteIndex` once, the CPU of this process
 * (issue 12: a shard's pages job built it for list pages the merge does not keep).
 *
 *   node bench/experiments/site-index-cpu.ts /tmp/pagescpu-pagefiles
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCablePage } from '../../src/site/page-store.ts';
import { buildSiteIndex } from '../../src/site/site-index.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: site-index-cpu.ts <folder of page files>');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => join(dir, name));
const before = process.cpuUsage();
const index = buildSiteIndex((function* () {
  for (const file of files) yield readCablePage(file).cable;
})(), files.length);
const used = process.cpuUsage(before);
index.remove();
const ms = (micros: number): string => (micros / 1000).toFixed(0);
console.log(`${files.length} page files: ${ms(used.user + used.system)} ms CPU (user ${ms(used.user)}, system ${ms(used.system)}), ${index.entities.size} names, ${index.terms.size} terms`);
