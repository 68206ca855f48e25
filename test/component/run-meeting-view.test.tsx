import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { MeetingDetail } from '../../shared/contract';
import { invoke } from '../../renderer/api';
import { runMeetingPath } from '../../renderer/components/meetings/meetingPaths';
import { RunMeetingPage } from '../../renderer/features/runMeeting/RunMeetingPage';
import { LocationProbe } from './support/LocationProbe';
import { anaMunoz } from './support/directorySamples';
import { agendaItem, meetingDetail } from './support/meetingPlanningSamples';
import { answerChannels, callsTo, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const first = agendaItem(1, { title: 'Welcome and introductions', timeboxMinutes: 5 });
const second = agendaItem(2, { title: 'Runaway protocol draft', timeboxMinutes: 15, presenterName: anaMunoz.shownName });
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function running(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return meetingDetail({ agenda: [first, second], currentItem: { id: first.id, startedAt: minutesAgo(1) }, ...overrides }, { status: 'in-progress' });
}

function renderRunView(detail: MeetingDetail) {
  answerChannels({
    'meetings.get': () => detail,
    'meetings.setCurrentItem': () => ({ done: true }),
    'agenda.setItemStatus': ({ id }) => ({ ...(detail.agenda.find((item) => item.id === id) ?? first), status: 'done' }),
    'agenda.saveNotes': () => ({ savedAt: '2026-12-08T20:05:00.000Z' }),
    'meetings.start': () => detail.meeting,
    'directory.listMembers': () => [anaMunoz],
    'meetings.finish': () => ({ ...detail.meeting, status: 'minutes-draft' }),
  });
  renderWithProviders(
    <MemoryRouter initialEntries={[runMeetingPath(detail.meeting.id)]}>
      <Routes>
        <Route path="/meetings/:id/run" element={<RunMeetingPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    </MemoryRouter>,
  );
}

const altShift = (code: string) => fireEvent.keyDown(window, { code, key: code.replace('Key', ''), altKey: true, shiftKey: true });

describe('running a meeting', () => {
  it('shows the current item large, with its timer and the agenda outline', async () => {
    renderRunView(running());
    expect(await screen.findByRole('heading', { level: 2, name: '1. Welcome and introductions' })).toBeTruthy();
    expect(screen.getByText('4 min left')).toBeTruthy();
    const outline = screen.getByRole('navigation', { name: 'Agenda' });
    expect(
      within(outline)
        .getByRole('button', { name: /Welcome and introductions/ })
        .getAttribute('aria-current'),
    ).toBe('step');
  });

  it('marks the item done, then moves to the next one, when Next is pressed', async () => {
    renderRunView(running());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Next item' }));

    await waitFor(() => expect(callsTo('meetings.setCurrentItem')).toEqual([{ meetingId: first.meetingId, itemId: second.id }]));
    expect(callsTo('agenda.setItemStatus')).toEqual([{ id: first.id, status: 'done' }]);
    const order = vi
      .mocked(invoke)
      .mock.calls.map(([channel]) => channel)
      .filter((channel) => channel === 'agenda.setItemStatus' || channel === 'meetings.setCurrentItem');
    expect(order).toEqual(['agenda.setItemStatus', 'meetings.setCurrentItem']);
  });

  it('says in words how far an item has run over its timebox', async () => {
    renderRunView(running({ agenda: [first, second], currentItem: { id: second.id, startedAt: minutesAgo(17.5) } }));
    expect(await screen.findByText('3 min over')).toBeTruthy();
  });

  it('opens the decision dialog, the action item dialog and attendance from the keyboard', async () => {
    renderRunView(running());
    await screen.findByRole('heading', { level: 2, name: '1. Welcome and introductions' });
    const user = userEvent.setup();

    altShift('KeyD');
    const decision = await screen.findByRole('dialog', { name: 'Record decision' });
    expect(within(decision).getByLabelText('Agenda item')).toHaveProperty('value', first.id);
    await user.click(within(decision).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Record decision' })).toBeNull());

    altShift('KeyA');
    expect(await screen.findByRole('dialog', { name: 'Add action item' })).toBeTruthy();
    await user.click(within(screen.getByRole('dialog', { name: 'Add action item' })).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add action item' })).toBeNull());

    altShift('KeyT');
    expect(await screen.findByRole('dialog', { name: 'Attendance' })).toBeTruthy();
  });

  it('finishes the meeting after confirmation and goes to the meeting page', async () => {
    renderRunView(running());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Finish meeting' }));
    const confirm = await screen.findByRole('dialog', { name: 'Finish the meeting?' });
    expect(callsTo('meetings.finish')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Finish meeting' }));

    expect((await screen.findByRole('status', { name: 'Current location' })).textContent).toBe(`/meetings/${first.meetingId}`);
    expect(callsTo('meetings.finish')).toEqual([{ id: first.meetingId }]);
  });

  it('lists the shortcuts on screen', async () => {
    renderRunView(running());
    const hint = await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    expect(hint.textContent).toContain('Alt+Shift+N');
    expect(hint.textContent).toContain('record decision');
  });

  it('offers to start a planned meeting, and only says so for one that is over', async () => {
    renderRunView(meetingDetail({ agenda: [first] }, { status: 'planned' }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start meeting' }));
    expect(callsTo('meetings.start')).toEqual([{ id: first.meetingId }]);
  });

  it('does not offer to run a meeting whose minutes are in draft', async () => {
    renderRunView(meetingDetail({ agenda: [first] }, { status: 'minutes-draft' }));
    expect(await screen.findByText(/This meeting is not in progress \(minutes draft\)/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start meeting' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to the meeting page' })).toBeTruthy();
  });
});
