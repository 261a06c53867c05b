/**
 * Dev's marked mentions grouped by the reason the finder took them, with each reason's precision
 * and how many cables it touches (issue 7, the nineteenth round): a reason that fires on weak
 * evidence (a guessed kind, an acronym no list knows) is where a new cable's classes come through.
 *
 *   npx tsx bench/names/dump.ts > /tmp/dump.tsv && npx tsx bench/names/reasons.ts /tmp/dump.tsv
 *
 * The reason of a mention: in a paragraph in capitals, that; an acronym, whether names.yaml lists
 * it, the glossary knows it, the cable defines it in brackets or none of these (`bare`); any other
 * name, whether the paragraph's reading gave its kind by a cue or only guessed it (runs.ts `Kind`),
 * or found it only when the cable's names were located (`located-only`).
 */
import { readFileSync } from 'node:fs';
import { glossaryKnowledge, isAllCaps, namesInParagraph } from '../../src/lib/entities.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { lexicon } from '../../src/lib/names/lexicon.ts';
import { readCable } from '../../src/lib/read.ts';

const glossary = glossaryKnowledge(loadGlossary());
const lex = lexicon();
/** An acronym as dump.ts prints one. */
const ACRONYM = /^[A-Z][A-Z&]{1,9}$/;

interface Reason { tp: number; fp: number; cables: Set<string>; falseCables: Set<string>; falseNames: Map<string, number> }
const reasons = new Map<string, Reason>();
const paragraphs = new Map<string, Map<string, string>>();
const cableTexts = new Map<string, string>();

function acronymSource(name: string, cable: string): string {
  if (lex.orgAcronyms.has(name) || lex.stateAcronyms.has(name)) return 'listed';
  if (glossary.organizations.has(name) || glossary.places.has(name)) return 'glossary';
  return cableTexts.get(cable)!.includes(`(${name})`) ? 'defined' : 'bare';
}

for (const line of readFileSync(process.argv[2]!, 'utf8').trim().split('\n')) {
  const [hit, kind, , name, cable, anchor] = line.split('\t') as [string, string, string, string, string, string];
  if (hit === 'FN') continue;
  if (!paragraphs.has(cable)) {
    const read = await readCable(`seeds/cablegate/${cable}.txt`);
    paragraphs.set(cable, new Map(read.paragraphs.map((p) => [p.anchor, p.text])));
    cableTexts.set(cable, read.paragraphs.map((p) => p.text).join('\n'));
  }
  const text = paragraphs.get(cable)!.get(anchor)!;
  let reason: string;
  if (isAllCaps(text)) reason = 'capitals paragraph';
  else if (ACRONYM.test(name)) reason = `acronym, ${acronymSource(name, cable)}`;
  else {
    const read = namesInParagraph(text, glossary).filter((mention) => mention.text === name);
    const words = name.includes(' ') ? 'words' : 'one word';
    reason = `${words}, ${read.length === 0 ? 'located-only' : read.some((mention) => !mention.guess) ? 'cue' : 'guess'}`;
  }
  const key = `${kind} ${reason}`;
  const counts = reasons.get(key) ?? { tp: 0, fp: 0, cables: new Set(), falseCables: new Set(), falseNames: new Map() };
  reasons.set(key, counts);
  counts.cables.add(cable);
  if (hit === 'TP') counts.tp++;
  else {
    counts.fp++;
    counts.falseCables.add(cable);
    counts.falseNames.set(name, (counts.falseNames.get(name) ?? 0) + 1);
  }
}

console.log('kind and reason                      true  false  precision  cables (with a false one)  most false');
for (const [key, r] of [...reasons].sort((a, b) => b[1].fp - a[1].fp)) {
  const most = [...r.falseNames].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, n]) => `${name} ×${n}`).join(', ');
  console.log(`${key.padEnd(36)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(6)}  ${(100 * r.tp / (r.tp + r.fp)).toFixed(1).padStart(7)} %  ${String(r.cables.size).padStart(4)} (${r.falseCables.size})  ${most}`);
}
