/**
 * Draws the hand-check sample of docs/entities.md: entity mentions from the seed and randomly
 * chosen corpus cables (seeded, so the same sample comes back), one line each with context.
 *
 *   npx tsx scripts/entities-sample.ts [seed=2026] [mentions=100] [cables=12]
 */
import { entitySlug, findEntities } from '../src/lib/entities.ts';
import { listCableFiles, readCable } from '../src/lib/read.ts';

const [seed = 2026, wanted = 100, cableCount = 12] = process.argv.slice(2).map(Number);

/** mulberry32: a small seeded generator, so the sample can be drawn again. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(seed);
const shuffle = <T>(items: T[]): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

const files = await listCableFiles('seeds');
const seedFile = files.find((file) => file.includes('000_20ae7434d121b7bb'))!;
const perCable = Math.ceil(wanted / cableCount);
let line = 0;
let cablesUsed = 0;
// The seed first, then random cables; a cable without any mention in its text is skipped.
for (const file of [seedFile, ...shuffle(files.filter((file) => file !== seedFile))]) {
  if (cablesUsed === cableCount) break;
  const cable = await readCable(file);
  const mentions = findEntities(cable).flatMap((entity) => entity.occurrences.map((occurrence) => ({ entity, occurrence })));
  if (mentions.length === 0) continue;
  cablesUsed++;
  for (const { entity, occurrence } of shuffle(mentions).slice(0, perCable)) {
    if (line === wanted) break;
    const text = cable.paragraphs.find((p) => p.anchor === occurrence.paragraph)!.text;
    const before = text.slice(Math.max(0, occurrence.start - 50), occurrence.start).replace(/\s+/g, ' ');
    const after = text.slice(occurrence.end, occurrence.end + 50).replace(/\s+/g, ' ');
    line++;
    console.log(
      [line, cable.id, occurrence.paragraph, entity.kind, entity.name, entitySlug(entity.name), `…${before}[${text.slice(occurrence.start, occurrence.end)}]${after}…`].join('\t'),
    );
  }
}
