import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Preferences } from '../../shared/contract';
import { dateStyleExample } from '../../shared/dateFormat';
import { MeetingsSection } from '../../renderer/features/settings/MeetingsSection';
import { answerChannels, callsTo, renderWithProviders } from './support/host';
import { anaMunoz } from './support/directorySamples';
import { preferences } from './support/actionItemSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

async function openSection() {
  let current: Preferences = preferences();
  answerChannels({
    'preferences.get': () => current,
    'preferences.setQuorumRule': ({ rule }) => (current = { ...current, quorumRule: rule as Preferences['quorumRule'] }),
    'preferences.setDateStyle': ({ dateStyle }) => (current = { ...current, dateStyle: dateStyle as Preferences['dateStyle'] }),
    'directory.listMembers': () => [anaMunoz],
  });
  renderWithProviders(<MeetingsSection />);
  const form = await screen.findByRole('form', { name: 'Quorum rule' });
  return { user: userEvent.setup(), form };
}

describe('the quorum rule in Settings', () => {
  it('starts from the stored share and saves a fixed number of voting members', async () => {
    const { user, form } = await openSection();
    expect(within(form).getByRole('radio', { name: 'A share of the voting members' })).toHaveProperty('checked', true);
    expect(within(form).getByLabelText('Percent of voting members')).toHaveProperty('value', '50');

    await user.click(within(form).getByRole('radio', { name: 'A fixed number of voting members' }));
    const count = within(form).getByLabelText('Number of voting members');
    await user.clear(count);
    await user.type(count, '7');
    await user.click(within(form).getByRole('button', { name: 'Save quorum rule' }));

    await waitFor(() => expect(callsTo('preferences.setQuorumRule')).toEqual([{ rule: { kind: 'count', count: 7 } }]));
    expect(await screen.findByText('Quorum is now 7 voting members present.')).toBeTruthy();
  });

  it('refuses a share over 100% next to the field and sends nothing', async () => {
    const { user, form } = await openSection();
    const percent = within(form).getByLabelText('Percent of voting members');
    await user.clear(percent);
    await user.type(percent, '150');
    await user.click(within(form).getByRole('button', { name: 'Save quorum rule' }));

    expect(within(form).getByText('Use at most 100%.')).toBeTruthy();
    expect(callsTo('preferences.setQuorumRule')).toEqual([]);
  });
});

describe('the date style in Settings', () => {
  it('offers each style as it looks, starts from the stored one, and saves the one chosen', async () => {
    const { user } = await openSection();
    const select = screen.getByLabelText('Date style');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([dateStyleExample('medium'), dateStyleExample('long'), dateStyleExample('numeric')]);
    expect(select).toHaveProperty('value', 'medium');
    await user.selectOptions(select, 'long');
    await waitFor(() => expect(callsTo('preferences.setDateStyle')).toEqual([{ dateStyle: 'long' }]));
    expect(await screen.findByText(`Dates now read like ${dateStyleExample('long')}, in the app and in exports.`)).toBeTruthy();
  });
});
