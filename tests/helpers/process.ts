import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

/** What a finished child process left behind. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved, for error messages. */
  output: string;
}

/**
 * The environment of this process without what Vitest sets for its own workers (`VITEST*`,
 * `NODE_ENV=test`), so that astro runs as it does for a user.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'),
  );
}

/**
 * Runs a command in the project root with node_modules/.bin first on PATH, so project binaries
 * (astro, tsx, node) run on the pinned Node exactly as inside npm scripts.
 */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: {
        ...cleanEnv(),
        ...env,
        PATH: `${path.join(PROJECT_ROOT, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let output = '';
    // Decode as streams: a UTF-8 character split across two chunks must not turn into U+FFFD.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr, output }));
  });
}

/** Where a test build holds the project's build lock (one per project folder). */
const BUILD_LOCK = path.join(tmpdir(), `cable-reader-build-${createHash('sha256').update(PROJECT_ROOT).digest('hex').slice(0, 12)}.lock`);
/** A lock older than this is left over from a killed run. */
const STALE_LOCK_MS = 20 * 60_000;

/**
 * Runs `build` holding the project's build lock, one at a time: builds of one project folder
 * share `<root>/.astro/` (prerender chunks), so two test files building at once (vitest runs two
 * workers) break each other's build with a missing chunk. An atomic `mkdir` is the lock.
 */
export async function withBuildLock<T>(build: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await build();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** `astro build` of this project into `outDir`, under the build lock (`withBuildLock`). */
export function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<RunResult> {
  return withBuildLock(() => run(path.join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], env));
}
