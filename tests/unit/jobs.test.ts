/**
 * The sharded build's jobs side by side (scripts/shard/jobs.ts), on real processes: every line of
 * a job's output comes with its name, at most N run at once, and the first that fails stops the
 * rest and names itself.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { runJobs, type Job } from '../../scripts/shard/jobs.ts';

let printed: string[] = [];
beforeEach(() => {
  printed = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A job whose process prints `lines` lines (one to stderr) after `ms` and exits with `status`. */
function nodeJob(name: string, { lines = 2, ms = 0, status = 0 } = {}): Job {
  const script = `setTimeout(() => { for (let i = 1; i <= ${lines}; i++) console.log('line ' + i); console.error('to stderr'); process.exit(${status}); }, ${ms});`;
  return { name, run: (exec) => exec(process.execPath, ['-e', script]) };
}

test('every line of a job comes with its name; all succeed', async () => {
  const failed = await runJobs([nodeJob('facts 1/2'), nodeJob('facts 2/2', { lines: 3 })], 2);
  expect(failed).toBeNull();
  const lines = printed.join('').split('\n').filter(Boolean);
  expect(lines.filter((line) => line.startsWith('[facts 1/2] '))).toHaveLength(3);
  expect(lines.filter((line) => line.startsWith('[facts 2/2] '))).toHaveLength(4);
  expect(lines.every((line) => /^\[facts [12]\/2\] (line \d|to stderr)$/.test(line))).toBe(true);
});

test('at most N at once, in order', async () => {
  let running = 0;
  let most = 0;
  const started: string[] = [];
  const job = (name: string): Job => ({
    name,
    run: async (exec) => {
      started.push(name);
      most = Math.max(most, (running += 1));
      const status = await exec(process.execPath, ['-e', 'setTimeout(() => {}, 150)']);
      running -= 1;
      return status;
    },
  });
  expect(await runJobs(['a', 'b', 'c', 'd', 'e'].map(job), 2)).toBeNull();
  expect(most).toBe(2);
  expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
});

test('the first job that fails stops the others and the build, by name and exit status', async () => {
  const failed = await runJobs([nodeJob('pages 1/3', { ms: 20_000 }), nodeJob('pages 2/3', { status: 7 }), nodeJob('pages 3/3')], 2);
  expect(failed).toEqual({ name: 'pages 2/3', status: 7 });
  // pages 1/3 was stopped before it printed (it would after 20 s), and pages 3/3 never started.
  expect(printed.join('')).not.toContain('[pages 1/3] line');
  expect(printed.join('')).not.toContain('[pages 3/3]');
});

test('a job that throws fails with its name', async () => {
  const failed = await runJobs([{ name: 'merge', run: () => Promise.reject(new Error('no facts')) }], 1);
  expect(failed).toEqual({ name: 'merge', status: 1 });
  expect(printed.join('')).toContain('[merge] Error: no facts');
});

test("a job that lost astro's shared temporary file to another build runs once more, and only once", async () => {
  const race = "console.error(\"[UnknownFilesystemError] ENOENT: no such file or directory, rename '/p/.astro/content-assets.mjs.tmp' -> '/p/.astro/content-assets.mjs'\"); process.exit(1);";
  let runs = 0;
  const flaky: Job = { name: 'pages 1/2', run: (exec) => exec(process.execPath, ['-e', (runs += 1) === 1 ? race : '']) };
  expect(await runJobs([flaky, nodeJob('pages 2/2')], 2)).toBeNull();
  expect(runs).toBe(2);
  expect(printed.join('')).toContain('[pages 1/2] another astro build renamed');

  let always = 0;
  const broken: Job = { name: 'pages 1/1', run: (exec) => ((always += 1), exec(process.execPath, ['-e', race])) };
  expect(await runJobs([broken], 1)).toEqual({ name: 'pages 1/1', status: 1 });
  expect(always).toBe(2);
  // Any other failure is not run again.
  let once = 0;
  expect(await runJobs([{ name: 'facts 1/1', run: (exec) => ((once += 1), exec(process.execPath, ['-e', 'process.exit(3)'])) }], 1)).toEqual({ name: 'facts 1/1', status: 3 });
  expect(once).toBe(1);
});
