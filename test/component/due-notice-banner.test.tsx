import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import { App } from '../../renderer/App';
import { createAppQueryClient } from '../../renderer/AppProviders';
import { answerChannels, callsTo, renderWithProviders, sampleDetails, sampleWorkspace, unlockedStatus } from './support/host';
import { giveElementsASize } from './support/directorySamples';
import { preferences, queryResult } from './support/actionItemSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

async function unlockWith(notice: ChannelOutput<'actions.takeDueNotice'>) {
  answerChannels({
    'app.status': () => unlockedStatus(),
    'workspace.details': () => sampleDetails,
    'actions.takeDueNotice': () => notice,
    'actions.query': () => queryResult([]),
    'preferences.get': () => preferences(),
    'meetings.list': () => [],
    'decisions.recent': () => [],
    'actions.counts': () => ({ open: 0, overdue: 0, dueSoon: 0, byOrganization: [] }),
    'protocols.reviews': () => ({ today: '2026-03-04', items: [], overdue: 0, due: 0 }),
  });
  const queryClient = createAppQueryClient();
  renderWithProviders(<App />, queryClient);
  await screen.findByRole('heading', { level: 1, name: sampleWorkspace.name });
  await waitFor(() => expect(callsTo('actions.takeDueNotice')).toHaveLength(1));
  return queryClient;
}

describe('the daily notice of due action items', () => {
  it('shows once after unlocking, links to the overdue items, and can be dismissed', async () => {
    await unlockWith({ announce: true, overdue: 3, dueSoon: 5, mine: 0 });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('3 action items are overdue and 5 are due soon.');

    const user = userEvent.setup();
    await user.click(within(banner).getByRole('link', { name: 'Show them' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Action items' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Overdue' })).toHaveProperty('checked', true);
    expect(screen.queryByText(/are overdue and/)).toBeNull();
    expect(callsTo('actions.takeDueNotice')).toHaveLength(1);
  });

  it('goes away when dismissed and does not ask again while the workspace stays open', async () => {
    await unlockWith({ announce: true, overdue: 0, dueSoon: 1, mine: 1 });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('1 action item is due soon. 1 of them is yours.');

    const user = userEvent.setup();
    await user.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Action items' }));
    await screen.findByRole('heading', { level: 1, name: 'Action items' });
    expect(callsTo('actions.takeDueNotice')).toHaveLength(1);
  });

  it('stays quiet when today has been announced already', async () => {
    const queryClient = await unlockWith({ announce: false, overdue: 3, dueSoon: 5, mine: 0 });
    // Wait until the answer is in the cache, then one task more: the cache hands it to the page on a task queued
    // before ours, so the page has rendered it when we look (not a guess at how long that takes).
    await waitFor(() => expect(queryClient.getQueryState(['due-notice'])?.status).toBe('success'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
