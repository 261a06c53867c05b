/**
 * The name finder's output as two hashes, so that a change meant to be output-identical (a speed
 * round, issue 7) can be checked over more cables than the corpus snapshots hold: `findEntities`
 * of every cable, and `namesInParagraph` of every paragraph without and with the glossary's
 * knowledge. Run it over main's copy and over the branch: the lines must be equal.
 *
 *   node_modules/.bin/node bench/names/output-hash.ts [TREE] [CORPUS]
 *
 * `TREE` is the checkout whose finder runs (default: this one), `CORPUS` a folder of cables
 * (default: seeds/; bench/names/first-pass.ts writes the renumbered shards under `BENCH_TMP`).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

const [tree = '.', corpus = 'seeds'] = process.argv.slice(2);
const root = resolve(tree);
const { findEntities, glossaryKnowledge, namesInParagraph } = (await import(`${root}/src/lib/entities.ts`)) as typeof import('../../src/lib/entities.ts');
const { loadGlossary } = (await import(`${root}/src/lib/glossary.ts`)) as typeof import('../../src/lib/glossary.ts');
const { listCableFiles, readCable } = (await import(`${root}/src/lib/read.ts`)) as typeof import('../../src/lib/read.ts');

const glossary = loadGlossary();
const known = glossaryKnowledge(glossary);
const cables = await Promise.all((await listCableFiles(corpus)).map((file) => readCable(file)));
const entities = createHash('sha256');
const paragraphs = createHash('sha256');
for (const cable of cables) {
  entities.update(JSON.stringify(findEntities(cable, glossary)));
  for (const paragraph of cable.paragraphs) {
    paragraphs.update(JSON.stringify(namesInParagraph(paragraph.text)));
    paragraphs.update(JSON.stringify(namesInParagraph(paragraph.text, known)));
  }
}
console.log(`${cables.length} cables: findEntities ${entities.digest('hex').slice(0, 16)}, namesInParagraph ${paragraphs.digest('hex').slice(0, 16)}`);
