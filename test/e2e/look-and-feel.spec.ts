import { type Locator, type Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { createWorkspace, expectDashboard, expectNoHorizontalOverflow, lock, openSettings, unlock } from './journeySteps';

const PASSPHRASE = 'harbor bells at early light';

/** Whether a box lies entirely inside the window, so it can be seen and clicked without scrolling sideways. */
async function expectInsideWindow(page: Page, locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

/** WCAG relative luminance of a CSS rgb()/rgba() colour. */
function luminance(cssColor: string): number {
  const [r, g, b] = (cssColor.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r ?? 0) + 0.7152 * linear(g ?? 0) + 0.0722 * linear(b ?? 0);
}

function contrast(first: number, second: number): number {
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

async function bodyColours(page: Page): Promise<{ background: number; text: number }> {
  const { background, text } = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color };
  });
  return { background: luminance(background), text: luminance(text) };
}

test('a coordinator on a narrow window can still create, unlock and move between Dashboard and Settings', async ({ page, app }) => {
  const name = 'Douglas County Youth Coalition';
  await page.setViewportSize({ width: 420, height: 800 });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectInsideWindow(page, page.getByRole('button', { name: 'Create workspace' }));
  await screenshot(page, 'narrow-01-create');

  await createWorkspace(page, { name, state: 'Oregon', region: 'Douglas County', passphrase: PASSPHRASE });
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await expectInsideWindow(page, page.getByRole('button', { name: 'Lock workspace' }));
  await expectInsideWindow(page, navigation.getByRole('link', { name: 'Dashboard' }));
  await expectInsideWindow(page, navigation.getByRole('link', { name: 'Settings' }));
  await expectNoHorizontalOverflow(page);
  // The navigation must not eat the page: the page itself keeps nearly the full width of the window.
  const mainBox = await page.getByRole('main').boundingBox();
  expect(mainBox?.width).toBeGreaterThanOrEqual(0.9 * 420);
  await screenshot(page, 'narrow-02-dashboard');

  await openSettings(page);
  await expectNoHorizontalOverflow(page);
  await expectInsideWindow(page, page.getByLabel('Lock after inactivity'));
  await screenshot(page, 'narrow-03-settings');
  await navigation.getByRole('link', { name: 'Dashboard' }).click();
  await expectDashboard(page, name);

  await lock(page);
  await expectNoHorizontalOverflow(page);
  await expectInsideWindow(page, page.getByRole('button', { name: 'Unlock', exact: true }));
  await screenshot(page, 'narrow-04-unlock');
  await unlock(page, PASSPHRASE);
  await expectDashboard(page, name);
});

test('a coordinator whose computer is set to dark mode gets a dark, readable app', async ({ page, app }) => {
  const name = 'Coos County Night Shift Coalition';
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible();
  await expect.poll(async () => (await bodyColours(page)).background).toBeLessThan(0.3);
  let colours = await bodyColours(page);
  expect(colours.text).toBeGreaterThan(0.5);
  expect(contrast(colours.background, colours.text)).toBeGreaterThanOrEqual(7);
  await screenshot(page, 'dark-01-create');

  await createWorkspace(page, { name, state: 'Oregon', passphrase: PASSPHRASE });
  colours = await bodyColours(page);
  expect(colours.background).toBeLessThan(0.3);
  expect(contrast(colours.background, colours.text)).toBeGreaterThanOrEqual(7);
  await screenshot(page, 'dark-02-dashboard');
  await openSettings(page);
  await screenshot(page, 'dark-03-settings');
});

test('a coalition with a very long name still fits on the dashboard, in the top bar and on the Unlock screen', async ({ page, app }) => {
  const name =
    'Greater Willamette Valley and Mid-Columbia Gorge Regional Tribal, County and Municipal Partnership for Youth Safety, Prevention, Wellness and Recovery';
  expect(name).toHaveLength(150);

  await page.goto(app.url);
  await createWorkspace(page, { name, state: 'Oregon', passphrase: PASSPHRASE });
  await expectNoHorizontalOverflow(page);
  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toHaveText(name);
  expect(await heading.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  // The top bar shortens the name but keeps Lock in view.
  await expect(page.getByRole('banner').getByText(name)).toBeVisible();
  await expectInsideWindow(page, page.getByRole('button', { name: 'Lock workspace' }));
  await screenshot(page, 'long-name-01-dashboard');

  await page.setViewportSize({ width: 420, height: 800 });
  await expectNoHorizontalOverflow(page);
  await expectInsideWindow(page, page.getByRole('button', { name: 'Lock workspace' }));
  await screenshot(page, 'long-name-02-dashboard-narrow');

  await lock(page);
  await expectNoHorizontalOverflow(page);
  await expect(page.getByRole('radio', { name: new RegExp(name.slice(0, 40)) })).toBeChecked();
  await screenshot(page, 'long-name-03-unlock-narrow');
});

test('a coordinator creates a workspace using only the keyboard', async ({ page, app }) => {
  const name = 'Klamath Basin Keyboard Coalition';
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible();

  /** Presses Tab until the given control has focus, as someone moving through the form would. */
  const tabTo = async (target: Locator, limit = 8) => {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  };

  // The name field has focus as soon as the screen opens.
  await expect(page.getByLabel('Coalition name')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('State, territory or tribal nation')).toBeFocused();
  await page.keyboard.type('Oregon');
  await page.keyboard.press('Escape');
  await tabTo(page.getByLabel('County or region'));
  await page.keyboard.type('Klamath County');
  await tabTo(page.getByLabel('Passphrase', { exact: true }));
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page.getByLabel('Confirm passphrase'));
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page.getByRole('button', { name: 'Create workspace' }));
  await screenshot(page, 'keyboard-01-create-focused');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Save your recovery code' })).toBeVisible();
  const saved = page.getByLabel('I have saved this recovery code in a safe place');
  await tabTo(saved);
  await page.keyboard.press('Space');
  await expect(saved).toBeChecked();
  await tabTo(page.getByRole('button', { name: 'Continue' }));
  await screenshot(page, 'keyboard-02-continue-focused');
  await page.keyboard.press('Enter');

  await expectDashboard(page, name);
  await expect(page.getByText('Oregon · Klamath County')).toBeVisible();
});
