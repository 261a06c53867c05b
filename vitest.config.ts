import { defineConfig } from 'vitest/config';

// Two projects: fast pure-core unit tests, and site tests that share one real build of dist/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
    ],
  },
});
