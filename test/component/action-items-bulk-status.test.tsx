import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ActionItemsPage } from '../../renderer/features/actions/ActionItemsPage';
import { answerChannels, callsTo, renderWithProviders } from './support/host';
import { anaMunoz, giveElementsASize, laneChildWelfare } from './support/directorySamples';
import { preferences, queryResult, screeningProtocol, shelterList, trainingDates } from './support/actionItemSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

async function openPageWithThreeItems() {
  answerChannels({
    'actions.query': () => queryResult([screeningProtocol, shelterList, trainingDates]),
    'actions.bulkSetStatus': (input) => ({ changed: input.ids.length }),
    'preferences.get': () => preferences(),
    'directory.listMembers': () => [anaMunoz],
    'directory.listOrganizations': () => [laneChildWelfare],
    'directory.pickMembers': () => ({ options: [], chosen: null }),
    'directory.pickOrganizations': () => ({ options: [], chosen: null }),
    'workgroups.list': () => [],
    'meetings.list': () => [],
  });
  renderWithProviders(
    <MemoryRouter initialEntries={['/actions']}>
      <ActionItemsPage />
    </MemoryRouter>,
  );
  await screen.findByText('Draft the screening protocol', {}, { timeout: 5000 });
  return userEvent.setup();
}

function rowCheckbox(title: string) {
  const row = screen.getAllByRole('row').find((candidate) => within(candidate).queryByText(title));
  if (!row) throw new Error(`No row shows ${title}.`);
  return within(row).getByRole('checkbox');
}

describe('changing the status of several action items', () => {
  it('names how many will change and sends exactly the ticked ones after confirmation', async () => {
    const user = await openPageWithThreeItems();
    await user.click(rowCheckbox('Draft the screening protocol'));
    await user.click(rowCheckbox('Propose training dates'));

    const selected = screen.getByRole('region', { name: 'Selected action items' });
    expect(within(selected).getByText('2 action items selected')).toBeTruthy();
    await user.click(within(selected).getByRole('button', { name: 'Change status' }));

    const dialog = await screen.findByRole('dialog', { name: 'Change the status of 2 action items' });
    await user.click(within(dialog).getByRole('button', { name: 'Change 2 action items' }));
    expect(within(dialog).getByText('Choose a status.')).toBeTruthy();
    expect(callsTo('actions.bulkSetStatus')).toEqual([]);

    await user.selectOptions(within(dialog).getByLabelText('Status'), 'done');
    await user.type(within(dialog).getByLabelText('Note'), 'Settled');
    await user.click(within(dialog).getByRole('button', { name: 'Change 2 action items' }));

    await waitFor(() => expect(callsTo('actions.bulkSetStatus')).toEqual([{ ids: [screeningProtocol.id, trainingDates.id], status: 'done', note: 'Settled' }]));
    expect(await screen.findByText('2 action items changed.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Selected action items' })).toBeNull());
  });

  it('changes nothing when cancelled', async () => {
    const user = await openPageWithThreeItems();
    await user.click(rowCheckbox('Share the shelter bed list'));
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the status of 1 action item' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo('actions.bulkSetStatus')).toEqual([]);
    expect(screen.getByText('1 action item selected')).toBeTruthy();
  });
});
