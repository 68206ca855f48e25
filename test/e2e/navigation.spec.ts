import { type Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { createWorkspace, expectDashboard, lock, unlock } from './journeySteps';

const COALITION = 'Klamath Basin Youth Coalition';
const PASSPHRASE = 'juniper trail at first snow';

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name });
}

async function openPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
  await expect(heading(page, name)).toBeVisible();
}

test('a coordinator moves with Back and Forward, reloads and bookmarks a page, and comes back to it after locking', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: COALITION, state: 'Oregon', region: 'Klamath County', passphrase: PASSPHRASE });
  expect(page.url()).not.toContain('token');

  await openPage(page, 'Settings');
  await expect(heading(page, 'Settings')).toBeFocused();
  await openPage(page, 'Members');
  await expect(heading(page, 'Members')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#/members');

  await page.goBack();
  await expect(heading(page, 'Settings')).toBeVisible();
  await expect(heading(page, 'Settings')).toBeFocused();
  await page.goBack();
  await expectDashboard(page, COALITION);
  await page.goForward();
  await expect(heading(page, 'Settings')).toBeVisible();

  await page.reload();
  await expect(heading(page, 'Settings')).toBeVisible();
  expect(page.url()).not.toContain('token');

  // A bookmark opened in the tab Coalition Desk opened.
  await page.goto(`${new URL(app.url).origin}/#/organizations`);
  await expect(heading(page, 'Organizations')).toBeVisible();

  await lock(page);
  await unlock(page, PASSPHRASE);
  await expect(heading(page, 'Organizations')).toBeVisible();
  await expect(heading(page, 'Organizations')).toBeFocused();
  // Going back to where the visit began (the launch link's entry) shows no token in the address.
  await page.goBack();
  await expect(heading(page, 'Settings')).toBeVisible();
  await page.goBack();
  await expectDashboard(page, COALITION);
  expect(page.url()).toBe(`${new URL(app.url).origin}/`);
});

test('a keyboard user skips past the navigation and always sees where the focus is', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: COALITION, state: 'Oregon', passphrase: PASSPHRASE });
  await openPage(page, 'Settings');
  // The skip link comes before everything else: one step back from the top bar's search box reaches it.
  await page.getByRole('combobox', { name: 'Search everything' }).focus();
  await page.keyboard.press('Shift+Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await screenshot(page, 'focus-01-skip-link', { fullPage: false });
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Settings')).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCount(1);
  const ring = await focused.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  await screenshot(page, 'focus-02-ring-on-navigation', { fullPage: false });
});

test('a tab whose link is missing or expired says how to get back in, without commands', async ({ browser, page, app }) => {
  const context = await browser.newContext();
  try {
    const bookmarkTab = await context.newPage();
    await bookmarkTab.goto(`${new URL(app.url).origin}/#/members`);
    await expect(heading(bookmarkTab, 'Open Coalition Desk from its shortcut')).toBeVisible();
    await expect(bookmarkTab.getByText(/Open Coalition Desk again from its shortcut/)).toBeVisible();
    await expect(bookmarkTab.getByText(/npm/)).toHaveCount(0);
    await screenshot(bookmarkTab, 'no-token-01-bookmark-in-new-tab');
  } finally {
    await context.close();
  }

  // A tab kept open across a restart of Coalition Desk holds a token the new run did not give out.
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible();
  await page.evaluate(() => window.sessionStorage.setItem('coalition-desk.token', 'from-an-earlier-run'));
  await page.reload();
  await expect(heading(page, "This tab's link has expired")).toBeVisible();
  await expect(page.getByText(/npm/)).toHaveCount(0);
  await screenshot(page, 'no-token-02-expired-link');
});
