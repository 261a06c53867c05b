import { namesInParagraph, glossaryKnowledge } from '../../src/lib/entities.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { tokenize, capitalisedRuns } from '../../src/lib/names/tokens.ts';
const g = glossaryKnowledge(loadGlossary());
const t = process.argv[2]!;
console.log(capitalisedRuns(tokenize(t)).map((r) => r.map((x) => x.text).join('_')));
console.log(namesInParagraph(t, g).map((m) => `${m.text}/${m.kind}`));
