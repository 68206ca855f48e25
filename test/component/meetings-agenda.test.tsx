import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { MeetingDetail } from '../../shared/contract';
import { AgendaEditor } from '../../renderer/features/meetings/agenda/AgendaEditor';
import { anaMunoz } from './support/directorySamples';
import { answerChannels, callsTo, failWith, renderWithProviders } from './support/host';
import { agendaItem, meetingDetail } from './support/meetingPlanningSamples';
import { anaOption, pickFrom } from './support/pickSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const threeItems = [agendaItem(1, { title: 'Welcome' }), agendaItem(2, { title: 'Runaway protocol' }), agendaItem(3, { title: 'Training calendar' })];

function renderAgenda(detail: MeetingDetail) {
  renderWithProviders(
    <MemoryRouter>
      <AgendaEditor detail={detail} />
    </MemoryRouter>,
  );
  return userEvent.setup();
}

const shownTitles = () =>
  within(screen.getByRole('list', { name: 'Agenda' }))
    .getAllByRole('listitem')
    .map((row) => row.getAttribute('aria-label'));

describe('the agenda editor', () => {
  it('moves an item down from the keyboard, shows the new order at once and saves it', async () => {
    // The host has not answered yet: what shows is the order being saved.
    answerChannels({ 'agenda.reorder': () => new Promise(() => undefined) });
    const user = renderAgenda(meetingDetail({ agenda: threeItems }));

    screen.getByRole('button', { name: 'Move "Welcome" down' }).focus();
    await user.keyboard('{Enter}');

    expect(shownTitles()).toEqual(['1. Runaway protocol', '2. Welcome', '3. Training calendar']);
    expect(callsTo('agenda.reorder')).toEqual([{ meetingId: meetingDetail().meeting.id, itemIds: [threeItems[1]!.id, threeItems[0]!.id, threeItems[2]!.id] }]);
  });

  it('puts the order back and says so when it cannot be saved', async () => {
    answerChannels({ 'agenda.reorder': () => failWith({ code: 'CONFLICT', message: 'The minutes are approved.' }) });
    const user = renderAgenda(meetingDetail({ agenda: threeItems }));

    await user.click(screen.getByRole('button', { name: 'Move "Training calendar" up' }));

    expect(await screen.findByText(/The new order could not be saved, so the agenda is back as it was\. The minutes are approved\./)).toBeTruthy();
    expect(shownTitles()).toEqual(['1. Welcome', '2. Runaway protocol', '3. Training calendar']);
  });

  it('adds up the timeboxes against the meeting and says in words when they run over', async () => {
    answerChannels({});
    renderAgenda(meetingDetail({ agenda: [...threeItems, agendaItem(4, { timeboxMinutes: 60 })] }, { durationMinutes: 90 }));

    expect(screen.getByText('105 of 90 minutes planned: 15 minutes over time')).toBeTruthy();
  });

  it('labels standard, carried-over, confidential and done items', async () => {
    answerChannels({});
    renderAgenda(
      meetingDetail({
        agenda: [
          agendaItem(1, { title: 'Approve minutes of November meeting', role: 'approve-minutes' }),
          agendaItem(2, { title: 'Shelter referrals', carriedOverFrom: { meetingId: 'm-0', title: 'November meeting', startsAt: '2026-11-10T14:00' } }),
          agendaItem(3, { title: 'A case review', notesConfidential: true, status: 'done' }),
        ],
      }),
    );

    expect(screen.getByText('45 of 90 minutes planned')).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: '1. Approve minutes of November meeting' })).getByText('Standard item')).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: '2. Shelter referrals' })).getByText(/Carried over from November meeting, .*Nov 10, 2026/)).toBeTruthy();
    const confidential = within(screen.getByRole('listitem', { name: '3. A case review' }));
    expect(confidential.getByText('Confidential')).toBeTruthy();
    expect(confidential.getByText('Done')).toBeTruthy();
  });

  it('adds an item with its type, presenter and timebox', async () => {
    answerChannels({
      'directory.pickMembers': pickFrom([anaOption]),
      'agenda.addItem': (input) => agendaItem(4, { ...input, presenterName: anaMunoz.shownName }),
    });
    const user = renderAgenda(meetingDetail({ agenda: threeItems }));

    await user.click(screen.getByRole('button', { name: 'Add agenda item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add agenda item' });
    await user.type(within(dialog).getByLabelText('Title'), 'Adopt the referral protocol');
    await user.selectOptions(within(dialog).getByLabelText('Type'), 'decision');
    await user.clear(within(dialog).getByLabelText('Timebox (minutes)'));
    await user.type(within(dialog).getByLabelText('Timebox (minutes)'), '25');
    await user.click(within(dialog).getByLabelText('Presenter'));
    await user.click(await screen.findByRole('option', { name: /Ana Muñoz/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(callsTo('agenda.addItem')).toEqual([
        {
          meetingId: meetingDetail().meeting.id,
          title: 'Adopt the referral protocol',
          type: 'decision',
          presenterId: anaMunoz.id,
          timeboxMinutes: 25,
          description: '',
        },
      ]),
    );
  });

  it('removes an item only after confirming', async () => {
    answerChannels({ 'agenda.removeItem': () => ({ done: true }) });
    const user = renderAgenda(meetingDetail({ agenda: threeItems }));

    await user.click(screen.getByRole('button', { name: 'Remove "Runaway protocol"' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove "Runaway protocol"?' });
    expect(callsTo('agenda.removeItem')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    await waitFor(() => expect(callsTo('agenda.removeItem')).toEqual([{ id: threeItems[1]!.id }]));
  });

  it('is read-only, with the reason, once the minutes are approved', async () => {
    answerChannels({});
    renderAgenda(meetingDetail({ agenda: threeItems }, { status: 'approved', approvedOn: '2026-12-10T12:00:00.000Z' }));

    expect(screen.getByText(/These minutes are approved and locked/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add agenda item' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Move "Welcome"/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Drag to reorder/ })).toBeNull();
  });
});
