/**
 * `npm run parse` over the bad-input folder (tests/helpers/bad-input.ts): each file that is no
 * cable is named on stderr with its reason and left out of the array; `--strict` fails on it.
 * A process per run: in the corpus tier with the other `npm run parse` tests, not in `unit`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Cable } from '../../src/lib/types.ts';
import { PUBLISHED, UNUSABLE, writeBadInputs } from '../helpers/bad-input.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cable-reader-bad-cli-'));
writeBadInputs(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parse(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'parse', '--', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const unusable = Object.keys(UNUSABLE).map((name) => path.join(dir, name));
const published = Object.values(PUBLISHED).map((file) => path.join(dir, file));

describe('npm run parse on bad input', () => {
  test('files that are no cable are named with their reason and left out; exit 0 without --strict', () => {
    const { status, stdout, stderr } = parse(...unusable, ...published);
    expect(status, stderr).toBe(0);
    const cables = JSON.parse(stdout) as Cable[];
    expect(cables.map((cable) => cable.id).sort()).toEqual(Object.keys(PUBLISHED).sort());
    for (const [name, reason] of Object.entries(UNUSABLE)) {
      const line = stderr.split('\n').find((l) => l.startsWith(`parse: skipped ${path.join(dir, name)}: `));
      expect(line, name).toBeDefined();
      expect(line!.slice(`parse: skipped ${path.join(dir, name)}: `.length)).toMatch(reason);
    }
    // Nothing printed holds a control character (JSON would escape it as \u00XX).
    expect(stdout).not.toMatch(/\\u00[01][0-9a-f]|\\u007f/i);
  }, 60_000);

  test('--strict fails naming each unusable file, and names a sidecar warning by the sidecar’s own path and line', () => {
    const { status, stderr } = parse('--strict', ...unusable, path.join(dir, PUBLISHED['04AMMAN1288']!));
    expect(status).toBe(1);
    for (const file of unusable) expect(stderr).toContain(`parse: skipped ${file}: `);
    expect(stderr).toMatch(/page-ids\/04AMMAN1288\.annotations\.yaml:2: annotations: section id "site-search"/);
    expect(stderr).not.toMatch(/04AMMAN1288\.txt:2: .*annotations/);
  }, 60_000);
});
