import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { MeetingsPage } from '../../renderer/features/meetings/MeetingsPage';
import { answerChannels, renderWithProviders } from './support/host';
import { meetingSummary } from './support/meetingPlanningSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const longAgo = meetingSummary({
  id: 'past-1',
  title: 'Kick-off meeting',
  startsAt: '2020-03-03T14:00',
  startsAtUtc: '2020-03-03T20:00:00.000Z',
  status: 'approved',
});
const farAhead = meetingSummary({
  id: 'next-1',
  title: 'Protocols workgroup',
  kind: 'workgroup',
  workgroupName: 'Protocols',
  startsAt: '2099-06-02T09:30',
  startsAtUtc: '2099-06-02T14:30:00.000Z',
  agendaItemCount: 7,
  attendeeCount: 12,
});
const cancelledAhead = meetingSummary({
  id: 'next-2',
  title: 'Holiday meeting',
  startsAt: '2099-12-22T14:00',
  startsAtUtc: '2099-12-22T20:00:00.000Z',
  status: 'cancelled',
});

function renderList() {
  renderWithProviders(
    <MemoryRouter>
      <MeetingsPage />
    </MemoryRouter>,
  );
  return userEvent.setup();
}

describe('the meetings list', () => {
  it('shows upcoming meetings soonest first and past ones apart, each with its time zone, status and counts', async () => {
    answerChannels({ 'meetings.list': () => [cancelledAhead, longAgo, farAhead] });
    renderList();

    const upcoming = await screen.findByRole('list', { name: 'Upcoming meetings' });
    const rows = within(upcoming).getAllByRole('link');
    expect(rows.map((row) => within(row).getByTitle(/./).textContent)).toEqual(['Protocols workgroup', 'Holiday meeting']);
    expect(within(rows[0]!).getByText(/CDT/)).toBeTruthy();
    expect(within(rows[0]!).getByText('Workgroup: Protocols')).toBeTruthy();
    expect(within(rows[0]!).getByText(/7 agenda items · 12 attendees/)).toBeTruthy();
    expect(within(rows[1]!).getByText('Cancelled')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Past meetings' })).getByText('Kick-off meeting')).toBeTruthy();
  });

  it('filters by status', async () => {
    answerChannels({ 'meetings.list': () => [cancelledAhead, longAgo, farAhead] });
    const user = renderList();
    await screen.findByRole('list', { name: 'Upcoming meetings' });

    await user.selectOptions(screen.getByLabelText('Status'), 'cancelled');

    expect(within(screen.getByRole('list', { name: 'Upcoming meetings' })).getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText('No past meetings with this status.')).toBeTruthy();
  });

  it('says so, and offers to plan one, when there are no meetings yet', async () => {
    answerChannels({ 'meetings.list': () => [] });
    renderList();
    expect(await screen.findByRole('heading', { name: 'No meetings yet' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Plan a meeting' })).toHaveLength(2);
  });
});
