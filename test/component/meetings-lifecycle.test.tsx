import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { MeetingDetail, MeetingStatus } from '../../shared/contract';
import { MeetingLifecycleActions } from '../../renderer/features/meetings/lifecycle/MeetingLifecycleActions';
import { answerChannels, callsTo, renderWithProviders } from './support/host';
import { meetingDetail, meetingSummary } from './support/meetingPlanningSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const meetingId = meetingSummary().id;

function renderActions(detail: MeetingDetail) {
  renderWithProviders(
    <MemoryRouter initialEntries={[`/meetings/${meetingId}`]}>
      <Routes>
        <Route path="/meetings/:id" element={<MeetingLifecycleActions detail={detail} />} />
        <Route path="/meetings/:id/run" element={<h1>Run view</h1>} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

const shownButtons = () => screen.queryAllByRole('button').map((button) => button.textContent);

describe('the lifecycle buttons of a meeting', () => {
  it.each<[MeetingStatus, boolean, string[]]>([
    ['planned', false, ['Start meeting', 'Cancel meeting']],
    ['in-progress', false, ['Run meeting', 'Finish meeting']],
    ['minutes-draft', false, ['Approve minutes', 'Resume']],
    ['approved', false, ['Amend minutes']],
    ['approved', true, ['Finish amendment']],
    ['cancelled', false, []],
  ])('offers what a %s meeting (amending: %s) can do next', (status, amending, buttons) => {
    answerChannels({});
    renderActions(meetingDetail({ amending }, { status }));
    expect(shownButtons()).toEqual(buttons);
  });

  it('starts the meeting, then opens the run view', async () => {
    answerChannels({ 'meetings.start': () => meetingSummary({ status: 'in-progress' }) });
    const user = renderActions(meetingDetail({}, { startsAtUtc: new Date(Date.now() + 60 * 60 * 1000).toISOString() }));

    await user.click(screen.getByRole('button', { name: 'Start meeting' }));

    expect(await screen.findByRole('heading', { name: 'Run view' })).toBeTruthy();
    expect(callsTo('meetings.start')).toEqual([{ id: meetingId }]);
  });

  it('asks first when the meeting is planned more than a day from now, saying when it is planned', async () => {
    answerChannels({ 'meetings.start': () => meetingSummary({ status: 'in-progress' }) });
    const inAWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
    const user = renderActions(
      meetingDetail(
        {},
        { title: 'December meeting', startsAt: '2030-12-10T09:30', timeZone: 'America/Los_Angeles', durationMinutes: 60, startsAtUtc: inAWeek.toISOString() },
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Start meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start this meeting now?' });
    expect(dialog.textContent).toContain(
      '"December meeting" is planned for Tue, Dec 10, 2030, 9:30 AM – 10:30 AM PST (America/Los Angeles), more than a day from now.',
    );
    expect(callsTo('meetings.start')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Start meeting' }));
    expect(await screen.findByRole('heading', { name: 'Run view' })).toBeTruthy();
    expect(callsTo('meetings.start')).toEqual([{ id: meetingId }]);
  });

  it('says that approving locks the record before it approves', async () => {
    answerChannels({ 'meetings.approveMinutes': () => meetingSummary({ status: 'approved' }) });
    const user = renderActions(meetingDetail({}, { status: 'minutes-draft' }));

    await user.click(screen.getByRole('button', { name: 'Approve minutes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve these minutes?' });
    expect(within(dialog).getByText(/Approving locks the record/)).toBeTruthy();
    expect(callsTo('meetings.approveMinutes')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Approve minutes' }));
    await waitFor(() => expect(callsTo('meetings.approveMinutes')).toEqual([{ id: meetingId, atMeetingId: null }]));
  });

  it('asks a reason to cancel, and for a series whether the following meetings go too', async () => {
    answerChannels({ 'meetings.cancel': () => meetingSummary({ status: 'cancelled' }) });
    const user = renderActions(meetingDetail({}, { seriesId: 'series-1', seriesIndex: 3 }));

    await user.click(screen.getByRole('button', { name: 'Cancel meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this meeting?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel meeting' }));
    expect(await within(dialog).findByText('Reason is required.')).toBeTruthy();

    await user.type(within(dialog).getByLabelText('Reason'), 'Winter storm');
    await user.click(within(dialog).getByLabelText('This and following meetings'));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel meeting' }));

    await waitFor(() => expect(callsTo('meetings.cancel')).toEqual([{ id: meetingId, reason: 'Winter storm', scope: 'following' }]));
  });

  it('opens an amendment of approved minutes only with a reason', async () => {
    answerChannels({ 'meetings.openAmendment': () => meetingSummary({ status: 'approved' }) });
    const user = renderActions(meetingDetail({}, { status: 'approved' }));

    await user.click(screen.getByRole('button', { name: 'Amend minutes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Amend the approved minutes?' });
    expect(within(dialog).queryByText('Only this meeting')).toBeNull();
    await user.type(within(dialog).getByLabelText('Reason'), 'Misspelled agency name');
    await user.click(within(dialog).getByRole('button', { name: 'Start amendment' }));

    await waitFor(() => expect(callsTo('meetings.openAmendment')).toEqual([{ id: meetingId, reason: 'Misspelled agency name' }]));
  });
});
