import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { weakPassphraseMessage } from '../../shared/passphraseStrength';
import { answerChannels, callsTo, failWith, lockedStatus, renderWithProviders, sampleWorkspace } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const recoveryCode = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';

async function openCreateForm() {
  answerChannels({ 'app.status': () => lockedStatus() });
  renderWithProviders(<App />);
  await screen.findByRole('heading', { name: 'Create a workspace' });
  return userEvent.setup();
}

async function fillForm(user: ReturnType<typeof userEvent.setup>, passphrase: string, confirm: string) {
  await user.type(screen.getByLabelText('Coalition name'), 'Riverside Youth Safety Coalition');
  await user.type(screen.getByLabelText('State, territory or tribal nation'), 'Oregon');
  await user.type(screen.getByLabelText('County or region'), 'Lane County');
  await user.type(screen.getByLabelText('Passphrase'), passphrase);
  await user.type(screen.getByLabelText('Confirm passphrase'), confirm);
}

describe('a coordinator creates a workspace', () => {
  it('is told a short passphrase is too short, and nothing is sent', async () => {
    const user = await openCreateForm();
    await fillForm(user, 'short words', 'short words');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    expect(screen.getByText('Use at least 12 characters.')).toBeTruthy();
    expect(screen.getByLabelText('Passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(callsTo('workspace.create')).toHaveLength(0);
  });

  it.each(['aaaaaaaaaaaa', 'password1234', '123456789012'])(
    'is told %s would be easy to guess and how to make a better one, and nothing is sent',
    async (weak) => {
      const user = await openCreateForm();
      for (const label of ['Passphrase', 'Confirm passphrase']) {
        await user.click(screen.getByLabelText(label));
        await user.paste(weak);
      }
      await user.click(screen.getByRole('button', { name: 'Create workspace' }));

      expect(await screen.findByText(weakPassphraseMessage)).toBeTruthy();
      expect(weakPassphraseMessage).toContain('three or four random words');
      expect(screen.getByLabelText('Passphrase').getAttribute('aria-invalid')).toBe('true');
      expect(callsTo('workspace.create')).toHaveLength(0);
    },
  );

  it('is told when the two passphrases differ, as soon as the confirmation is left', async () => {
    const user = await openCreateForm();
    await fillForm(user, 'lantern orchard quietly', 'lantern orchard quietly!');
    await user.tab();

    expect(screen.getByText('The passphrases do not match.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    expect(callsTo('workspace.create')).toHaveLength(0);
  });

  it('sees the host’s field errors beside the fields they are about', async () => {
    const user = await openCreateForm();
    answerChannels({
      'app.status': () => lockedStatus(),
      'workspace.create': () =>
        failWith({
          code: 'VALIDATION',
          message: 'Some details need another look.',
          fieldErrors: {
            name: ['A workspace with this name already exists in that folder.'],
            location: ['Coalition Desk cannot write to that folder.'],
          },
        }),
    });
    await fillForm(user, 'lantern orchard quietly', 'lantern orchard quietly');
    await user.type(screen.getByLabelText('Save in folder'), '/read-only');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    expect(await screen.findByText('A workspace with this name already exists in that folder.')).toBeTruthy();
    expect(screen.getByText('Coalition Desk cannot write to that folder.')).toBeTruthy();
    expect(screen.getByLabelText('Coalition name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Save in folder').getAttribute('aria-invalid')).toBe('true');
    expect(callsTo('workspace.create')).toEqual([
      {
        name: 'Riverside Youth Safety Coalition',
        jurisdiction: { state: 'Oregon', region: 'Lane County' },
        passphrase: 'lantern orchard quietly',
        location: '/read-only',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      },
    ]);
  });

  it('is shown the recovery code once the workspace exists', async () => {
    const user = await openCreateForm();
    answerChannels({
      'app.status': () => lockedStatus(),
      'workspace.create': () => ({ workspace: sampleWorkspace, recoveryCode }),
    });
    await fillForm(user, 'lantern orchard quietly', 'lantern orchard quietly');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    await screen.findByRole('heading', { name: 'Save your recovery code' });
    expect(screen.getByRole('group', { name: 'Recovery code' }).textContent).toBe(recoveryCode);
    expect(callsTo('workspace.create')[0]).toMatchObject({ location: null });
  });

  it('is offered this computer’s time zone to confirm, and the workspace gets the zone chosen', async () => {
    const resolved = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...resolved.call(this), timeZone: 'America/New_York' };
    });
    const user = await openCreateForm();
    answerChannels({
      'app.status': () => lockedStatus(),
      'workspace.create': () => ({ workspace: sampleWorkspace, recoveryCode }),
    });
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    expect((zone as HTMLInputElement).value).toBe('America/New York');
    expect(screen.getByText(/Taken from this computer/)).toBeTruthy();
    await fillForm(user, 'lantern orchard quietly', 'lantern orchard quietly');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    await screen.findByRole('heading', { name: 'Save your recovery code' });
    expect(callsTo('workspace.create')[0]).toMatchObject({ timeZone: 'America/New_York' });
    vi.restoreAllMocks();
  });

  it('shows the default folder when none is chosen', async () => {
    await openCreateForm();
    await waitFor(() => expect(screen.getByText('Leave empty to save in /home/sam/Coalition Desk')).toBeTruthy());
  });
});
