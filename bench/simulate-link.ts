/**
 * `npx tsx bench/simulate-link.ts --from FACTS --out WORK [--cables 251287] [--shards 80]
 * [--names same|replica|copy] [--measure]`, or `--out WORK --measure --reuse`: the link stage's
 * input at a corpus size that cannot be built here (issue 12: 251,287 cables), simulated from a
 * smaller run's facts, and with
 * `--measure` the link stage run on it (`tsx scripts/build.ts --link N`, SHARD_WORK=WORK) under
 * bench/steps/build.ts's `measureProcess` (peak RSS of the process tree, its CPU seconds, the load);
 * `--reuse` measures WORK's facts as they are (made by an earlier run), without writing them again.
 *
 * FACTS is a work folder's `facts/` (`k-of-S.json`, S shards). Each source shard's cables are
 * replicated (replica 0 as is, then 1, 2…) until the corpus has `--cables` cables, each source
 * shard's replicas one after another (so the simulated shards keep the source's year order), and
 * the sequence is cut into `--shards` runs of equal size, written to WORK/facts/k-of-N.json.
 * In replica r ≥ 1 every cable gets a distinct id and path (`04AMMAN1288` → `04AMMAN1001288`),
 * as bench/steps/corpus.ts renumbers a copy; its references are kept, as corpus.ts keeps them (a
 * copy cites the cables the original cites), but for a reference to itself.
 *
 * `--names` says how the copies' name facts repeat:
 * - `same`: as in the source (the renumbered corpus: every copy of a seed names what it names);
 * - `replica`: a suffix per replica on each name's slug, name and forms (5 × the vocabulary at 251k);
 * - `copy`: a suffix per copy of the seeds (each `copy-NN/` folder of each replica), so the
 *   vocabulary grows with the corpus: the pessimistic case for the link stage's memory.
 * Never writes into the project: give WORK under /tmp.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EntityFacts } from '../src/lib/names/site.ts';
import type { ShardFacts } from '../src/loader/shard-mode.ts';
import { astroEnv, BIN_DIR, PROJECT_ROOT, measureProcess } from './steps/build.ts';

type Cable = ShardFacts['cables'][number];
type NamesMode = 'same' | 'replica' | 'copy';

/** A Cablegate reference id: year, post, number (`04AMMAN1288`; a lower-case file's `10maputo80`). */
const REFERENCE_ID = /^(\d\d)([A-Za-z]+)(\d+)$/;
/** A cable's path under the bench's corpus folder (`../corpus-50k-s19/copy-03/cablegate/…`): the folder, then the rest. */
const CORPUS_PATH = /^(?:\.\.\/)?[^/]+\/(.*)$/;
/** The copy of the seeds a renumbered-corpus path is in (`copy-03/`). */
const COPY_FOLDER = /(?:^|\/)(copy-\d+)\//;
/** The last cased letter of a name, whose case a suffix follows (`U.S.` → `U.S.XB`, `Bogota` → `Bogotaxb`). */
const LAST_LETTER = /(\p{Lu}|\p{Ll})[^\p{L}]*$/u;

/** Replica r's id: the number after a 7th digit r (no real number has 7), or `-rN` after an id without a number. */
export function replicaId(id: string, replica: number): string {
  if (replica === 0) return id;
  const match = REFERENCE_ID.exec(id);
  return match ? `${match[1]}${match[2]}${replica}${match[3]!.padStart(6, '0')}` : `${id}-r${replica}`;
}

/** Letters for suffix number n ≥ 1 (`xb`, `xc`… `xbaa`): a name's letters stay letters, so the name rules read it as before. */
function suffixLetters(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor(rest / 26)) letters = String.fromCharCode(97 + (rest % 26)) + letters;
  return `x${letters}`;
}

/** `text` with the suffix glued on in the case of its last letter. */
function glued(text: string, suffix: string): string {
  const last = LAST_LETTER.exec(text)?.[1];
  return text + (last !== undefined && last === last.toUpperCase() && last !== last.toLowerCase() ? suffix.toUpperCase() : suffix);
}

/** A name fact made distinct by suffix number n (0: unchanged). */
export function suffixedName(entity: EntityFacts, n: number): EntityFacts {
  if (n === 0) return entity;
  const suffix = suffixLetters(n);
  return { ...entity, slug: entity.slug + suffix, name: glued(entity.name, suffix), forms: entity.forms.map((form) => glued(form, suffix)) };
}

/** Replica r of a cable: its id, path and listing's file and reference id; its names per `names`. */
function replicated(cable: Cable, replica: number, nameSuffix: number): Cable {
  const { facts, listing } = cable;
  const id = replicaId(facts.id, replica);
  const [, rest] = CORPUS_PATH.exec(cable.path) ?? [, cable.path];
  const path = replica === 0 ? cable.path : `../corpus-simulated/replica-${replica}/${rest!.replace(facts.id, id)}`;
  const references = facts.annotations.references.map((reference) => (reference.referenceId === facts.id ? { ...reference, referenceId: id } : reference));
  return {
    ...cable,
    path,
    facts: { ...facts, id, annotations: { ...facts.annotations, references }, entities: facts.entities.map((entity) => suffixedName(entity, nameSuffix)) },
    listing: { ...listing, file: path, referenceId: listing.referenceId === null ? null : replicaId(listing.referenceId, replica) },
  };
}

/** The suffix number of a cable's names: one per replica, or per copy of the seeds in a replica. */
function suffixer(mode: NamesMode): (cable: Cable, replica: number) => number {
  const numbers = new Map<string, number>();
  return (cable, replica) => {
    if (mode === 'same') return 0;
    const key = mode === 'replica' ? `${replica}` : `${replica}/${COPY_FOLDER.exec(cable.path)?.[1] ?? ''}`;
    if (!numbers.has(key)) numbers.set(key, numbers.size);
    return numbers.get(key)!;
  };
}

/** Writes the simulated facts; returns the cables and bytes written. */
function simulate(from: string, work: string, total: number, count: number, mode: NamesMode): { cables: number; bytes: number } {
  const sources = readdirSync(from).filter((name) => /^\d+-of-\d+\.json$/.test(name)).sort((a, b) => parseInt(a) - parseInt(b));
  rmSync(join(work, 'facts'), { recursive: true, force: true });
  rmSync(join(work, 'links'), { recursive: true, force: true });
  mkdirSync(join(work, 'facts'), { recursive: true });
  const suffix = suffixer(mode);
  let pending: Cable[] = [];
  let written = 0;
  let bytes = 0;
  const flush = (): void => {
    for (;;) {
      const size = Math.floor(((written + 1) * total) / count) - Math.floor((written * total) / count);
      if (written === count || pending.length < size) return;
      const text = JSON.stringify({ shard: { index: written + 1, count }, cables: pending.slice(0, size), skipped: [] } satisfies ShardFacts);
      writeFileSync(join(work, 'facts', `${written + 1}-of-${count}.json`), text);
      bytes += Buffer.byteLength(text);
      pending = pending.slice(size);
      written += 1;
    }
  };
  sources.forEach((name, source) => {
    const { cables } = JSON.parse(readFileSync(join(from, name), 'utf8')) as ShardFacts;
    // Source shard s gives its share of the total, replica after replica.
    const share = Math.floor(((source + 1) * total) / sources.length) - Math.floor((source * total) / sources.length);
    for (let n = 0; n < share; n += 1) {
      const replica = Math.floor(n / cables.length);
      const cable = cables[n % cables.length]!;
      pending.push(replicated(cable, replica, suffix(cable, replica)));
    }
    flush();
  });
  if (written !== count || pending.length > 0) throw new Error(`wrote ${written} of ${count} shards, ${pending.length} cables left`);
  return { cables: total, bytes };
}

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    out: { type: 'string' },
    cables: { type: 'string', default: '251287' },
    shards: { type: 'string', default: '80' },
    names: { type: 'string', default: 'same' },
    measure: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});
const total = Number(values.cables);
const count = Number(values.shards);
const mode = values.names as NamesMode;
if (!(values.from || values.reuse) || !values.out || !(total >= count) || !(count >= 1) || !['same', 'replica', 'copy'].includes(mode)) {
  throw new Error('usage: npx tsx bench/simulate-link.ts --from FACTS --out WORK [--cables 251287] [--shards 80] [--names same|replica|copy] [--measure] | --out WORK --measure --reuse');
}
if (!values.reuse) {
  const made = simulate(values.from!, values.out, total, count, mode);
  console.log(`${values.out}/facts: ${made.cables} cables in ${count} shards, names ${mode}, ${(made.bytes / 2 ** 20).toFixed(1)} MB of facts`);
}
if (values.measure) {
  const env = { ...astroEnv(), SHARD_WORK: values.out };
  const run = await measureProcess([join(BIN_DIR, 'tsx'), 'scripts/build.ts', '--link', String(count)], PROJECT_ROOT, env, join(values.out, 'time-link.txt'));
  const gib = (bytes: number): string => (bytes / 2 ** 30).toFixed(2);
  const linksDir = join(values.out, 'links');
  const links = run.ok ? readdirSync(linksDir).reduce((sum, name) => sum + statSync(join(linksDir, name)).size, 0) : 0;
  console.log(run.timeline.map((entry) => entry.line).filter(Boolean).slice(-8).join('\n'));
  console.log(
    `link ${run.ok ? 'ok' : `FAILED (exit ${run.exitCode})`}: ${run.tree.treeCpuSeconds.toFixed(1)} CPU s, peak RSS ${gib(run.tree.peakTreeRssBytes)} GiB (tree), ` +
      `${gib(run.tree.peakSingleRssBytes)} GiB (largest process${run.timeMaxRssBytes === null ? '' : `; time -v ${gib(run.timeMaxRssBytes)} GiB`}), ` +
      `${(run.wallMs / 1000).toFixed(1)} s wall, others ${run.tree.otherCpuSeconds.toFixed(0)} CPU s, load ${run.loadBefore.loadavg.join(' ')} → ${run.loadAfter.loadavg.join(' ')}` +
      `${run.ok ? `; links ${(links / 2 ** 20).toFixed(1)} MB` : ''}`,
  );
  if (!run.ok) process.exitCode = 1;
}
