import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Runs the real CLI the way the contract says: `npm run --silent parse -- …`. */
function parse(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'parse', '--', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const seed = 'seeds/000_20ae7434d121b7bb.txt';
const amman = 'seeds/cablegate/04AMMAN1288.txt';

describe('npm run parse', () => {
  test('prints one JSON array, one cable per file, in order; exit 0 with warnings', () => {
    const { status, stdout } = parse(amman, seed, 'seeds/cablegate/06BRASILIA2521.txt');
    expect(status).toBe(0);
    const cables = JSON.parse(stdout);
    expect(cables.map((c: { file: string }) => c.file)).toEqual([amman, seed, 'seeds/cablegate/06BRASILIA2521.txt']);
    expect(cables[0].id).toBe('04AMMAN1288');
    expect(cables[1].sections.map((s: { id: string }) => s.id)).toEqual(['summary', 'resources', 'vetting', 'comment']);
    expect(cables[2].warnings.length).toBeGreaterThan(0);
  }, 30_000);

  test('exit 1 when a file cannot be read; the others are still printed; stderr names the file', () => {
    const { status, stdout, stderr } = parse(seed, 'seeds/no-such-cable.txt');
    expect(status).toBe(1);
    expect(JSON.parse(stdout).map((c: { file: string }) => c.file)).toEqual([seed]);
    expect(stderr).toContain('seeds/no-such-cable.txt');
  }, 30_000);

  test('--strict: exit 1 when any cable has warnings, 0 when none has', () => {
    const strictWithWarnings = parse('--strict', 'seeds/cablegate/06BRASILIA2521.txt');
    expect(strictWithWarnings.status).toBe(1);
    expect(JSON.parse(strictWithWarnings.stdout)).toHaveLength(1);
    expect(strictWithWarnings.stderr).toMatch(/06BRASILIA2521\.txt:54: paragraph 2 repeated/);
    expect(parse('--strict', seed).status).toBe(0);
  }, 30_000);

  test('paths outside the project are given relative to it; CRLF/Latin-1 files decode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cable-'));
    const file = join(dir, '07BOGOTA1165.txt');
    writeFileSync(file, Buffer.from('UNCLAS BOGOTA 001165\r\n\r\n\xb61. Text.\r\n', 'latin1'));
    const { status, stdout } = parse(file);
    expect(status).toBe(0);
    const [cable] = JSON.parse(stdout);
    expect(cable.paragraphs).toEqual([{ anchor: 'par1', number: 1, section: 'text', marking: null, text: 'Text.' }]);
    expect(cable.file.endsWith('/07BOGOTA1165.txt')).toBe(true);
  }, 30_000);
});
