import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DutyId } from '../../shared/childWelfareDuties';
import { ServedDuties } from '../../renderer/features/duties/ServedDuties';
import { answerChannels, callsTo, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const MEETING_ID = '0198f2c4-0000-7000-8000-0000000000a1';

/** The host as the duties' channels answer it: the links held in a list the link and unlink channels change. */
function hostWithLinks(initial: DutyId[]): void {
  let served = [...initial];
  answerChannels({
    'duties.servedBy': () => served,
    'duties.link': ({ duty }) => {
      served = [...served, duty];
      return { done: true };
    },
    'duties.unlink': ({ duty }) => {
      served = served.filter((id) => id !== duty);
      return { done: true };
    },
  });
}

async function openMenu() {
  await userEvent.click(await screen.findByRole('button', { name: 'Serves duty…' }));
  return screen.findByRole('menu');
}

describe('the "Serves duty…" control of a meeting or an action item', () => {
  it('shows the duties it serves, ticks one more in the menu of six, and unticks one with Undo', async () => {
    hostWithLinks(['consult']);
    renderWithProviders(<ServedDuties subjectKind="meeting" subjectId={MEETING_ID} />);
    const served = await screen.findByRole('list', { name: 'Duties served' });
    expect(
      within(served)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Consult partners and document it']);

    const menu = await openMenu();
    const choices = within(menu).getAllByRole('menuitemcheckbox');
    expect(choices).toHaveLength(6);
    expect(choices.filter((choice) => choice.getAttribute('aria-checked') === 'true').map((choice) => choice.textContent)).toEqual([
      expect.stringContaining('Consult partners and document it'),
    ]);
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: /Locate youth missing from care/ }));
    await waitFor(() => expect(callsTo('duties.link')).toEqual([{ duty: 'locate-missing', subjectKind: 'meeting', subjectId: MEETING_ID }]));
    expect(await screen.findByText('Counts toward “Locate youth missing from care” now.')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Duties served' })).getAllByRole('listitem')).toHaveLength(2));

    await userEvent.click(within(await openMenu()).getByRole('menuitemcheckbox', { name: /Consult partners and document it/ }));
    await waitFor(() => expect(callsTo('duties.unlink')).toEqual([{ duty: 'consult', subjectKind: 'meeting', subjectId: MEETING_ID }]));
    expect(await screen.findByText('No longer counts toward “Consult partners and document it”.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(callsTo('duties.link')).toHaveLength(2));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Duties served' })).getAllByRole('listitem')).toHaveLength(2));
  });

  it('says when it serves none, and a cancelled meeting can only stop counting toward a duty', async () => {
    hostWithLinks([]);
    renderWithProviders(<ServedDuties subjectKind="meeting" subjectId={MEETING_ID} canAdd={false} />);
    expect(await screen.findByText('Serves no duty of P.L. 113-183 yet')).toBeTruthy();
    const menu = await openMenu();
    expect(within(menu).getByText('A cancelled meeting cannot start counting toward a duty.')).toBeTruthy();
    for (const choice of within(menu).getAllByRole('menuitemcheckbox')) expect(choice.getAttribute('aria-disabled')).toBe('true');
  });
});
