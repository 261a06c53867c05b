import { defineConfig } from 'vitest/config';

// Three tiers: `unit` (pure functions on fixtures, seconds), `corpus` (every cable of seeds/:
// invariants and per-cable snapshots), and `site` (one real build of dist/, real Chromium).
export default defineConfig({
  test: {
    // Browser tests mostly wait on Chromium's own processes: two workers keep both cores busy.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure functions: files share their worker's modules, so the name finder's word lists and
          // the glossary are built once per worker, not once per file.
          isolate: false,
          // The first test of a file that names entities builds the name finder's word lists (about a second, more on a busy machine).
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'corpus',
          include: ['tests/corpus/**/*.test.ts'],
          // Reading all 251 cables once per file takes a few seconds; the CLI spawns more.
          hookTimeout: 120_000,
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          // Builds dist/ once (a few minutes at most), serves it, and launches one Chromium.
          globalSetup: ['tests/setup/site.ts'],
          hookTimeout: 300_000,
          // Browser steps and the second (CABLES_DIR) build are slow on 2 cores; never a speed check.
          testTimeout: 180_000,
        },
      },
    ],
  },
});
