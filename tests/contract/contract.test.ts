/**
 * CONTRACT.md outside the pages: the README quick start, the npm scripts, the pinned Node,
 * `npm run parse` and `CABLES_DIR`.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Cable } from '../../src/lib/types.ts';
import { PROJECT_ROOT, SEED_FILE, SEED_ID } from '../helpers/paths.ts';
import { astroBuild, cleanEnv, run } from '../helpers/process.ts';
import { allCableJson, cableFiles, readDist, readPage, selectAll } from '../helpers/site.ts';

/** The contract's keys in order, then issue 3's `annotations` (docs/annotated-json.md) and issue 9's `facets` (docs/facets.md). */
const CABLE_KEYS = [
  'id', 'file', 'referenceId', 'subject', 'date', 'origin', 'classification', 'tags', 'references',
  'partial', 'header', 'sections', 'paragraphs', 'artifacts', 'signature', 'warnings', 'annotations', 'facets',
];

const packageJson = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('set-up and commands', () => {
  test('README quick start has the two lines exactly', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8').split('\n').map((line) => line.trim());
    expect(readme).toContain('npm ci && npm start     # builds the site from seeds/ and serves it on http://localhost:4321');
    expect(readme).toContain('npm ci && npm test      # every test: unit, build, browser');
  });

  test('package.json has the contract scripts', () => {
    for (const script of ['start', 'dev', 'build', 'test', 'parse', 'bench']) {
      expect(packageJson.scripts[script], script).toBeTruthy();
    }
    expect(packageJson.scripts['test']).not.toMatch(/bench/);
  });

  test('the project pins its own Node (>= 22.12) for npm scripts', async () => {
    expect(packageJson.devDependencies['node']).toBeTruthy();
    const { stdout } = await run('node', ['--version']);
    const [major = 0, minor = 0] = stdout.trim().slice(1).split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12), stdout).toBe(true);
  });
});

const SHARED = path.resolve(PROJECT_ROOT, '../shared');
if (!existsSync(SHARED)) console.warn(`[contract] SKIPPED the byte-for-byte input checks: no ${SHARED}`);

describe.skipIf(!existsSync(SHARED))('inputs are the shared cables, byte for byte', () => {
  test('the seed and the 250 corpus cables (with SOURCES.md) are copied unchanged', () => {
    const sharedSeeds = readdirSync(path.join(SHARED, 'seeds')).filter((name) => name.endsWith('.txt'));
    expect(sharedSeeds).toEqual([path.basename(SEED_FILE)]);
    expect(readFileSync(path.join(PROJECT_ROOT, SEED_FILE)).equals(readFileSync(path.join(SHARED, 'seeds', sharedSeeds[0] ?? '')))).toBe(true);
    const corpus = readdirSync(path.join(SHARED, 'corpus/cables')).sort();
    expect(corpus).toHaveLength(250);
    expect(cableFiles().filter((file) => file.startsWith('seeds/cablegate/')).map((file) => path.basename(file))).toEqual(corpus);
    const changed = corpus.filter(
      (name) => !readFileSync(path.join(PROJECT_ROOT, 'seeds/cablegate', name)).equals(readFileSync(path.join(SHARED, 'corpus/cables', name))),
    );
    expect(changed).toEqual([]);
    expect(readFileSync(path.join(PROJECT_ROOT, 'seeds/cablegate/SOURCES.md')).equals(readFileSync(path.join(SHARED, 'corpus/SOURCES.md')))).toBe(true);
  });
});

describe('npm run parse', () => {
  test('prints a JSON array with the seed, in the contract key order, then its annotations', async () => {
    const { code, stdout, stderr } = await run('npm', ['run', '--silent', 'parse', '--', SEED_FILE]);
    expect(code, stderr).toBe(0);
    const cables = JSON.parse(stdout) as Cable[];
    expect(Array.isArray(cables)).toBe(true);
    expect(cables).toHaveLength(1);
    expect(cables[0]?.id).toBe(SEED_ID);
    expect(Object.keys(cables[0] ?? {})).toEqual(CABLE_KEYS);
  });

  test('every seed file, in order, gives exactly the JSON the site serves (annotated and linked); --strict fails iff there are warnings', async () => {
    const files = cableFiles();
    const { code, stdout, stderr } = await run('npm', ['run', '--silent', 'parse', '--', ...files]);
    expect(code, stderr.slice(-2000)).toBe(0);
    const parsed = JSON.parse(stdout) as Cable[];
    expect(parsed.map((cable) => cable.file)).toEqual(files);
    const served = new Map([...allCableJson().values()].map((cable) => [cable.file, cable]));
    const differing = parsed
      .filter((cable) => JSON.stringify(cable) !== JSON.stringify(served.get(cable.file)))
      .map((cable) => `${cable.file}: ${firstDifference(cable, served.get(cable.file))}`);
    expect(differing).toEqual([]);

    const strict = await run('npm', ['run', '--silent', 'parse', '--', '--strict', ...files]);
    expect(strict.code).toBe(parsed.some((cable) => cable.warnings.length > 0) ? 1 : 0);
    // Two CLI runs over all 251 cables, each annotating them (named entities dominate): no speed check.
  }, 900_000);

  test('exits 1 when a file cannot be read', async () => {
    const { code } = await run('npm', ['run', '--silent', 'parse', '--', 'seeds/no-such-cable.txt']);
    expect(code).toBe(1);
  });
});

describe('CABLES_DIR', () => {
  const input = mkdtempSync(path.join(tmpdir(), 'cable-reader-input-'));
  const output = mkdtempSync(path.join(tmpdir(), 'cable-reader-dist-'));
  afterAll(() => {
    rmSync(input, { recursive: true, force: true });
    rmSync(output, { recursive: true, force: true });
  });

  test('a build from a folder of two real cables (relative CABLES_DIR) has exactly those two cables', async () => {
    for (const name of ['04AMMAN1288.txt', '07SANTIAGO983.txt']) {
      copyFileSync(path.join(PROJECT_ROOT, 'seeds/cablegate', name), path.join(input, name));
    }
    // Relative to the project root, the harder of the two forms the contract allows.
    const { code, output: log } = await astroBuild(output, {
      CABLES_DIR: path.relative(PROJECT_ROOT, input),
    });
    expect(code, log.slice(-4000)).toBe(0);
    const entries = readdirSync(path.join(output, 'cables')).sort();
    // Each cable's page, JSON and source text (issue 10), and (CONTRACT.md, issue 9) the lower-case redirect to its page.
    expect(entries).toEqual([
      '04AMMAN1288', '04AMMAN1288.json', '04AMMAN1288.txt', '04amman1288',
      '07SANTIAGO983', '07SANTIAGO983.json', '07SANTIAGO983.txt', '07santiago983',
    ]);
    expect(selectAll('table.cable-list tbody tr', readPage('/', output))).toHaveLength(2);
    const entry = JSON.parse(readDist('/pagefind/pagefind-entry.json', output)) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(2);
  });
});

describe('npm run dev', () => {
  const input = mkdtempSync(path.join(tmpdir(), 'cable-reader-dev-'));
  afterAll(() => rmSync(input, { recursive: true, force: true }));

  test('re-renders a cable when its file changes', async () => {
    // The real 04AMMAN1288 first without its last paragraph (¶8), then whole, as if being edited.
    const full = readFileSync(path.join(PROJECT_ROOT, 'seeds/cablegate/04AMMAN1288.txt'), 'utf8');
    const lastParagraph = full.lastIndexOf('\n¶8. ');
    expect(lastParagraph).toBeGreaterThan(0);
    const file = path.join(input, '04AMMAN1288.txt');
    writeFileSync(file, full.slice(0, lastParagraph + 1));

    const port = await freePort();
    // --ignore-lock: run beside a developer's own `npm run dev`, in the foreground, untracked.
    const dev = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: PROJECT_ROOT,
      env: { ...cleanEnv(), CABLES_DIR: input, PATH: `${path.join(PROJECT_ROOT, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    dev.stdout.setEncoding('utf8');
    dev.stderr.setEncoding('utf8');
    dev.stdout.on('data', (chunk: string) => (log += chunk));
    dev.stderr.on('data', (chunk: string) => (log += chunk));
    try {
      const page = `http://127.0.0.1:${port}/cables/04AMMAN1288/`;
      // Each try gives up after 10 s: the first requests may wait on Vite's dependency optimiser.
      const html = (): Promise<string> =>
        fetch(page, { signal: AbortSignal.timeout(10_000) }).then((response) => (response.ok ? response.text() : ''), () => '');
      await expect.poll(html, { timeout: 90_000, interval: 500 }).toContain('id="par7"');
      expect(await html()).not.toContain('id="par8"');
      writeFileSync(file, full);
      await expect.poll(html, { timeout: 60_000, interval: 500 }).toContain('id="par8"');
    } catch (error) {
      throw new Error(`${String(error)}\n--- astro dev output ---\n${log.slice(-3000)}`, { cause: error });
    } finally {
      if (dev.exitCode === null && dev.signalCode === null) {
        const exited = new Promise((resolve) => dev.once('exit', resolve));
        dev.kill('SIGTERM');
        await exited;
      }
    }
  });
});

/** Where two cables first differ, as `field: cli … ≠ site …`, for a readable failure. */
function firstDifference(cli: Cable, site: Cable | undefined): string {
  if (!site) return 'not served';
  for (const key of Object.keys(cli) as (keyof Cable)[]) {
    const [left, right] = [JSON.stringify(cli[key]), JSON.stringify(site[key])];
    if (left === right) continue;
    const at = [...left].findIndex((char, index) => char !== right[index]);
    return `${key}: cli …${left.slice(Math.max(0, at - 60), at + 120)} ≠ site …${right.slice(Math.max(0, at - 60), at + 120)}`;
  }
  return 'key order';
}

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
