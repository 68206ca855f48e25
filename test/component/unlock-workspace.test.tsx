import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { answerChannels, callsTo, failWith, lockedStatus, renderWithProviders, sampleDetails, sampleWorkspace } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const PASSPHRASE_TYPED = 'correct horse battery staple';
const recent = [{ name: sampleWorkspace.name, path: sampleWorkspace.path, lastOpenedAt: '2026-03-04T15:00:00.000Z' }];

async function openUnlock(unlock: () => never) {
  answerChannels({ 'app.status': () => lockedStatus(recent), 'workspace.unlock': unlock });
  renderWithProviders(<App />);
  await screen.findByRole('heading', { name: 'Unlock workspace' });
}

describe('a social worker unlocks a workspace', () => {
  it('lists recent workspaces by name and path, with the newest chosen', async () => {
    await openUnlock(() => failWith({ code: 'INTERNAL', message: 'unused' }));
    const list = screen.getByRole('radiogroup', { name: 'Recent workspaces' });
    const choice = within(list).getByRole('radio', { name: new RegExp(sampleWorkspace.name) }) as HTMLInputElement;
    expect(choice.checked).toBe(true);
    expect(within(list).getByText(sampleWorkspace.path)).toBeTruthy();
    expect(within(list).getByRole('radio', { name: 'Open another workspace…' })).toBeTruthy();
  });

  it('sees a wrong passphrase explained under the passphrase field', async () => {
    await openUnlock(() => failWith({ code: 'WRONG_PASSPHRASE', message: 'That passphrase does not open this workspace.' }));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Passphrase'), 'not the one');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByText('That passphrase does not open this workspace.')).toBeTruthy();
    expect(screen.getByLabelText('Passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(callsTo('workspace.unlock')).toEqual([{ path: sampleWorkspace.path, passphrase: 'not the one' }]);
  });

  it('is told the workspace is open somewhere else, and where, on the unlock screen', async () => {
    const message = 'This workspace is open in another window or on another computer (ALEX-LAPTOP, since 14:02). Close it there first.';
    await openUnlock(() => failWith({ code: 'WORKSPACE_IN_USE', message }));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE_TYPED);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    const form = screen.getByRole('form', { name: 'Unlock workspace' });
    expect((await within(form).findByRole('alert')).textContent).toBe(message);
    expect(screen.getByLabelText('Passphrase').getAttribute('aria-invalid')).toBe('false');
    expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('waits out a lockout with a countdown before Unlock works again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await openUnlock(() => failWith({ code: 'TOO_MANY_ATTEMPTS', message: 'Too many wrong passphrases in a row.', retryAfterMs: 3_000 }));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    await user.type(screen.getByLabelText('Passphrase'), 'guess again');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByText(/Try again in 3 seconds\./)).toBeTruthy();
    const unlockButton = screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement;
    expect(unlockButton.disabled).toBe(true);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(screen.getByText(/Try again in 2 seconds\./)).toBeTruthy();

    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_000);
    });
    expect(screen.queryByText(/Try again in/)).toBeNull();
    expect(unlockButton.disabled).toBe(false);
  });

  it('opens the workspace with the right passphrase', async () => {
    answerChannels({
      'app.status': () => lockedStatus(recent),
      'workspace.unlock': () => sampleWorkspace,
      'workspace.details': () => sampleDetails,
    });
    renderWithProviders(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Passphrase'), 'lantern orchard quietly');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByRole('heading', { level: 1, name: sampleWorkspace.name })).toBeTruthy();
    expect(screen.getByText('Oregon · Lane County')).toBeTruthy();
  });

  it('offers the backups of a damaged workspace, with no way to delete anything', async () => {
    answerChannels({
      'app.status': () => lockedStatus(recent),
      'workspace.unlock': () => failWith({ code: 'WORKSPACE_DAMAGED', message: 'The workspace file could not be read.' }),
      'workspace.listBackups': () => [
        { file: '/backups/one.coalition-backup', createdAt: '2026-03-01T10:00:00.000Z', sizeBytes: 2048, reason: 'before-migration', kind: 'before-upgrade' },
      ],
      'workspace.restoreBackup': () => ({ restoredPath: '/home/sam/Restored.coalition', workspace: sampleWorkspace }),
    });
    renderWithProviders(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Passphrase'), 'lantern orchard quietly');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    await screen.findByRole('heading', { name: 'This workspace needs attention' });
    expect(screen.queryByRole('button', { name: /delete/i })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Restore into a new workspace' }));
    await user.type(screen.getByLabelText('Passphrase for this backup'), 'older passphrase');
    await user.click(screen.getByRole('button', { name: 'Restore' }));

    await screen.findByRole('heading', { name: 'Unlock workspace' });
    expect(screen.getByText(/restored into a new workspace at \/home\/sam\/Restored\.coalition/)).toBeTruthy();
    expect((screen.getByLabelText('Workspace folder') as HTMLInputElement).value).toBe('/home/sam/Restored.coalition');
  });
});
