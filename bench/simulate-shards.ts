/**
 * `npx tsx bench/simulate-shards.ts SITE OUT COPIES`: a larger sharded site simulated from a merged
 * one (issue 12: 251,287 cables cannot be built here), for the search page's bytes. OUT is SITE
 * hard-linked (nothing is copied or changed in SITE) but its reader pages and list pages (a search
 * loads none of them), with each of its N shard bundles placed COPIES times, one after
 * another (shard k's copies are shards (k−1)·COPIES+1 … k·COPIES, with shard k's years, so the
 * newest stay last), and `/pagefind/shards.json` and the word → shards table written anew for
 * the N·COPIES shards (scripts/shard/assemble.ts `writeShardManifest`). The copies share their
 * fragments' prefix, so results of two copies of a shard share ids: for measuring bytes, not results.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { shardIndexPath, writeShardManifest, type ShardEntry } from '../scripts/shard/assemble.ts';

const [site, out, copiesArg] = process.argv.slice(2);
const copies = Number(copiesArg);
if (!site || !out || !(copies >= 1)) throw new Error('usage: npx tsx bench/simulate-shards.ts SITE OUT COPIES');
const { shards } = JSON.parse(readFileSync(join(site, 'pagefind/shards.json'), 'utf8')) as { shards: ShardEntry[] };
/** What a search does not load: the reader pages, the list pages, the shards (placed below). */
const LEFT_OUT = new Set(['cables', 'entities', 'glossary', 'browse', 'pagefind-shards']);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'pagefind-shards'), { recursive: true });
for (const name of readdirSync(site)) if (!LEFT_OUT.has(name)) execFileSync('cp', ['-al', join(site, name), join(out, name)]);
const simulated: ShardEntry[] = [];
for (const shard of shards) {
  for (let copy = 0; copy < copies; copy += 1) {
    const path = shardIndexPath(simulated.length + 1);
    execFileSync('cp', ['-al', join(site, shard.path), join(out, path)]);
    simulated.push({ path, years: shard.years, cables: shard.cables });
  }
}
const started = performance.now();
const words = await writeShardManifest(out, simulated);
const cables = simulated.reduce((sum, shard) => sum + shard.cables, 0);
console.log(`${out}: ${simulated.length} shards, ${cables} cables; word table ${words.stems} stems in ${words.buckets} buckets (${(words.bytes / 1e6).toFixed(2)} MB JSON) in ${Math.round(performance.now() - started)} ms`);
