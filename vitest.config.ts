import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/export/**/*.cli.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // npm run export end to end: builds once, runs each format once, one file at a time.
          name: 'export',
          include: ['tests/export/**/*.cli.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds its own deck: without the real deck's build in global-setup.
          exclude: ['tests/e2e/fixture-deck.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser at a time: this machine has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          // The made-up three-part deck (tests/fixtures/three-part): one build, walked and exported.
          name: 'fixture-deck',
          include: ['tests/e2e/fixture-deck.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
