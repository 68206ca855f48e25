import { type Page } from '@playwright/test';
import { expect } from './fixtures';

/** Steps a person takes again and again: shared by the journey specs so each reads as the story it tells. */

export interface NewWorkspace {
  name: string;
  passphrase: string;
  state?: string;
  region?: string;
}

/** Fills the Create form and submits it; leaves the person on the recovery-code screen. */
export async function fillCreateWorkspaceForm(page: Page, workspace: NewWorkspace): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible();
  await page.getByLabel('Coalition name').fill(workspace.name);
  if (workspace.state) await page.getByLabel('State, territory or tribal nation').fill(workspace.state);
  if (workspace.region) await page.getByLabel('County or region').fill(workspace.region);
  await page.getByLabel('Passphrase', { exact: true }).fill(workspace.passphrase);
  await page.getByLabel('Confirm passphrase').fill(workspace.passphrase);
}

/** Reads the recovery code shown once after creating a workspace (or making a new code). */
export async function readRecoveryCode(page: Page): Promise<string> {
  const code = (await page.getByRole('group', { name: 'Recovery code' }).innerText()).replace(/\s+/g, '').trim();
  expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  return code;
}

/** Creates a workspace from the Create screen, confirms the recovery code is saved and lands on the dashboard. */
export async function createWorkspace(page: Page, workspace: NewWorkspace): Promise<{ recoveryCode: string }> {
  await fillCreateWorkspaceForm(page, workspace);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Save your recovery code' })).toBeVisible();
  const recoveryCode = await readRecoveryCode(page);
  await page.getByLabel('I have saved this recovery code in a safe place').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectDashboard(page, workspace.name);
  return { recoveryCode };
}

/** Types the passphrase on the Unlock screen and presses Unlock, without judging the outcome. */
export async function unlock(page: Page, passphrase: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Unlock workspace' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock workspace' })).toBeVisible();
}

export async function expectDashboard(page: Page, coalitionName: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: coalitionName })).toBeVisible();
}

/** Unlocking returns to the page the person locked on; these journeys lock from Settings. */
export async function expectBackOnSettings(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

/** One card of the Settings page, found by its heading. */
export function settingsSection(page: Page, title: string) {
  return page.getByRole('region', { name: title });
}

export const WRONG_PASSPHRASE_MESSAGE = 'That passphrase does not open this workspace.';

/** Neither the page nor the scrolling main area may need a sideways scrollbar. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  for (const main of await page.getByRole('main').all()) {
    await expect.poll(() => main.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  }
}

export const SAMPLE_NAME = 'Riverbend County Youth Safety Coalition (sample)';

/** Makes the sample coalition from the first screen and goes through its recovery code to the dashboard. */
export async function createSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Try it with a sample coalition' }).click();
  const dialog = page.getByRole('dialog', { name: 'Try it with a sample coalition' });
  await dialog.getByLabel('Passphrase', { exact: true }).fill('riverbend sample passphrase');
  await dialog.getByLabel('Confirm passphrase').fill('riverbend sample passphrase');
  await dialog.getByRole('button', { name: 'Create sample workspace' }).click();
  await readRecoveryCode(page);
  await page.getByLabel('I have saved this recovery code in a safe place').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectDashboard(page, SAMPLE_NAME);
}
