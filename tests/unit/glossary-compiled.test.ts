/**
 * The glossary's compiled form (`data/glossary.json`, src/lib/glossary-data.ts): a build reads it
 * instead of parsing the YAML, so it must be what the YAML gives, and a YAML edited since must be
 * read from the YAML itself.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { compiledGlossaryJson, compiledPath, compileGlossary, loadGlossary, parseGlossary } from '../../src/lib/glossary.ts';

const yaml = readFileSync('data/glossary.yaml', 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'glossary-compiled-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('data/glossary.json is what data/glossary.yaml gives (else: npm run glossary:compile)', () => {
  expect(readFileSync(compiledPath('data/glossary.yaml'), 'utf8')).toBe(compiledGlossaryJson(compileGlossary(yaml, 'data/glossary.yaml')));
});

test('the glossary read from its compiled form is the one the YAML gives', () => {
  const path = join(folder, 'fresh.yaml');
  copyFileSync('data/glossary.yaml', path);
  copyFileSync('data/glossary.json', compiledPath(path));
  const { glossary } = parseGlossary(yaml, path);
  expect(loadGlossary(path)).toEqual(glossary);
});

test('a compiled form of the YAML\'s bytes is what loadGlossary reads', () => {
  const path = join(folder, 'few.yaml');
  copyFileSync('data/glossary.yaml', path);
  const { yamlSha256, entries } = compileGlossary(yaml, path);
  writeFileSync(compiledPath(path), compiledGlossaryJson({ yamlSha256, entries: entries.slice(0, 3) }));
  expect(loadGlossary(path).entries.map((entry) => entry.id)).toEqual(entries.slice(0, 3).map((entry) => entry.id));
});

test('a YAML edited after its compiled form is read from the YAML', () => {
  const path = join(folder, 'edited.yaml');
  writeFileSync(path, `${yaml}\n- term: ZZTEST\n  kind: acronym\n  meaning: A term the compiled form lacks.\n`);
  copyFileSync('data/glossary.json', compiledPath(path));
  const glossary = loadGlossary(path);
  expect(glossary.entries.at(-1)?.term).toBe('ZZTEST');
  expect(glossary.entries).toHaveLength(JSON.parse(readFileSync('data/glossary.json', 'utf8')).entries.length + 1);
});

test('a glossary with warnings is not compiled', () => {
  expect(() => compileGlossary('- term: X\n  kind: nonsense\n  meaning: m\n', 'bad.yaml')).toThrow(/bad\.yaml: not compiled, 1 warnings/);
});
