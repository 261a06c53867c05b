import { readCable } from '../../src/lib/read.ts';
import { findEntities } from '../../src/lib/entities.ts';
const cable = await readCable(`seeds/cablegate/${process.argv[2]}.txt`);
for (const e of findEntities(cable)) if (new RegExp(process.argv[3]!, 'i').test(e.name)) console.log(e.name, e.kind, e.sources, e.occurrences.length, e.occurrences.slice(0, 3).map((o) => cable.paragraphs.find((p) => p.anchor === o.paragraph)!.text.slice(o.start, o.end)));
