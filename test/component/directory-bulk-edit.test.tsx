import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Member } from '../../shared/contract';
import { MembersPage } from '../../renderer/features/directory/members/MembersPage';
import { answerChannels, callsTo, failWith, renderWithProviders } from './support/host';
import { anaMunoz, giveElementsASize, protectedAdvisor } from './support/directorySamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

const benOkafor: Member = {
  ...anaMunoz,
  id: '0198f2c4-0000-7000-8000-00000000b003',
  fullName: 'Ben Okafor',
  shownName: 'Ben Okafor',
  representativeRole: 'none',
  votingMember: true,
};
const formerMember: Member = {
  ...anaMunoz,
  id: '0198f2c4-0000-7000-8000-00000000b004',
  fullName: 'Cy Former',
  shownName: 'Cy Former',
  representativeRole: 'none',
  archivedAt: '2026-03-05T10:00:00.000Z',
};

async function openMembers(bulkEdit: (input: unknown) => { changed: number; unchanged: number }) {
  answerChannels({
    'directory.queryMembers': () => ({ rows: [anaMunoz, benOkafor, protectedAdvisor, formerMember], total: 4 }),
    'directory.bulkEditMembers': bulkEdit,
  });
  renderWithProviders(
    <MemoryRouter initialEntries={['/members']}>
      <MembersPage />
    </MemoryRouter>,
  );
  await screen.findByText('Ben Okafor', {}, { timeout: 5000 });
  return userEvent.setup();
}

function rowOf(name: string): HTMLElement {
  const row = screen.getAllByRole('row').find((candidate) => within(candidate).queryByText(name));
  if (!row) throw new Error(`No row shows ${name}.`);
  return row;
}

describe('changing several members at once', { timeout: 120_000 }, () => {
  it('says how many will change before sending, and sends exactly the ticked members', async () => {
    const user = await openMembers((input) => ({ changed: 1, unchanged: (input as { memberIds: string[] }).memberIds.length - 1 }));
    expect(screen.queryByRole('region', { name: 'Selected members' })).toBeNull();
    expect((within(rowOf('Cy Former')).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    await user.click(within(rowOf('Ana Muñoz')).getByRole('checkbox'));
    await user.click(within(rowOf('Ben Okafor')).getByRole('checkbox'));
    const bar = screen.getByRole('region', { name: 'Selected members' });
    expect(within(bar).getByText('2 members selected')).toBeTruthy();

    await user.click(within(bar).getByRole('button', { name: 'Change selected…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change 2 members' });
    await user.click(within(dialog).getByRole('button', { name: 'Change' }));
    expect(within(dialog).getByText('Choose at least one thing to change.')).toBeTruthy();

    // Ben votes already: only Ana would change.
    await user.selectOptions(within(dialog).getByLabelText('Voting'), 'yes');
    expect(within(dialog).getByRole('status').textContent).toBe(
      '1 member will change; 1 member already has these values. Each change is recorded in that record’s history.',
    );
    expect(callsTo('directory.bulkEditMembers')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Change 1 member' }));

    await waitFor(() => expect(callsTo('directory.bulkEditMembers')).toEqual([{ memberIds: [anaMunoz.id, benOkafor.id], changes: { votingMember: true } }]));
    expect(await screen.findByText('1 member changed.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Selected members' })).toBeNull());
  });

  it('shows the host’s refusal in the dialog and keeps the selection', async () => {
    const message = 'Ana Muñoz has no display name. A protected member is known by a display name only.';
    const user = await openMembers(() => failWith({ code: 'VALIDATION', message }));
    await user.click(within(rowOf('Ana Muñoz')).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Change selected…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change 1 member' });
    await user.selectOptions(within(dialog).getByLabelText('Protected identity'), 'yes');
    await user.click(within(dialog).getByRole('button', { name: 'Change 1 member' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(message);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('1 member selected')).toBeTruthy();
  });
});
