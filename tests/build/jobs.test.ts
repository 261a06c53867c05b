/**
 * Issue 12: the sharded build's jobs side by side (`npm run build -- --jobs 2`) make the same site
 * as one after another (`--jobs 1`), file for file and byte for byte: a small corpus above
 * SHARD_CABLES built both ways, each in a work folder of its own (nothing of one reused by the
 * other). Each job's lines carry its name.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/paths.ts';
import { run, withBuildLock } from '../helpers/process.ts';
import { filesUnder } from '../helpers/site.ts';

/** Seed cables of several years, so each of the 3 shards holds some. */
const CABLES = ['03ABUDHABI2641', '04AMMAN1288', '04VATICAN3196', '05DUBLIN286', '07BOGOTA1165', '08CAIRO57', '09BERLIN1162', '10MADRID49', '10MAPUTO80'];
const folders: string[] = [];
const temporary = (name: string): string => {
  const folder = mkdtempSync(path.join(tmpdir(), `cable-reader-jobs-${name}-`));
  folders.push(folder);
  return folder;
};

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Every file of a site, by its path inside it. */
function siteFiles(site: string): Map<string, Buffer> {
  return new Map(filesUnder(site).map((file) => [path.relative(site, file), readFileSync(file)]));
}

test('--jobs 2 builds the same site as --jobs 1, byte for byte', async () => {
  const input = temporary('in');
  for (const id of CABLES) copyFileSync(path.join(PROJECT_ROOT, 'seeds/cablegate', `${id}.txt`), path.join(input, `${id}.txt`));
  const built = new Map<number, { site: string; output: string }>();
  for (const jobs of [1, 2]) {
    const site = temporary(`dist${jobs}`);
    const env = { CABLES_DIR: input, SHARD_WORK: temporary(`work${jobs}`), SHARD_CABLES: '3', SITE_URL: 'https://cables.example.org' };
    const result = await withBuildLock(() => run('npm', ['run', 'build', '--', '--jobs', String(jobs), '--outDir', site], env));
    expect(result.code, result.output.slice(-6000)).toBe(0);
    built.set(jobs, { site, output: result.output });
  }
  const one = built.get(1)!;
  const two = built.get(2)!;
  expect(one.output).toContain('building 3 shards one after another');
  expect(two.output).toContain('building 3 shards of ≤ 3 cables, 2 jobs side by side');
  // Each job's lines carry its name: astro's of a pages job (a runner building shards from the
  // queue: scripts/shard/pages-queue.ts), the list pages' (beside the pages jobs, before the last
  // of them ends), the merge's.
  for (const name of ['facts #1', 'facts #2', 'link', 'pages #1', 'lists', 'merge']) expect(two.output).toMatch(new RegExp(`^\\[${name}\\] \\S`, 'm'));
  // The facts and pages jobs are runners (scripts/shard/facts-runner.ts, pages-runner.ts): one
  // job after another, every shard's facts and build end in the one runner job of each stage;
  // side by side, every shard's facts in one of the two facts runners.
  const ends = (output: string, kind: string, job: string): number[] =>
    [...output.matchAll(new RegExp(`^\\[${job}\\] @@${kind}-runner \\{"index":(\\d),"status":0,`, 'gm'))].map((match) => Number(match[1]));
  expect(ends(one.output, 'pages', 'pages #1').sort()).toEqual([1, 2, 3]);
  expect(ends(one.output, 'facts', 'facts #1').sort()).toEqual([1, 2, 3]);
  expect(ends(two.output, 'facts', 'facts #[12]').sort()).toEqual([1, 2, 3]);
  expect(two.output).toMatch(/^\[facts #[12]\] \[shard 3\/3\] facts: \d+ cables/m);
  expect(two.output.indexOf('[lists] ')).toBeLessThan(two.output.lastIndexOf('[pages '));
  expect(two.output).toMatch(/^\[merge\] merge: 9 cables of 3 shards assembled/m);

  const first = siteFiles(one.site);
  const second = siteFiles(two.site);
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  expect(first.size).toBeGreaterThan(CABLES.length * 3);
  const differing = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file);
  expect(differing).toEqual([]);
}, 600_000);
