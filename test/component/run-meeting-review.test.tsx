import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { runMeetingPath } from '../../renderer/components/meetings/meetingPaths';
import { RunMeetingPage } from '../../renderer/features/runMeeting/RunMeetingPage';
import { queryResult, screeningProtocol, shelterList } from './support/actionItemSamples';
import { agendaItem, meetingDetail, meetingSummary } from './support/meetingPlanningSamples';
import { answerChannels, callsTo, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

/** 9:30 AM in Los Angeles: the card says so whatever zone this computer is in. */
const previousMeeting = meetingSummary({
  id: '0198f2c4-0000-7000-8000-00000000d0aa',
  title: 'November coalition meeting',
  status: 'minutes-draft',
  startsAt: '2026-11-10T09:30',
  timeZone: 'America/Los_Angeles',
  startsAtUtc: '2026-11-10T17:30:00.000Z',
  durationMinutes: 90,
});
const approveItem = agendaItem(1, { title: 'Approve minutes of November coalition meeting', role: 'approve-minutes', approvesMeetingId: previousMeeting.id });
const reviewItem = agendaItem(2, { title: 'Review open action items', role: 'review-actions' });

function renderOn(currentId: string, total?: number) {
  const detail = meetingDetail(
    { agenda: [approveItem, reviewItem], currentItem: { id: currentId, startedAt: new Date().toISOString() } },
    { status: 'in-progress' },
  );
  answerChannels({
    'meetings.get': ({ id }) => (id === previousMeeting.id ? meetingDetail({}, previousMeeting) : detail),
    'actions.query': () => ({ ...queryResult([screeningProtocol, shelterList]), ...(total !== undefined && { total }) }),
    'actions.setStatus': (input) => ({ ...screeningProtocol, status: input.status }),
    'meetings.approveMinutes': () => ({ ...previousMeeting, status: 'approved' }),
  });
  renderWithProviders(
    <MemoryRouter initialEntries={[runMeetingPath(detail.meeting.id)]}>
      <Routes>
        <Route path="/meetings/:id/run" element={<RunMeetingPage />} />
      </Routes>
    </MemoryRouter>,
  );
  return detail;
}

describe('the "Review open action items" item', () => {
  it('lists the unfinished items and records a one-click update, with its note, at this meeting', async () => {
    const detail = renderOn(reviewItem.id);
    const user = userEvent.setup();
    const status = await screen.findByRole('group', { name: `New status of "${screeningProtocol.title}"` });
    await user.click(screen.getByRole('textbox', { name: `Note (optional) on "${screeningProtocol.title}"` }));
    await user.paste('Sent to partners for comment');
    await user.click(within(status).getByRole('button', { name: 'Done' }));

    await waitFor(() =>
      expect(callsTo('actions.setStatus')).toEqual([
        { id: screeningProtocol.id, status: 'done', note: 'Sent to partners for comment', meetingId: detail.meeting.id },
      ]),
    );
    expect(callsTo('actions.query')[0]).toMatchObject({ statuses: ['open', 'in-progress', 'blocked'], offset: 0 });
  });

  it('pages through many open items', async () => {
    renderOn(reviewItem.id, 45);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Go to page 3' }));
    await waitFor(() => expect(callsTo('actions.query').at(-1)).toMatchObject({ offset: 40, limit: 20 }));
  });

  it('does not offer the status an item already has', async () => {
    renderOn(reviewItem.id);
    const status = await screen.findByRole('group', { name: `New status of "${shelterList.title}"` });
    expect(within(status).getByRole('button', { name: 'In progress' })).toHaveProperty('disabled', true);
    expect(within(status).getByRole('button', { name: 'Blocked' })).toHaveProperty('disabled', false);
  });
});

describe('the "Approve minutes" item', () => {
  it('approves the earlier minutes at this meeting, after confirming, and links to them', async () => {
    const detail = renderOn(approveItem.id);
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Read those minutes' })).toBeTruthy();
    const card = screen.getByRole('region', { name: 'Minutes to approve' });
    expect(card.textContent).toContain('November coalition meeting, Tue, Nov 10, 2026, 9:30 AM – 11:00 AM PST (America/Los Angeles)');
    await user.click(screen.getByRole('button', { name: 'Approve minutes' }));
    const confirm = await screen.findByRole('dialog', { name: 'Approve these minutes?' });
    expect(callsTo('meetings.approveMinutes')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Approve minutes' }));
    await waitFor(() => expect(callsTo('meetings.approveMinutes')).toEqual([{ id: previousMeeting.id, atMeetingId: detail.meeting.id }]));
  });
});
