import { defineConfig } from '@playwright/test';

/** The desktop shell under Playwright's _electron. Skips itself where the Electron binary is missing. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  reporter: 'list',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
});
