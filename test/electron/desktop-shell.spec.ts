import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { findElectronBinary } from './electronBinary';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const mainBundle = path.join(projectRoot, 'dist', 'main', 'electron-main.cjs');
const electron = findElectronBinary(projectRoot);

const skipReason = electron.found
  ? ''
  : `Electron binary not installed on this machine (no download possible): ${electron.reason}. ` +
    'What can be checked without it is unit-tested in test/unit/electron.';

if (!electron.found) console.log(`Skipping the desktop shell tests. ${skipReason}`);
test.skip(!electron.found, skipReason);

let app: ElectronApplication;
let page: Page;
let userDataDir: string;

test.beforeAll(async () => {
  if (!electron.found) return;
  if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run npm run build first`);
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-electron-'));
  app = await _electron.launch({
    executablePath: electron.executablePath,
    args: [mainBundle],
    cwd: projectRoot,
    env: { ...process.env, COALITION_DESK_USER_DATA_DIR: userDataDir },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

test('the app is served from app://, with its CSP', async () => {
  expect(page.url()).toBe('app://coalition-desk/index.html');
  const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
  expect(csp).toContain("script-src 'self'");
});

test('the page has no Node: context isolation holds', async () => {
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    module: typeof (globalThis as { module?: unknown }).module,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
});

test('the preload exposes exactly invoke and onEvent on window.coalitionDesk', async () => {
  const keys = await page.evaluate(() => Object.keys((window as unknown as { coalitionDesk: object }).coalitionDesk).sort());
  expect(keys).toEqual(['invoke', 'onEvent']);
});

test('navigating to another site is refused', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/coalition-desk\//);
});

test('a clicked link to another site does not take the window away', async () => {
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'http://example.com/';
    link.textContent = 'outside link';
    document.body.append(link);
  });
  await page.getByText('outside link').click();
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/coalition-desk\//);
});

test('window.open opens no window', async () => {
  // http: rather than https: so that the test does not hand a link to the system browser.
  const opened = await page.evaluate(() => window.open('http://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});
