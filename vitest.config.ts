import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // The default output, how many storage tests ran on each engine (SQLCipher, PostgreSQL), and any test left with no
    // result because its worker died (named, so a crash in CI says where).
    reporters: ['default', './test/support/engineCountReporter.ts', './test/support/unfinishedTestsReporter.ts'],
    // `npm test` prints a v8 coverage summary of the unit and component runs (no thresholds: a figure, not a gate).
    coverage: {
      provider: 'v8',
      include: ['main/**/*.{ts,tsx}', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
      reporter: ['text-summary'],
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // A throwaway PostgreSQL for the run (test/support/postgresCluster.ts): the storage tests run on both engines.
          globalSetup: ['test/unit/support/postgresGlobalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
