/**
 * `tsx scripts/shard/stamp-job.ts k/N`: prints shard k's stamp (./stamp.ts). scripts/build.ts runs
 * it as a process of its own: the stamp reads every shard's facts (233 MB of JSON at 50,000
 * cables), and a process waiting for `astro build` would hold that memory for the whole build.
 */
import { parseShardSpec } from '../../src/lib/shards.ts';
import { readAllFacts, shardWork } from '../../src/loader/shard-mode.ts';
import { shardStamp } from './stamp.ts';

const root = process.cwd();
const shard = parseShardSpec(process.argv[2] ?? '');
process.stdout.write(shardStamp(root, readAllFacts(shardWork(root), shard.count), shard.index));
