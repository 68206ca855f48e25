import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ActionItemDrawer } from '../../renderer/features/actions/ActionItemDrawer';
import { useActionView } from '../../renderer/features/actions/useActionView';
import { answerChannels, callsTo, renderWithProviders } from './support/host';
import { anaMunoz, giveElementsASize, laneChildWelfare } from './support/directorySamples';
import { planningMeetingId, preferences, queryResult, screeningProtocol } from './support/actionItemSamples';
import { LocationProbe } from './support/LocationProbe';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

/**
 * The drawer wired to the URL exactly as ActionItemsPage wires it, without the page's grid: rendering a DataGrid in
 * jsdom took most of this test's time (20 s on a loaded machine). The grid's own opening of items is in the e2e.
 */
function DrawerFromUrl() {
  const { openItemId, openItem } = useActionView();
  return <ActionItemDrawer itemId={openItemId} onClose={() => openItem(null)} />;
}

describe('one action item', () => {
  it('opens from ?item=, shows its history with the meeting where updates were given, and takes a status update', async () => {
    answerChannels({
      'actions.query': () => queryResult([screeningProtocol]),
      'actions.get': () => ({
        item: screeningProtocol,
        updates: [
          { id: 'u1', at: '2026-03-04T15:00:00.000Z', fromStatus: null, toStatus: 'open', note: '', meetingId: null, meetingTitle: null, profile: 'sam' },
          {
            id: 'u2',
            at: '2026-03-11T15:00:00.000Z',
            fromStatus: 'open',
            toStatus: 'blocked',
            note: 'Waiting for the county lawyer',
            meetingId: planningMeetingId,
            meetingTitle: 'March coalition meeting',
            profile: 'sam',
          },
        ],
      }),
      'actions.setStatus': (input) => ({ ...screeningProtocol, status: input.status }),
      'preferences.get': () => preferences(),
      'directory.listMembers': () => [anaMunoz],
      'directory.listOrganizations': () => [laneChildWelfare],
      'directory.pickMembers': () => ({ options: [], chosen: null }),
      'directory.pickOrganizations': () => ({ options: [], chosen: null }),
      'workgroups.list': () => [],
      'meetings.list': () => [],
    });
    renderWithProviders(
      <MemoryRouter initialEntries={[`/actions?status=open&item=${screeningProtocol.id}`]}>
        <DrawerFromUrl />
        <LocationProbe />
      </MemoryRouter>,
    );
    const drawer = await screen.findByRole('dialog', { name: 'Draft the screening protocol' });
    const history = await within(drawer).findByRole('list', { name: 'Status history' });
    expect(within(history).getByText('Open → Blocked')).toBeTruthy();
    expect(within(history).getByText('Waiting for the county lawyer')).toBeTruthy();
    expect(within(history).getByRole('link', { name: 'March coalition meeting' }).getAttribute('href')).toBe(`/meetings/${planningMeetingId}`);

    const user = userEvent.setup();
    await user.click(within(drawer).getByRole('button', { name: 'Update status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Update status' });
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'in-progress');
    // One paste, not fourteen keystrokes: each key re-renders the dialog, which is slow in jsdom and adds nothing here.
    await user.click(within(dialog).getByLabelText('Note'));
    await user.paste('Lawyer replied');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(callsTo('actions.setStatus')).toEqual([{ id: screeningProtocol.id, status: 'in-progress', note: 'Lawyer replied' }]));

    await user.click(within(drawer).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Current location' }).textContent).toBe('/actions?status=open'));
  });
});
