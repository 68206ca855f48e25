import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const SCREENSHOT_DIR = path.join(repoRoot, 'test-results', 'e2e', 'screenshots');

interface BrowserModeApp {
  url: string;
  dataDir: string;
}

/**
 * Starts the built browser-mode host with its own empty data folder, as `npm run start:web -- --no-open` would;
 * `extraArgs` such as `--database URL` go after.
 */
export async function startApp(dataDir: string, extraArgs: readonly string[] = []): Promise<{ app: BrowserModeApp; child: ChildProcess }> {
  const child = spawn(process.execPath, ['dist/main/web-host.cjs', '--no-open', '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${output}`)));
  });
  return { app: { url, dataDir }, child };
}

export const test = base.extend<{ app: BrowserModeApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  app: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-e2e-'));
    const { app, child } = await startApp(dataDir);
    await use(app);
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** Saves a picture for review. Pass fullPage: false for dialogs: their backdrop only covers the window. */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Finish fades and ripples first, so a dialog is pictured as a person sees it, not halfway in.
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage, animations: 'disabled' });
}
