/**
 * Writes `data/glossary.json`: the glossary's entries as `data/glossary.yaml` gives them, with the
 * YAML's digest (src/lib/glossary-data.ts, "The compiled form"), which a build reads instead of
 * parsing the YAML. Run it after editing the YAML; a unit test fails while the file is not what
 * the YAML gives (and until then builds parse the YAML, with the same result).
 *
 *   npm run glossary:compile
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compiledGlossaryJson, compiledPath, compileGlossary } from '../src/lib/glossary.ts';

const yaml = 'data/glossary.yaml';
const compiled = compileGlossary(readFileSync(yaml, 'utf8'), yaml);
writeFileSync(compiledPath(yaml), compiledGlossaryJson(compiled));
console.log(`${compiledPath(yaml)}: ${compiled.entries.length} entries from ${yaml}`);
