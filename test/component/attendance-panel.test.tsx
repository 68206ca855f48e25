import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Attendee, MeetingDetail } from '../../shared/contract';
import { AttendancePanel } from '../../renderer/features/attendance/AttendancePanel';
import { anaMunoz, laneChildWelfare } from './support/directorySamples';
import { meetingDetail } from './support/meetingPlanningSamples';
import { answerChannels, callsTo, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const meetingId = meetingDetail().meeting.id;

function attendee(overrides: Partial<Attendee> & { id: string; shownName: string }): Attendee {
  return {
    meetingId,
    memberId: anaMunoz.id,
    organizationId: laneChildWelfare.id,
    organizationName: laneChildWelfare.name,
    sector: 'child-welfare',
    votingMember: true,
    representativeRole: 'primary',
    status: 'invited',
    guest: false,
    substitute: null,
    ...overrides,
  };
}

const ana = attendee({ id: '0198f2c4-0000-7000-8000-0000000f0001', shownName: anaMunoz.shownName, status: 'present' });
const guest = attendee({
  id: '0198f2c4-0000-7000-8000-0000000f0002',
  shownName: 'Dana Reyes',
  memberId: null,
  organizationId: null,
  organizationName: 'Youth Advocates',
  sector: 'education',
  guest: true,
  votingMember: false,
  representativeRole: 'none',
});

function renderPanel(overrides: Partial<MeetingDetail> = {}) {
  const detail = meetingDetail(
    {
      attendees: [ana, guest],
      quorum: { rule: { kind: 'count', count: 7 }, eligibleVoting: 12, presentVoting: 9, required: 7, met: true },
      sectorPresence: [
        { sector: 'child-welfare', present: 1, invited: 1 },
        { sector: 'education', present: 0, invited: 1 },
      ],
      ...overrides,
    },
    { status: 'in-progress' },
  );
  answerChannels({
    'meetings.get': () => meetingDetail({ attendees: [ana, guest] }),
    'attendance.invite': (input) =>
      (input.memberIds ?? []).map((memberId, index) => attendee({ id: `0198f2c4-0000-7000-8000-0000000f010${index}`, shownName: 'Invited', memberId })),
    'attendance.mark': ({ id, status }) => ({ ...(id === guest.id ? guest : ana), status }),
    'attendance.setSubstitute': ({ id }) => ({ ...(id === guest.id ? guest : ana) }),
    'attendance.addGuest': (input) => attendee({ id: '0198f2c4-0000-7000-8000-0000000f0003', shownName: input.name, guest: true }),
    'directory.listMembers': () => [anaMunoz],
  });
  renderWithProviders(<AttendancePanel detail={detail} />);
}

describe('the attendance panel', () => {
  it('marks a person with one click', async () => {
    renderPanel();
    const user = userEvent.setup();
    const marks = screen.getByRole('group', { name: 'Attendance of Dana Reyes' });
    expect(within(marks).getByRole('button', { name: 'Present' }).getAttribute('aria-pressed')).toBe('false');
    await user.click(within(marks).getByRole('button', { name: 'Remote' }));
    await waitFor(() => expect(callsTo('attendance.mark')).toEqual([{ id: guest.id, status: 'remote' }]));
  });

  it('shows the mark a person already has as pressed', () => {
    renderPanel();
    const marks = screen.getByRole('group', { name: `Attendance of ${anaMunoz.shownName}` });
    expect(within(marks).getByRole('button', { name: 'Present' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says in words whether there is a quorum', () => {
    renderPanel();
    expect(screen.getByText('Quorum met: 9 present, 7 needed')).toBeTruthy();
  });

  it('says so when there is no quorum', () => {
    renderPanel({ quorum: { rule: { kind: 'count', count: 7 }, eligibleVoting: 12, presentVoting: 4, required: 7, met: false } });
    expect(screen.getByText('No quorum: 4 present, 7 needed')).toBeTruthy();
  });

  it('names the sectors in the room and those that are not', () => {
    renderPanel();
    expect(screen.getByRole('heading', { name: 'Core sectors: 1 of 13 in the room' })).toBeTruthy();
    const core = screen.getByRole('list', { name: 'Core sectors' });
    expect(within(core).getByText('Education').closest('li')?.textContent).toContain('Not in the room (1 invited)');
    expect(within(core).getByText('Child welfare').closest('li')?.textContent).toContain('1 here of 1 invited');
    // Sectors nobody was invited from are named together, not one line each.
    expect(within(core).queryByText('Labor and employment')).toBeNull();
    expect(screen.getByText(/^Nobody invited from: Law enforcement, juvenile justice and probation; .*Labor and employment; .*\.$/)).toBeTruthy();
  });

  it("offers the next meeting in a series the previous meeting's people from the roster, without its guests", async () => {
    renderPanel({
      attendees: [],
      previousInSeries: { id: '0198f2c4-0000-7000-8000-00000000a0a0', title: 'Monthly meeting', startsAt: '2026-03-12T19:00', status: 'minutes-draft' },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Invite the person from Thu, Mar 12, 2026' }));
    await waitFor(() => expect(callsTo('attendance.invite')).toEqual([{ meetingId, memberIds: [anaMunoz.id] }]));
  });

  it('groups people by sector on request', async () => {
    renderPanel();
    const user = userEvent.setup();
    expect(screen.getByRole('region', { name: laneChildWelfare.name })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sector' }));
    expect(within(screen.getByRole('region', { name: 'Education' })).getByText('Dana Reyes')).toBeTruthy();
  });

  it('adds a guest with their organization and sector', async () => {
    renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add guest' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a guest' });
    await user.type(within(dialog).getByLabelText(/Guest name/), 'Sam Ortiz');
    await user.type(within(dialog).getByLabelText('Organization'), 'Harbor House');
    await user.selectOptions(within(dialog).getByLabelText('Sector'), 'runaway-homeless-youth');
    await user.click(within(dialog).getByRole('button', { name: 'Add guest' }));
    await waitFor(() =>
      expect(callsTo('attendance.addGuest')).toEqual([{ meetingId, name: 'Sam Ortiz', organization: 'Harbor House', sector: 'runaway-homeless-youth' }]),
    );
  });

  it('records a substitute typed by name for someone who is excused', async () => {
    renderPanel({ attendees: [{ ...ana, status: 'excused' }] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `More for ${anaMunoz.shownName}` }));
    await user.click(await screen.findByRole('menuitem', { name: /Sent a substitute/ }));
    const dialog = await screen.findByRole('dialog', { name: `Substitute for ${anaMunoz.shownName}` });
    await user.click(within(dialog).getByRole('combobox', { name: 'Substitute' }));
    await user.paste('Jordan Lee');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(callsTo('attendance.setSubstitute')).toEqual([{ id: ana.id, substitute: { memberId: null, name: 'Jordan Lee' } }]));
  });

  it('offers a substitute only once the person is marked absent or excused', async () => {
    renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `More for ${anaMunoz.shownName}` }));
    expect((await screen.findByRole('menuitem', { name: /Sent a substitute/ })).getAttribute('aria-disabled')).toBe('true');
  });
});
