/**
 * How fast the names pass reads cable text: `findEntities` over every cable in seeds/ (or
 * `NAMES_CORPUS`, a folder of cables), three rounds after one warm-up (the lexicon is built once
 * per process, timed apart). The warm-up is timed too, as the first pass: it is what a build
 * worker pays, each cable read once, while the rounds reuse what V8 keeps between them (compiled
 * code, and each regular expression compiled once per source: a per-cable expression is paid once
 * here, once per cable in a build). CPU is the process's (`process.cpuUsage`): V8's compiler and
 * GC threads count, as they do in a build.
 *
 *   npx tsx bench/names/speed.ts
 *   NAMES_CORPUS=/tmp/x ROUNDS=0 node_modules/.bin/node bench/names/speed.ts   (first-pass.ts runs it so)
 *
 * With `SPEED_JSON=1` it also prints one line `{"json": …}` of the figures, for first-pass.ts.
 */
import { findEntities } from '../../src/lib/entities.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { lexicon } from '../../src/lib/names/lexicon.ts';
import { listCableFiles, readCable } from '../../src/lib/read.ts';

const cpuSecondsSince = (since?: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};
const glossary = loadGlossary();
let started = performance.now();
lexicon();
console.log(`lexicon built in ${(performance.now() - started).toFixed(0)} ms`);
const cables = await Promise.all((await listCableFiles(process.env['NAMES_CORPUS'] ?? 'seeds')).map((file) => readCable(file)));
const bytes = cables.reduce((sum, cable) => sum + cable.paragraphs.reduce((s, p) => s + Buffer.byteLength(p.text), 0), 0);
const mb = bytes / 1e6;
let cpu = process.cpuUsage();
for (const cable of cables) findEntities(cable, glossary);
const firstSeconds = cpuSecondsSince(cpu);
const rounds = Number(process.env['ROUNDS'] ?? 3);
cpu = process.cpuUsage();
started = performance.now();
for (let round = 0; round < rounds; round++) for (const cable of cables) findEntities(cable, glossary);
const wall = (performance.now() - started) / 1e3;
const cpuSeconds = cpuSecondsSince(cpu);
console.log(`${cables.length} cables, ${mb.toFixed(2)} MB of paragraph text, ${rounds} rounds`);
console.log(`first pass: ${(mb / firstSeconds).toFixed(2)} MB per CPU second, ${((firstSeconds * 1e3) / cables.length).toFixed(2)} ms CPU per cable`);
if (rounds > 0) console.log(`rounds: ${((bytes * rounds) / 1e6 / cpuSeconds).toFixed(2)} MB per CPU second (${((bytes * rounds) / 1e6 / wall).toFixed(2)} MB/s wall), ${((cpuSeconds * 1e3) / (cables.length * rounds)).toFixed(2)} ms CPU per cable`);
if (process.env['SPEED_JSON']) {
  console.log(JSON.stringify({ json: { cables: cables.length, mb, firstSeconds, rounds, roundsSeconds: cpuSeconds, processSeconds: cpuSecondsSince() } }));
}
