/**
 * The jobs of a sharded build run side by side on one machine (issue 12; scripts/build.ts): each
 * process a job starts runs in a process group of its own, its output read line by line and
 * printed with the job's name in front (`[pages 2/8] …`), so jobs running together stay readable.
 * The first job that fails stops the others and the build, with its name and exit status.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * A job's exchange with its process (scripts/shard/pages-queue.ts): `start` is given a way to
 * write a line to its stdin and to close it; `line` sees each line of its stdout.
 */
export interface Dialogue {
  start: (send: (line: string) => void, end: () => void) => void;
  line: (line: string) => void;
}

/** Runs one process of a job, its output prefixed; resolves to its exit status (1 when it could not start or was killed). */
export type Exec = (command: string, args: string[], options?: { env?: Record<string, string>; cwd?: string; dialogue?: Dialogue }) => Promise<number>;

/** One job: its name, and what it runs (with `exec` for its processes); resolves to its exit status. */
export interface Job {
  name: string;
  run: (exec: Exec, log: (line: string) => void) => Promise<number>;
}

/** A job that failed: its name and exit status. */
export interface Failure {
  name: string;
  status: number;
}

/**
 * Astro's content sync writes `.astro/content-assets.mjs` and `content-modules.mjs` of the project
 * through one fixed temporary name each (`….mjs.tmp`, then a rename); two astro builds of one
 * project syncing at the same moment can rename each other's file away (withastro/astro#12992),
 * and the later one fails with this error. Both write the same bytes, so running that job again
 * is safe.
 */
const SHARED_TMP_RACE = /ENOENT\b.*\brename\b.*\.astro[\\/][\w.-]+\.tmp/;

/** Prints each line of `stream` to `out` with `prefix` in front, and tells `seen` of each line. */
function prefixLines(stream: NodeJS.ReadableStream, prefix: string, out: NodeJS.WriteStream, seen: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    seen(line);
    out.write(`${prefix}${line}\n`);
  });
}

/**
 * Runs `jobs` in order, at most `concurrency` at a time. Resolves null when every job exits 0;
 * else, once the running jobs have stopped, the first failure: no job starts after it, and the
 * running ones are sent SIGTERM (their whole process group: astro's Pagefind too).
 */
export async function runJobs(jobs: readonly Job[], concurrency: number): Promise<Failure | null> {
  const running = new Set<ChildProcess>();
  let failure: Failure | null = null;
  let next = 0;

  // The jobs whose output showed the shared temporary file's race (see SHARED_TMP_RACE).
  const raced = new Set<string>();
  const execFor = (prefix: string): Exec => (command, args, options = {}) =>
    new Promise((resolve) => {
      if (failure !== null) return resolve(1);
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: [options.dialogue ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        detached: true,
      });
      running.add(child);
      const seen = (line: string): void => {
        if (SHARED_TMP_RACE.test(line)) raced.add(prefix);
      };
      // Piped (stdio above), so there.
      prefixLines(child.stdout!, prefix, process.stdout, (line) => {
        seen(line);
        options.dialogue?.line(line);
      });
      prefixLines(child.stderr!, prefix, process.stderr, seen);
      // A process that ended early closes its stdin: a line sent then is lost, not an error.
      child.stdin?.on('error', () => undefined);
      options.dialogue?.start(
        (line) => child.stdin?.write(`${line}\n`),
        () => child.stdin?.end(),
      );
      child.on('error', (error) => process.stderr.write(`${prefix}${error.message}\n`));
      child.on('close', (code, signal) => {
        running.delete(child);
        resolve(code ?? (signal ? 128 : 1));
      });
    });

  const stopAll = (): void => {
    for (const child of running) {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // It ended meanwhile.
      }
    }
  };

  const runOnce = (job: Job, prefix: string): Promise<number> =>
    job.run(execFor(prefix), (line) => process.stdout.write(`${prefix}${line}\n`)).catch((error: unknown) => {
      process.stderr.write(`${prefix}${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      return 1;
    });

  const worker = async (): Promise<void> => {
    while (failure === null && next < jobs.length) {
      const job = jobs[next++]!;
      const prefix = `[${job.name}] `;
      let status = await runOnce(job, prefix);
      if (status !== 0 && failure === null && raced.delete(prefix)) {
        process.stdout.write(`${prefix}another astro build renamed .astro's shared temporary file at the same moment (withastro/astro#12992): running this job again\n`);
        status = await runOnce(job, prefix);
      }
      if (status !== 0 && failure === null) {
        failure = { name: job.name, status };
        stopAll();
      }
    }
  };
  // The jobs are in process groups of their own, which a Ctrl-C at the terminal does not reach.
  const interrupted = (signal: NodeJS.Signals): void => {
    stopAll();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  }
  return failure;
}
