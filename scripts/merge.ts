/**
 * `npm run merge [-- --shards N] [--outDir dist]`: assembles the site from the shard jobs'
 * outputs in `SHARD_WORK` (default `.shards/`); see scripts/build.ts and docs/whole-release.md.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseShardSpec } from '../src/lib/shards.ts';
import { shardWork } from '../src/loader/shard-mode.ts';
import { factsCount, mergeShards } from './shard/merge.ts';

const root = process.cwd();
const argv = process.argv.slice(2);
const at = argv.findIndex((arg) => arg === '--shards' || arg.startsWith('--shards='));
const given = at < 0 ? undefined : argv[at]?.includes('=') ? argv[at]?.split('=')[1] : argv[at + 1];
const rest = at < 0 ? argv : argv.filter((_, index) => index !== at && (argv[at]?.includes('=') || index !== at + 1));
const count = given === undefined ? factsCount(shardWork(root)) : parseShardSpec(`1/${given}`).count;

process.exitCode = await mergeShards(root, count, rest, (args, env) => {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
});
