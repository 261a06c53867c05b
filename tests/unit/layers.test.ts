/**
 * Imports run one way (ARCHITECTURE.md): `src/lib` is pure and imports nothing of the site;
 * `src/render` builds on lib only; pages, components and `src/site` never import the loader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/paths.ts';

const SRC = path.join(PROJECT_ROOT, 'src');
/** A relative import or an `astro:` module in a source file. */
const IMPORT = /(?:from\s+|import\s*\(?\s*)['"]((?:\.{1,2}\/|astro:)[^'"]+)['"]/g;

/** Every source file under a folder of src/, with the folders (relative to src/) it imports from. */
function importsOf(folder: string): { file: string; targets: string[] }[] {
  return readdirSync(path.join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:ts|astro)$/.test(name))
    .map((name) => {
      const file = path.join(SRC, folder, name);
      const targets = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, spec]) =>
        spec!.startsWith('astro:') ? spec! : path.relative(SRC, path.resolve(path.dirname(file), spec!)),
      );
      return { file: path.relative(SRC, file), targets };
    });
}

const outside = (allowed: RegExp) => (folder: string) =>
  importsOf(folder).flatMap(({ file, targets }) => targets.filter((target) => !allowed.test(target)).map((target) => `${file} → ${target}`));

describe('imports run one way', () => {
  test('src/lib imports only src/lib (and data/)', () => {
    expect(outside(/^(?:lib\/|\.\.\/data\/)/)('lib')).toEqual([]);
  });

  test('src/render imports only src/lib and src/render', () => {
    expect(outside(/^(?:lib|render)\//)('render')).toEqual([]);
  });

  test('pages, components and src/site never import the loader', () => {
    const intoLoader = (folder: string) =>
      importsOf(folder).flatMap(({ file, targets }) => targets.filter((target) => target.startsWith('loader/')).map((target) => `${file} → ${target}`));
    expect(['pages', 'components', 'site'].flatMap(intoLoader)).toEqual([]);
  });
});

describe('files a reader takes in at once', () => {
  test('every file under src/ has at most 400 lines', () => {
    const long = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .map((name) => path.join(SRC, name))
      .filter((file) => /\.(?:ts|astro|css)$/.test(file))
      .map((file) => ({ file: path.relative(SRC, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });
});

describe('the unit tier stays fast (README: no process spawned)', () => {
  test('no test of tests/unit/ starts a process', () => {
    const UNIT = path.join(PROJECT_ROOT, 'tests/unit');
    const spawning = readdirSync(UNIT)
      .filter((name) => name.endsWith('.ts') && /['"]node:child_process['"]/.test(readFileSync(path.join(UNIT, name), 'utf8')));
    expect(spawning).toEqual([]);
  });
});
