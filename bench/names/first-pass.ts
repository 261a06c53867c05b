/**
 * What a build pays for the names pass: its first pass over a shard-sized corpus in a fresh
 * process, as a facts job or an annotate worker reads its shard once (issue 7). For each size,
 * bench/names/speed.ts runs in a Node of its own (Node's type stripping, as the build's jobs run)
 * over the 251 seeds or the seeds renumbered to that many cables (bench/steps/corpus.ts, written
 * once under BENCH_TMP); it prints MB of paragraph text per CPU second of the whole process
 * (V8's compiler and GC threads count) for the first pass, and the warm rounds at 251.
 *
 *   npx tsx bench/names/first-pass.ts [--sizes 251,1000,2500] [--tree DIR] [--facts] [--node-flags "--max-lazy"]
 *
 * `--tree` runs another checkout's finder (its bench/names/speed.ts must read NAMES_CORPUS);
 * `--facts` runs Node with a facts job's V8 flags (scripts/shard/node-flags.ts), before `--node-flags`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FACTS_NODE_FLAGS } from '../../scripts/shard/node-flags.ts';
import { cableFilesUnder, generateCorpus } from '../steps/corpus.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '251,1000,2500' }, tree: { type: 'string', default: '.' }, facts: { type: 'boolean', default: false }, 'node-flags': { type: 'string', default: '' } } });
const tree = resolve(values.tree);
const seeds = resolve('seeds');
const scratch = process.env['BENCH_TMP'] ?? '/tmp/cable-bench';

/** The folder of `size` cables: the seeds themselves at their own count, else their renumbered copies. */
function corpusOf(size: number): string {
  if (size === cableFilesUnder(seeds).length) return seeds;
  const dir = join(scratch, `names-${size}`);
  if (!existsSync(dir) || cableFilesUnder(dir).length !== size) generateCorpus(seeds, dir, size);
  return dir;
}

interface Figures { cables: number; mb: number; firstSeconds: number; rounds: number; roundsSeconds: number; processSeconds: number }

function run(size: number): Figures {
  const flags = [...(values.facts ? FACTS_NODE_FLAGS : []), ...values['node-flags'].split(' ').filter(Boolean)];
  const env = { ...process.env, NAMES_CORPUS: corpusOf(size), ROUNDS: size === 251 ? '3' : '0', SPEED_JSON: '1' };
  const child = spawnSync(join(tree, 'node_modules/.bin/node'), [...flags, 'bench/names/speed.ts'], { cwd: tree, env, encoding: 'utf8' });
  const line = child.stdout.split('\n').find((text) => text.startsWith('{"json"'));
  if (child.status !== 0 || !line) throw new Error(`speed.ts over ${size} cables failed: ${child.stderr}`);
  return (JSON.parse(line) as { json: Figures }).json;
}

for (const size of values.sizes.split(',').map(Number)) {
  const f = run(size);
  const rounds = f.rounds > 0 ? `, rounds ${((f.mb * f.rounds) / f.roundsSeconds).toFixed(2)} MB/CPU-s` : '';
  console.log(
    `${f.cables} cables, ${f.mb.toFixed(2)} MB: first pass ${(f.mb / f.firstSeconds).toFixed(2)} MB/CPU-s (${f.firstSeconds.toFixed(3)} CPU s)${rounds}; process ${f.processSeconds.toFixed(2)} CPU s`,
  );
}
