import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { WorkspaceSummary } from '../../shared/contract';
import { connectionKind } from '../../renderer/api';
import { App } from '../../renderer/App';
import { answerChannels, captureEvents, lockedStatus, renderWithProviders, sampleDetails, sampleWorkspace, unlockedStatus } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const PASSPHRASE = 'correct horse battery staple';
const otherWorkspace: WorkspaceSummary = {
  ...sampleWorkspace,
  id: '0198f2c4-0000-7000-8000-000000000002',
  name: 'Lakeside Coalition',
  path: '/home/sam/Lakeside.coalition',
};
const recent = [
  { name: sampleWorkspace.name, path: sampleWorkspace.path, lastOpenedAt: '2026-03-04T15:00:00.000Z' },
  { name: otherWorkspace.name, path: otherWorkspace.path, lastOpenedAt: '2026-03-01T15:00:00.000Z' },
];

function answerOpenWorkspace(unlocks: WorkspaceSummary = sampleWorkspace) {
  answerChannels({
    'app.status': () => unlockedStatus(),
    'workspace.details': () => sampleDetails,
    'workspace.unlock': () => unlocks,
    'workspace.lock': () => ({ done: true }),
  });
}

async function openWorkspace() {
  answerOpenWorkspace();
  renderWithProviders(<App />);
  await screen.findByRole('heading', { level: 1, name: sampleWorkspace.name });
}

async function goToSettings(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('link', { name: 'Settings' }));
  return screen.findByRole('heading', { level: 1, name: 'Settings' });
}

/** The host locks after inactivity; the window shows Unlock, where the person types the passphrase of `path`. */
async function lockForInactivityThenUnlock(user: ReturnType<typeof userEvent.setup>, push: ReturnType<typeof captureEvents>, unlocks: WorkspaceSummary) {
  answerChannels({ 'app.status': () => ({ ...lockedStatus(recent) }) });
  push({ type: 'session.locked', reason: 'idle' });
  await screen.findByRole('heading', { name: 'Unlock workspace' });
  answerOpenWorkspace(unlocks);
  if (unlocks.path !== sampleWorkspace.path) await user.click(screen.getByRole('radio', { name: new RegExp(unlocks.name) }));
  await user.click(screen.getByLabelText('Passphrase'));
  await user.paste(PASSPHRASE);
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
}

describe('moving between pages', () => {
  it('keeps the page in the address, as a new history entry the browser can go Back from', async () => {
    const user = userEvent.setup();
    await openWorkspace();
    const entriesBefore = window.history.length;
    await goToSettings(user);
    expect(window.location.hash).toBe('#/settings');
    expect(window.history.length).toBe(entriesBefore + 1);
  });

  it('opens the page a bookmark or a reload names', async () => {
    window.history.replaceState(null, '', '/#/settings');
    answerOpenWorkspace();
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
  });

  it('moves focus to the new page heading', async () => {
    const user = userEvent.setup();
    await openWorkspace();
    const heading = await goToSettings(user);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.tabIndex).toBe(-1);
  });

  it('offers "Skip to main content" first, which takes the keyboard to the page heading', async () => {
    const user = userEvent.setup();
    await openWorkspace();
    const heading = screen.getByRole('heading', { level: 1, name: sampleWorkspace.name });
    (document.activeElement as HTMLElement | null)?.blur();

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(document.activeElement).toBe(skip);
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(heading);
  });
});

describe('unlocking again', () => {
  it('returns to the page the person was on when the workspace locked itself', async () => {
    const user = userEvent.setup();
    const push = captureEvents();
    await openWorkspace();
    await goToSettings(user);

    await lockForInactivityThenUnlock(user, push, sampleWorkspace);
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
  });

  it("starts at the dashboard when another workspace is unlocked: the page was the other one's", async () => {
    const user = userEvent.setup();
    const push = captureEvents();
    await openWorkspace();
    await goToSettings(user);

    await lockForInactivityThenUnlock(user, push, otherWorkspace);
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(screen.queryByRole('heading', { level: 1, name: 'Settings' })).toBeNull();
  });
});

describe('a browser tab Coalition Desk does not answer', () => {
  it('says, without commands, how to get back in when the tab was opened without its link', () => {
    vi.mocked(connectionKind).mockReturnValue('missing-token');
    renderWithProviders(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Open Coalition Desk from its shortcut' })).toBeTruthy();
    expect(screen.getByText(/Open Coalition Desk again from its shortcut/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/npm/);
  });

  it("says the tab's link has expired when the host no longer takes its token", () => {
    vi.mocked(connectionKind).mockReturnValue('link-expired');
    renderWithProviders(<App />);
    expect(screen.getByRole('heading', { level: 1, name: "This tab's link has expired" })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/npm/);
  });
});
