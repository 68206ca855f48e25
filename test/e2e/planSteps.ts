import type { Download, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Steps in the plan, the protocols register, the trainings and the six duties, shared by their specs. */

/** Adds a goal from the Plan page; returns its section ("Goal <n>: <text>"). */
export async function addGoal(page: Page, text: string, position: number): Promise<Locator> {
  await page.getByRole('button', { name: 'Add goal' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add goal' });
  await dialog.getByRole('textbox', { name: 'Goal', exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const goal = page.getByRole('region', { name: `Goal ${position}: ${text}` });
  await expect(goal).toBeVisible();
  return goal;
}

/** Opens "Add objective" under a goal, lets `fill` write the form, and saves it. */
export async function addObjective(page: Page, goal: Locator, fill: (dialog: Locator) => Promise<void>): Promise<void> {
  await goal.getByRole('button', { name: 'Add objective' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add objective' });
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** Exports the plan from the Plan page in the format whose menu item matches, and closes the "Export ready" dialog. */
export async function exportPlan(page: Page, format: RegExp): Promise<Download> {
  await page.getByRole('button', { name: 'Export plan' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: format }).click()]);
  await closeExportReady(page);
  return download;
}

/** Makes the compliance summary of the last 12 months from the Six duties page. */
export async function exportComplianceSummary(page: Page): Promise<Download> {
  await page.getByRole('button', { name: 'Compliance summary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compliance summary' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Make summary' }).click()]);
  await closeExportReady(page);
  return download;
}

async function closeExportReady(page: Page): Promise<void> {
  const ready = page.getByRole('dialog', { name: 'Export ready' });
  await expect(ready).toBeVisible();
  await ready.getByRole('button', { name: 'Close' }).click();
  await expect(ready).toBeHidden();
}

/** Picks an option of a select field (an MUI select: a combobox and a list box). */
export async function choose(page: Page, field: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Adds an organization of the directory as a party on a protocol's page. */
export async function addParty(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Add a party' }).fill(name);
  await page.getByRole('option', { name }).first().click();
  await page.getByRole('button', { name: 'Add party' }).click();
  await expect(page.getByRole('list', { name: 'Parties' }).getByText(name, { exact: true })).toBeVisible();
}

/** Records that a party signed the version parties sign now, on the day the dialog offers. */
export async function recordSignature(page: Page, party: string, version: string): Promise<void> {
  await page.getByRole('button', { name: `Record signature of ${party}` }).click();
  const dialog = page.getByRole('dialog', { name: `${party} signed version ${version}` });
  await dialog.getByRole('button', { name: 'Record signature' }).click();
  await expect(dialog).toBeHidden();
}

/** The year after this one, when a protocol adopted today on a 12-month cycle is next reviewed. */
export const nextYear = (): string => String(new Date().getFullYear() + 1);

/** Opens the register and checks an adopted protocol's row: who has not signed, not who has, and next year's review. */
export async function expectRegisterRow(page: Page, protocol: string, { unsigned, signed }: { unsigned: string; signed: string }): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Protocols & agreements' }).click();
  const row = page.getByRole('row').filter({ hasText: protocol });
  await expect(row).toContainText(unsigned);
  await expect(row).not.toContainText(signed);
  await expect(row).toContainText(nextYear());
  return row;
}

/** Opens the dashboard and checks the protocol's line on the reviews card: reviewed next year, not signed by `unsigned`. */
export async function expectDashboardReview(page: Page, protocol: string, unsigned: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
  const card = page.getByRole('region', { name: 'Protocol and agreement reviews' });
  await expect(card.getByRole('link', { name: protocol })).toBeVisible();
  // Other protocols may be on the card too: read the line of this one.
  const item = card.getByRole('listitem').filter({ hasText: protocol });
  await expect(item.getByText(new RegExp(`^Review by .*${nextYear()}`))).toBeVisible();
  await expect(item.getByText(`Not signed by ${unsigned}`)).toBeVisible();
}

/** Adds a new file to an attachments section ("Add file", then "Add a document") and waits for it to be listed. */
export async function addFile(page: Page, section: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await section.getByRole('button', { name: 'Add file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a document' });
  await dialog.getByTestId('document-file-input').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Add document' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('button', { name: `Open "${file.name.replace(/\.[^.]+$/, '')}"` })).toBeVisible();
}

/**
 * Ticks or unticks a duty with the "Serves duty…" control of a meeting's page or an action item's panel (`scope`),
 * and waits until the control shows the change.
 */
export async function setServedDuty(page: Page, scope: Locator, duty: string, serves: boolean): Promise<void> {
  await scope.getByRole('button', { name: 'Serves duty…' }).click();
  await page.getByRole('menu').getByRole('menuitemcheckbox', { name: duty }).click();
  const chip = scope.getByRole('list', { name: 'Duties served' }).getByText(duty, { exact: true });
  await (serves ? expect(chip).toBeVisible() : expect(chip).toBeHidden());
}

export interface LoggedTraining {
  title: string;
  day: string;
  /** The audience sector as the field offers it, found by its first words. */
  sector: string;
  audience: string;
  numberTrained: number;
  duty: string;
}

/** Logs a training from the Trainings and outreach page. */
export async function logTraining(page: Page, training: LoggedTraining): Promise<void> {
  await page.getByRole('button', { name: 'Log a training' }).first().click();
  const form = page.getByRole('dialog', { name: 'Log a training' });
  await form.getByLabel('Title').fill(training.title);
  await form.getByLabel('Day of the training').fill(training.day);
  await form.getByLabel('Audience sectors').fill(training.sector.split(' ').slice(0, 2).join(' '));
  await page.getByRole('option', { name: training.sector }).click();
  await form.getByLabel('Audience detail').fill(training.audience);
  await form.getByLabel('Number trained').fill(String(training.numberTrained));
  await form.getByLabel(training.duty).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
}
