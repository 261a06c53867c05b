/**
 * A real build over the bad-input folder (tests/helpers/bad-input.ts; CONTRACT.md "Bad input",
 * issue 11): it succeeds, lists each file it leaves out with the reason, and publishes nothing
 * corrupt; the same folder built again (warm cache) lists the same; another build's inputs never
 * show; a folder with no cable stops the build before any page is written.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/paths.ts';
import { astroBuild, type RunResult } from '../helpers/process.ts';
import { BAD_LINKS, CONTROL_LINES, PUBLISHED, STRAY_LINE, UNUSABLE, writeBadInputs } from '../helpers/bad-input.ts';
import { readCableJson, readDist, readPage, selectAll } from '../helpers/site.ts';

/** Control characters (not tab, LF or CR) as raw characters. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** The same written as HTML character references. */
const CONTROL_REFERENCE = /&#(x0*[0-8bcef]|x0*1[0-9a-f]|x0*7f|x0*[89][0-9a-f]|0*[0-8]|0*1[1-9]|0*2[0-9]|0*3[01]|0*127);/i;

const input = mkdtempSync(path.join(tmpdir(), 'cable-reader-bad-'));
const output = mkdtempSync(path.join(tmpdir(), 'cable-reader-bad-dist-'));
const emptyInput = mkdtempSync(path.join(tmpdir(), 'cable-reader-empty-'));
const emptyOutput = path.join(mkdtempSync(path.join(tmpdir(), 'cable-reader-empty-dist-')), 'dist');
let cold: RunResult;
let warm: RunResult;

beforeAll(async () => {
  writeBadInputs(input);
  cold = await astroBuild(output, { CABLES_DIR: input });
  // Again over the same folder: every cable now comes from the cache.
  warm = await astroBuild(output, { CABLES_DIR: input });
}, 300_000);
afterAll(() => {
  for (const dir of [input, output, emptyInput, path.dirname(emptyOutput)]) rmSync(dir, { recursive: true, force: true });
});

/** Every file of a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('a build over a folder of bad files', () => {
  test('succeeds and lists every file it leaves out with the reason, cold and warm', () => {
    expect(cold.code, cold.output.slice(-4000)).toBe(0);
    expect(warm.code, warm.output.slice(-4000)).toBe(0);
    for (const log of [cold.output, warm.output]) {
      expect(log).toContain(`${Object.keys(UNUSABLE).length + Object.keys(BAD_LINKS).length} files left out of the site`);
      for (const [name, reason] of Object.entries({ ...UNUSABLE, ...BAD_LINKS })) {
        const line = log.split('\n').find((l) => l.includes(`skipped ${path.relative(PROJECT_ROOT, path.join(input, name))}: `));
        expect(line, name).toBeDefined();
        expect(line!.split(': ').slice(1).join(': ')).toMatch(reason);
      }
    }
  });

  test('the warnings of every cable are shown on the warm build too, sidecar warnings by the sidecar’s path and line', () => {
    expect(warm.output).toMatch(/\(0 parsed, 0 rendered; the rest unchanged\)/);
    for (const log of [cold.output, warm.output]) {
      expect(log).toMatch(/\d+ parser warnings in \d+ cables, by kind:/);
      expect(log).toMatch(/control character U\+… dropped/);
      expect(log).toMatch(/annotations could not be read: EISDIR/);
      expect(log).toContain(`${path.relative(PROJECT_ROOT, path.join(input, 'control-characters.txt'))}:${CONTROL_LINES[0]} control character U+0000 dropped`);
    }
  });

  test('publishes exactly the usable cables, each from its own file', () => {
    const entries = readdirSync(path.join(output, 'cables')).filter((name) => name.endsWith('.json'));
    expect(entries.map((name) => name.slice(0, -5)).sort()).toEqual(Object.keys(PUBLISHED).sort());
    for (const [id, file] of Object.entries(PUBLISHED)) {
      // Isolated builds: 10MADRID49 has the very bytes of seeds/cablegate/10MADRID49.txt, which the
      // test build of seeds/ (same checkout, same cache) published first.
      expect(readCableJson(id, output).file, id).toBe(path.relative(PROJECT_ROOT, path.join(input, file)).split(path.sep).join('/'));
      expect(readDist(`/cables/${id}/`, output)).not.toContain(seedPathOf(id));
    }
  });

  test('decoded right: UTF-16 with a mark, UTF-8 with a stray byte, Unicode line separators', () => {
    expect(readCableJson('09KABUL3423', output).subject).toBe('AFGHANS WITH CODEL BURR ON ELECTIONS, SECURITY, AND THE FUTURE');
    expect(readCableJson('09DUSHANBE575', output).subject).toBe("TAJIKISTAN'S NEW SYNAGOGUE: BUSINESS, CENTRAL ASIA STYLE");
    const madrid = readCableJson('09MADRID604', output);
    expect(madrid.header.join('\n')).toContain('\u201cyes\u201d');
    expect(madrid.warnings).toContainEqual({ line: STRAY_LINE, message: 'a byte that is not valid UTF-8 was replaced with U+FFFD' });
    expect(readCableJson('08MOSCOW2700', output).paragraphs[0]).toMatchObject({ anchor: 'par1', number: 1, marking: 'U' });
  });

  test('no control character reaches the HTML, the JSON, the text downloads or the search index', () => {
    for (const file of filesUnder(output)) {
      if (/\.(html|json|txt)$/.test(file)) {
        const text = readFileSync(file, 'utf8');
        expect(CONTROL.test(text), file).toBe(false);
        if (file.endsWith('.html')) expect(CONTROL_REFERENCE.test(text), file).toBe(false);
        if (file.endsWith('.json')) expect(JSON.stringify(JSON.parse(text)), file).not.toMatch(/\\u00[01][0-9a-f]|\\u007f/i);
      } else if (file.endsWith('.pf_fragment')) {
        // A fragment is gzip of `pagefind_dcd` and the page's JSON.
        const text = gunzipSync(readFileSync(file)).toString('utf8');
        expect(text.startsWith('pagefind_dcd'), file).toBe(true);
        expect(JSON.stringify(JSON.parse(text.slice('pagefind_dcd'.length)))).not.toMatch(/\\u00[01][0-9a-f]|\\u007f/i);
      }
    }
  });

  test('headings and sidecar ids that are page ids are renamed; every id on the page is unique', () => {
    expect(readCableJson('04AMMAN1288', output).sections.map((s) => s.id)).toEqual(['summary', 'sec-main', 'sec-copy-status', 'sec-search-input', 'sec-site-search']);
    const ids = selectAll('[id]', readPage('/cables/04AMMAN1288/', output)).map((element) => String(element.properties['id']));
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(readDist('/cables/04AMMAN1288/', output)).toMatch(/<main id="cr-main"/);
  });
});

describe('a folder with no cable', () => {
  test('is a clear error, and no site is written', async () => {
    const { code, output: log } = await astroBuild(emptyOutput, { CABLES_DIR: emptyInput });
    expect(code).not.toBe(0);
    expect(log).toContain(`No cable to publish: ${emptyInput} holds no *.txt files.`);
    expect(log).not.toMatch(/pagefind/i);
    expect(existsSync(path.join(emptyOutput, 'index.html'))).toBe(false);
  });
});

/** Where the seeds copy of a cable lives (it must never show in the bad-input build). */
function seedPathOf(id: string): string {
  return `seeds/cablegate/${id}.txt`;
}

