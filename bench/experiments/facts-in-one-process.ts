/**
 * Several shards' facts written in one process, as a facts runner writes them (issue 12;
 * scripts/shard/facts-runner.ts): the CPU of loading the modules, then of each shard (every thread
 * of the process), and the resident memory after each (after a collection). The project's
 * annotation cache for the cables folder is emptied first, so every shard is annotated.
 *
 *   CABLES_DIR=/tmp/jobs-10k SHARD_WORK=/tmp/x-work CABLE_ANNOTATE_THREADS=1 \
 *     node_modules/.bin/node --max-opt=2 --no-regexp-tier-up --expose-gc bench/experiments/facts-in-one-process.ts $PWD 1/10 2/10
 *
 * One shard per process is a facts job as `--shard k/N --facts` runs it. Never part of `npm test`.
 */
import { rmSync } from 'node:fs';

const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const root = process.argv[2] ?? process.cwd();
process.chdir(root);
const entry = cpu();
const { writeShardFacts } = await import(`${root}/scripts/shard/facts.ts`);
const { annotatedFolder } = await import(`${root}/scripts/shard/cache.ts`);
const { cablesDir } = await import(`${root}/src/loader/cables.ts`);
const { parseShardSpec } = await import(`${root}/src/lib/shards.ts`);
let last = cpu();
console.log(JSON.stringify({ cpuAtEntry: entry, importCpu: +(last - entry).toFixed(3) }));
rmSync(annotatedFolder(root, cablesDir(root)), { recursive: true, force: true });
for (const spec of process.argv.slice(3)) {
  const result = await writeShardFacts(root, process.env['SHARD_WORK'] ?? '/tmp/facts-in-one-process', parseShardSpec(spec));
  const now = cpu();
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  console.log(JSON.stringify({ shard: spec, cables: result.cables, annotated: result.annotated, cpu: +(now - last).toFixed(3), rssGiB: +(rss / 2 ** 30).toFixed(3), heapGiB: +(heapUsed / 2 ** 30).toFixed(3) }));
  last = now;
}
