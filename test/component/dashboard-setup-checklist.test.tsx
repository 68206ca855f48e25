import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { SetupChecklist } from '../../shared/contract';
import { invoke } from '../../renderer/api';
import { DashboardPage } from '../../renderer/features/dashboard/DashboardPage';
import { answerChannels, renderWithProviders, sampleDetails } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const halfDone: SetupChecklist = {
  dismissed: false,
  steps: [
    { id: 'roster', done: true, why: 'The roster holds 12 organizations and 30 members.' },
    { id: 'representatives', done: false, why: 'No primary representative yet: Youth Shelter.' },
    { id: 'voting-members', done: true, why: '20 members vote; quorum counts from them.' },
    { id: 'quorum-rule', done: false, why: 'Meetings use the starting rule (half of the voting members) until you choose your own.' },
    { id: 'first-meeting', done: true, why: '1 meeting is planned or held.' },
    { id: 'backups-elsewhere', done: false, why: 'Backups are kept inside the workspace folder: a failed disk would take them with it.' },
  ],
};

function openDashboard(checklist: SetupChecklist, dismiss = vi.fn(() => ({ ...checklist, dismissed: true }))) {
  answerChannels({
    'workspace.details': () => sampleDetails,
    'meetings.list': () => [],
    'decisions.recent': () => [],
    'actions.counts': () => ({ open: 0, overdue: 0, dueSoon: 0, byOrganization: [] }),
    'dashboard.setupChecklist': () => checklist,
    'dashboard.dismissSetupChecklist': dismiss,
  });
  renderWithProviders(
    <MemoryRouter>
      <DashboardPage />
    </MemoryRouter>,
  );
  return dismiss;
}

describe('the setup checklist on the dashboard', () => {
  it('lists each first step as done or not, with its reason and a link to the page that does it', async () => {
    openDashboard(halfDone);
    const card = await screen.findByRole('region', { name: 'First steps' });
    expect(within(card).getByText(/3 of 6 done/)).toBeTruthy();
    const steps = within(within(card).getByRole('list', { name: 'First steps' })).getAllByRole('listitem');
    expect(steps.map((step) => within(step).getAllByText(/\(done\)|\(not done yet\)/)[0]?.parentElement?.textContent)).toEqual([
      'Bring in your roster (done)',
      'Name a primary representative for each organization (not done yet)',
      'Mark who votes (done)',
      'Choose your quorum rule (not done yet)',
      'Plan your first meeting (done)',
      'Keep backups on another disk (not done yet)',
    ]);
    const [, representatives, , quorum, , backups] = steps as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(within(representatives).getByText(/No primary representative yet: Youth Shelter\./)).toBeTruthy();
    expect(within(representatives).getByRole('link', { name: 'Go to Organizations' }).getAttribute('href')).toBe('/organizations');
    expect(within(quorum).getByRole('link', { name: 'Go to Settings' }).getAttribute('href')).toBe('/settings');
    expect(within(backups).getByText(/a failed disk would take them with it/)).toBeTruthy();
    expect(
      within(steps[2] as HTMLElement)
        .getByRole('link', { name: 'Go to Members' })
        .getAttribute('href'),
    ).toBe('/members');
    expect(
      within(steps[4] as HTMLElement)
        .getByRole('link', { name: 'Go to Meetings' })
        .getAttribute('href'),
    ).toBe('/meetings');
  });

  it('goes away once it is hidden, and the workspace is told to remember it', async () => {
    const dismiss = openDashboard(halfDone);
    fireEvent.click(await screen.findByRole('button', { name: 'Hide this checklist' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'First steps' })).toBeNull());
    expect(dismiss).toHaveBeenCalledOnce();
    expect(vi.mocked(invoke)).toHaveBeenCalledWith('dashboard.dismissSetupChecklist', {});
  });

  it.each([
    ['every step is done', { dismissed: false, steps: halfDone.steps.map((step) => ({ ...step, done: true })) }],
    ['it was hidden before', { ...halfDone, dismissed: true }],
  ])('is not shown when %s', async (_case, checklist: SetupChecklist) => {
    openDashboard(checklist);
    expect(await screen.findByRole('region', { name: 'Next meeting' })).toBeTruthy();
    await waitFor(() => expect(vi.mocked(invoke)).toHaveBeenCalledWith('dashboard.setupChecklist', {}));
    // Let the answer reach the page before looking.
    const call = vi.mocked(invoke).mock.calls.findIndex(([channel]) => channel === 'dashboard.setupChecklist');
    await act(async () => {
      await vi.mocked(invoke).mock.results[call]?.value;
    });
    expect(screen.queryByRole('region', { name: 'First steps' })).toBeNull();
  });
});
