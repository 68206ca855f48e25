import fs from 'node:fs';
import { readDocx } from '../unit/support/docxText';
import { pdfPages } from '../unit/support/pdfPages';
import { pdfBytes } from '../unit/support/documentFixtures';
import { expect, screenshot, test } from './fixtures';
import { createSample, createWorkspace, expectNoHorizontalOverflow } from './journeySteps';
import { pick } from './meetingSteps';
import { addFile, addGoal, addObjective, exportPlan } from './planSteps';

const GOAL = 'Youth who run from care are found the same day, and served when they come back';
const COUNTED = 'Report every youth missing from care to law enforcement within 24 hours';
const FOLLOWED = 'Roll out the screening tool in every child welfare unit of the county';

test('a new coordinator is told what to do first on an empty plan', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: 'a long passphrase for the plan' });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export plan' })).toBeHidden();
  await screenshot(page, 'plan-empty');
});

test('a coordinator writes a goal with two objectives, links action items, records progress and exports the plan', async ({ page, app }) => {
  test.setTimeout(360_000);
  await page.goto(app.url);
  await createSample(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Plan' }).click();
  // The sample coalition has a plan: three goals, something needing attention.
  await expect(page.getByRole('region', { name: 'Goal 3: Partners share what they learn' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Needs attention' })).toContainText('Train hotel front-desk staff');
  await screenshot(page, 'plan-sample');

  await page.getByRole('button', { name: 'Edit mission' }).click();
  await page.getByLabel('Mission statement').fill('No youth in Riverbend County is trafficked unseen.');
  await page.getByRole('button', { name: 'Save mission' }).click();
  await expect(page.getByText('No youth in Riverbend County is trafficked unseen.')).toBeVisible();

  const goal = await addGoal(page, GOAL, 4);

  await addObjective(page, goal, async (dialog) => {
    await dialog.getByRole('textbox', { name: 'Objective', exact: true }).fill(COUNTED);
    await dialog.getByRole('radio', { name: 'A workgroup' }).check();
    await dialog.getByRole('combobox', { name: 'Owner (workgroup)' }).click();
    await page.getByRole('option').first().click();
    await dialog.getByLabel('Measure').fill('Reports made within 24 hours, per cent');
    await dialog.getByLabel('Baseline').fill('40');
    await dialog.getByLabel('Target', { exact: true }).fill('90');
    await dialog.getByLabel('Target date').fill('2020-12-31');
  });
  await addObjective(page, goal, async (dialog) => {
    await dialog.getByRole('textbox', { name: 'Objective', exact: true }).fill(FOLLOWED);
    await dialog.getByRole('radio', { name: 'Follows linked action items' }).check();
  });
  // Its target date has passed: the plan says so at the top.
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention).toContainText(COUNTED);
  await expect(attention).toContainText('target date 2020-12-31 passed');

  await goal.getByRole('button', { name: FOLLOWED }).click();
  const drawer = page.getByRole('dialog', { name: FOLLOWED });
  await expect(drawer.getByText('No action items linked yet.')).toBeVisible();
  await pick(page, drawer.getByLabel('Link an action item'), 'pilot units', 'Train the two pilot units on the screening tool');
  await expect(drawer.getByText('Train the two pilot units on the screening tool')).toBeVisible();
  await pick(page, drawer.getByLabel('Link an action item'), 'rollout plan', 'Write the county-wide screening rollout plan');
  await expect(drawer.getByText('50%: 1 of 2 linked action items done').first()).toBeVisible();
  await screenshot(page, 'plan-objective-drawer', { fullPage: false });
  // The objective carries its own attachments, opened from its panel.
  await addFile(page, drawer.getByRole('region', { name: `Attachments of ${FOLLOWED}` }), {
    name: 'Screening tool comparison.pdf',
    mimeType: 'application/pdf',
    buffer: pdfBytes('tools'),
  });
  await screenshot(page, 'plan-objective-attachments', { fullPage: false });
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(goal.getByRole('progressbar', { name: `Progress of ${FOLLOWED}` })).toHaveAttribute('aria-valuenow', '50');

  await goal.getByRole('button', { name: COUNTED }).click();
  const counted = page.getByRole('dialog', { name: COUNTED });
  await counted.getByRole('button', { name: 'Record progress' }).click();
  const update = page.getByRole('dialog', { name: 'Record progress' });
  await update.getByLabel('Value').fill('65');
  await update.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'At risk' }).click();
  await update.getByLabel('Note').fill('The night shift is not trained yet.');
  await update.getByRole('button', { name: 'Record update' }).click();
  await expect(counted.getByText('The night shift is not trained yet.')).toBeVisible();
  await expect(counted.getByText(/^50%: 65 recorded on /).first()).toBeVisible();
  await counted.getByRole('button', { name: 'Close' }).click();
  await screenshot(page, 'plan-with-goal');

  // The action item shows the objective it serves.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Action items' }).click();
  await page.getByRole('grid', { name: 'Action items' }).getByRole('gridcell', { name: 'Write the county-wide screening rollout plan' }).click();
  const served = page.getByRole('dialog', { name: 'Write the county-wide screening rollout plan' }).getByRole('list', { name: 'Serves plan objectives' });
  await expect(served.getByRole('link', { name: FOLLOWED })).toBeVisible();
  await served.getByRole('link', { name: FOLLOWED }).click();
  await expect(page.getByRole('dialog', { name: FOLLOWED })).toBeVisible();
  await page.getByRole('dialog', { name: FOLLOWED }).getByRole('button', { name: 'Close' }).click();

  const pdf = pdfPages(fs.readFileSync(await (await exportPlan(page, /^PDF/)).path())).join('\n');
  expect(pdf).toContain('No youth in Riverbend County is trafficked unseen.');
  expect(pdf).toContain(`Goal 4: ${GOAL}`.slice(0, 60));
  expect(pdf).toContain('1 of 2 linked action items done');
  const docx = readDocx(fs.readFileSync(await (await exportPlan(page, /^Word/)).path()));
  expect(docx.body).toContain(COUNTED);
  expect(docx.body).toContain('The night shift is not trained yet.');

  await page.setViewportSize({ width: 420, height: 900 });
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'plan-narrow');
});
