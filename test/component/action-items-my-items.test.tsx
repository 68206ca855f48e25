import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ChannelInput, Preferences } from '../../shared/contract';
import { ActionItemsPage } from '../../renderer/features/actions/ActionItemsPage';
import { answerChannels, callsTo, renderWithProviders } from './support/host';
import { anaOption, pickFrom } from './support/pickSamples';
import { anaMunoz, giveElementsASize, laneChildWelfare } from './support/directorySamples';
import { preferences, queryResult, screeningProtocol } from './support/actionItemSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

function openPage(stored: Preferences) {
  let current = stored;
  answerChannels({
    'actions.query': () => queryResult([screeningProtocol]),
    'preferences.get': () => current,
    'preferences.setMyMember': ({ memberId }) => (current = { ...current, myMemberId: memberId }),
    'directory.pickMembers': pickFrom([anaOption]),
    'directory.listOrganizations': () => [laneChildWelfare],
    'directory.pickOrganizations': () => ({ options: [], chosen: null }),
    'workgroups.list': () => [],
    'meetings.list': () => [],
  });
  renderWithProviders(
    <MemoryRouter initialEntries={['/actions']}>
      <ActionItemsPage />
    </MemoryRouter>,
  );
  return userEvent.setup();
}

const lastQuery = () => callsTo('actions.query').at(-1) as ChannelInput<'actions.query'>;

describe('my items', () => {
  it('remembers who I am for this workspace, then puts my items first or shows only mine', async () => {
    const user = openPage(preferences());
    await screen.findByText('Draft the screening protocol', {}, { timeout: 5000 });
    expect(screen.getByRole('switch', { name: 'My items first' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('combobox', { name: 'I am…' }));
    await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: /Ana Muñoz/ }));
    await waitFor(() => expect(callsTo('preferences.setMyMember')).toEqual([{ memberId: anaMunoz.id }]));

    const mineFirst = screen.getByRole('switch', { name: 'My items first' });
    await waitFor(() => expect(mineFirst).toHaveProperty('disabled', false));
    await user.click(mineFirst);
    await waitFor(() => expect(lastQuery()).toEqual(expect.objectContaining({ mineFirst: anaMunoz.id, ownerId: null })));

    await user.click(screen.getByRole('switch', { name: 'Only mine' }));
    await waitFor(() => expect(lastQuery()).toEqual(expect.objectContaining({ ownerId: anaMunoz.id })));
  }, 45_000);

  it('starts from the member chosen before', async () => {
    openPage(preferences({ myMemberId: anaMunoz.id }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'I am…' })).toHaveProperty('value', 'Ana Muñoz'), { timeout: 15_000 });
    expect(screen.getByRole('switch', { name: 'Only mine' })).toHaveProperty('disabled', false);
  }, 30_000);
});
