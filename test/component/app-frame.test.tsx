import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { answerChannels, callsTo, captureEvents, renderWithProviders, sampleDetails, sampleWorkspace, unlockedStatus } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const recent = [{ name: sampleWorkspace.name, path: sampleWorkspace.path, lastOpenedAt: '2026-03-04T15:00:00.000Z' }];

async function openWorkspace() {
  answerChannels({
    'app.status': () => unlockedStatus(),
    'workspace.details': () => sampleDetails,
    'workspace.lock': () => ({ done: true }),
    'settings.setAutoLock': () => ({ done: true }),
  });
  renderWithProviders(<App />);
  await screen.findByRole('heading', { level: 1, name: sampleWorkspace.name });
}

describe('an open workspace', () => {
  it('locks with Ctrl+Shift+L and returns to Unlock', async () => {
    await openWorkspace();
    answerChannels({
      'app.status': () => ({ ...unlockedStatus(), session: { state: 'locked' }, recent }),
      'workspace.lock': () => ({ done: true }),
    });
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true });

    await screen.findByRole('heading', { name: 'Unlock workspace' });
    expect(callsTo('workspace.lock')).toEqual([{}]);
  });

  it('has a Lock button and a rail with only the pages that work', async () => {
    await openWorkspace();
    expect(screen.getByRole('button', { name: 'Lock workspace' })).toBeTruthy();
    const links = within(screen.getByRole('navigation', { name: 'Main navigation' }))
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Dashboard',
      'Meetings',
      'Action items',
      'Organizations',
      'Members',
      'Coverage',
      'Workgroups',
      'Plan',
      'Protocols & agreements',
      'Six duties',
      'Trainings & outreach',
      'Data',
      'Data review',
      'Documents',
      'Settings',
    ]);
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
  });

  it('groups the rail into named sections, each a list of its own pages', async () => {
    await openWorkspace();
    const rail = screen.getByRole('navigation', { name: 'Main navigation' });
    const linksIn = (name: string) =>
      within(within(rail).getByRole('list', { name }))
        .getAllByRole('link')
        .map((link) => link.textContent);
    expect(linksIn('Meetings')).toEqual(['Meetings', 'Action items']);
    expect(linksIn('Roster')).toEqual(['Organizations', 'Members', 'Coverage', 'Workgroups']);
    expect(linksIn('Plan & duties')).toEqual(['Plan', 'Protocols & agreements', 'Six duties', 'Trainings & outreach']);
    expect(linksIn('Data & files')).toEqual(['Data', 'Data review', 'Documents']);
  });

  it('goes to Unlock and says why when the host locks after inactivity', async () => {
    const push = captureEvents();
    await openWorkspace();
    answerChannels({ 'app.status': () => ({ ...unlockedStatus(), session: { state: 'locked' }, recent }) });
    push({ type: 'session.locked', reason: 'idle' });

    await screen.findByRole('heading', { name: 'Unlock workspace' });
    expect(screen.getByText('Locked after inactivity.')).toBeTruthy();
  });

  it('saves the auto-lock time as soon as it is chosen', async () => {
    await openWorkspace();
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const select = await screen.findByLabelText('Lock after inactivity');
    expect((select as HTMLSelectElement).value).toBe('10');

    await user.selectOptions(select, '30');
    await waitFor(() => expect(callsTo('settings.setAutoLock')).toEqual([{ minutes: 30 }]));
    expect(await screen.findByText('No backup yet')).toBeTruthy();
  });
});
