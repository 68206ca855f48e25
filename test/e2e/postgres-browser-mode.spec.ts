import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PostgresCluster, startPostgresCluster } from '../support/postgresCluster';
import { openPage } from './directorySteps';
import { expect, screenshot, startApp, test } from './fixtures';

const SECRET = 'Wh1sk3y-Tango-Secret';
const COALITION = 'Riverside Youth Safety Coalition';
const repoRoot = path.resolve(import.meta.dirname, '..', '..');

let cluster: PostgresCluster;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startPostgresCluster();
  cluster.psql('postgres', 'CREATE DATABASE coalition');
});
test.afterAll(async () => cluster.stop());

/** The throwaway cluster trusts local connections: the password is accepted and ignored, so it only matters where it shows. */
const databaseUrl = () => cluster.connectionString('coalition').replace(/^postgresql:\/\/([^@:]+)@/, `postgresql://$1:${SECRET}@`);

test('browser mode on PostgreSQL opens without unlock, says where the data is, and keeps workgroups', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-e2e-pg-'));
  const output: string[] = [];
  const { app, child } = await startApp(dataDir, ['--database', databaseUrl(), '--coalition', COALITION]);
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  try {
    await page.goto(app.url);
    await expect(page.getByText(COALITION).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Unlock' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lock workspace' })).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByText(/records are kept on a PostgreSQL server/)).toBeVisible();
    await expect(page.getByText(/encrypted at rest and backed up is the database server’s job/)).toBeVisible();
    await expect(page.getByRole('heading', { name: /passphrase/i })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /^Backups/ })).toHaveCount(0);
    await screenshot(page, 'postgres-settings');

    await openPage(page, 'Workgroups');
    await page.getByRole('button', { name: 'Add workgroup' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add workgroup' });
    await dialog.getByLabel('Name').fill('Night-time intake');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await page.reload();
    await openPage(page, 'Workgroups');
    await expect(page.getByRole('heading', { name: 'Night-time intake' })).toBeVisible();
    expect(output.join('')).not.toContain(SECRET);
  } finally {
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('an unreachable server stops the start with one line and a non-zero exit, never the password', () => {
  const run = spawnSync(process.execPath, ['dist/main/web-host.cjs', '--no-open', '--database', `postgresql://ann:${SECRET}@127.0.0.1:1/coalition`], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.status).not.toBe(0);
  const said = `${run.stdout}${run.stderr}`.trim();
  expect(said.split('\n')).toHaveLength(1);
  expect(said).toMatch(/^Coalition Desk could not start: Could not reach the PostgreSQL server of postgresql:\/\/ann@127\.0\.0\.1:1\/coalition/);
  expect(said).not.toContain(SECRET);
});
