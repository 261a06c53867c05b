/**
 * Every predicted and labelled mention of the dev cables, one line each, for studying errors by
 * shape: `npx tsx bench/names/dump.ts > /tmp/dump.tsv` (hit, kind, gold kind, text, cable, paragraph).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readCable } from '../../src/lib/read.ts';
import { linkedSite } from './site.ts';

const LABELS = join(import.meta.dirname, 'labels');
const heldOut = new Set(readFileSync(join(import.meta.dirname, 'score.ts'), 'utf8').match(/HELD_OUT = new Set(?:<string>)?\(\[([^\]]*)\]/)![1]!.match(/\w+/g) ?? []);
const site = await linkedSite();
for (const file of readdirSync(LABELS).filter((name) => name.endsWith('.yaml')).sort()) {
  const labels = parse(readFileSync(join(LABELS, file), 'utf8')) as { cable: string; paragraphs: Record<string, [string, string][] | null> };
  if (heldOut.has(labels.cable)) continue;
  const path = `seeds/cablegate/${labels.cable}.txt`;
  const cable = await readCable(path);
  const texts = new Map(cable.paragraphs.map((p) => [p.anchor, p.text]));
  const gold = new Map<string, string>();
  for (const [paragraph, mentions] of Object.entries(labels.paragraphs)) {
    let from = 0;
    const text = texts.get(paragraph)!;
    for (const [kind, name] of mentions ?? []) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'gu');
      pattern.lastIndex = from;
      const match = pattern.exec(text)!;
      gold.set(`${paragraph}:${match.index}:${match.index + name.length}`, kind);
      from = match.index + name.length;
    }
  }
  const annotated = site.get(path)!;
  const seen = new Set<string>();
  for (const entity of annotated.annotations.entities) {
    for (const o of entity.occurrences) {
      const key = `${o.paragraph}:${o.start}:${o.end}`;
      seen.add(key);
      const g = gold.get(key) ?? '-';
      console.log([g === entity.kind ? 'TP' : 'FP', entity.kind, g, texts.get(o.paragraph)!.slice(o.start, o.end), labels.cable, o.paragraph, entity.name, entity.sources.join('+')].join('\t'));
    }
  }
  for (const [key, kind] of gold) {
    if (seen.has(key)) continue;
    const [paragraph, start, end] = key.split(':');
    console.log(['FN', '-', kind, texts.get(paragraph!)!.slice(Number(start), Number(end)), labels.cable, paragraph].join('\t'));
  }
}
