import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { MeetingFormDialog } from '../../renderer/features/meetings/MeetingFormDialog';
import { MeetingsPage } from '../../renderer/features/meetings/MeetingsPage';
import { answerChannels, callsTo, failWith, renderWithProviders } from './support/host';
import { meetingSummary, protocolsWorkgroup } from './support/meetingPlanningSamples';
import { anaOption, pickFrom } from './support/pickSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

function answerPlanning(create: (input: ChannelInput<'meetings.create'>) => ReturnType<typeof meetingSummary> = () => meetingSummary()) {
  answerChannels({
    'meetings.list': () => [],
    'meetings.get': () => failWith({ code: 'NOT_FOUND', message: 'Not in this test.' }),
    'preferences.get': () => ({ quorumRule: { kind: 'share', percent: 50 }, myMemberId: null, timeZone: 'America/Chicago', dateStyle: 'medium' }),
    'workgroups.list': () => [protocolsWorkgroup],
    'templates.list': () => [{ id: '0198f2c4-0000-7000-8000-00000000f001', name: 'Monthly meeting', items: [], createdAt: '2026-03-04T15:00:00.000Z' }],
    'directory.pickMembers': pickFrom([anaOption]),
    'meetings.create': create,
  });
}

async function openPlanDialog() {
  renderWithProviders(
    <MemoryRouter>
      <MeetingsPage />
    </MemoryRouter>,
  );
  expect(await screen.findByRole('heading', { name: 'No meetings yet' })).toBeTruthy();
  const user = userEvent.setup();
  await user.click(screen.getAllByRole('button', { name: 'Plan a meeting' })[0]!);
  const dialog = await screen.findByRole('dialog', { name: 'Plan a meeting' });
  await user.type(within(dialog).getByLabelText('Title'), 'Monthly coalition meeting');
  await user.type(within(dialog).getByLabelText('Date'), '2026-12-08');
  return { user, dialog };
}

describe('planning a meeting', () => {
  it('starts in the workspace’s time zone and sends one meeting when it does not repeat', async () => {
    answerPlanning();
    const { user, dialog } = await openPlanDialog();
    expect(within(dialog).getByLabelText('Time zone')).toHaveProperty('value', 'America/Chicago');

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(callsTo('meetings.create')).toHaveLength(1));
    expect(callsTo('meetings.create')[0]).toEqual(
      expect.objectContaining({
        title: 'Monthly coalition meeting',
        kind: 'full-coalition',
        startsAt: '2026-12-08T10:00',
        timeZone: 'America/Chicago',
        durationMinutes: 90,
        recurrence: null,
      }),
    );
  });

  it('sends every N weeks as a weekly rule with its interval and count', async () => {
    answerPlanning();
    const { user, dialog } = await openPlanDialog();

    await user.selectOptions(within(dialog).getByLabelText('Repeats'), 'weekly');
    await user.clear(within(dialog).getByLabelText('Every how many weeks'));
    await user.type(within(dialog).getByLabelText('Every how many weeks'), '2');
    await user.clear(within(dialog).getByLabelText('Number of meetings'));
    await user.type(within(dialog).getByLabelText('Number of meetings'), '6');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(callsTo('meetings.create')).toHaveLength(1));
    expect(callsTo('meetings.create')[0]).toEqual(expect.objectContaining({ recurrence: { frequency: 'weekly', interval: 2, count: 6 } }));
  });

  it('suggests the monthly weekday the date falls on, and sends the one chosen', async () => {
    answerPlanning();
    const { user, dialog } = await openPlanDialog();

    await user.selectOptions(within(dialog).getByLabelText('Repeats'), 'monthly-weekday');
    // 2026-12-08 is the second Tuesday of December.
    expect(within(dialog).getByLabelText('On the')).toHaveProperty('value', '2');
    expect(within(dialog).getByLabelText('Weekday')).toHaveProperty('value', '2');
    await user.selectOptions(within(dialog).getByLabelText('On the'), '-1');
    await user.selectOptions(within(dialog).getByLabelText('Weekday'), '4');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(callsTo('meetings.create')).toHaveLength(1));
    expect(callsTo('meetings.create')[0]).toEqual(
      expect.objectContaining({ recurrence: { frequency: 'monthly-weekday', ordinal: -1, weekday: 4, count: 12 } }),
    );
  });

  it('asks for the workgroup of a workgroup meeting and sends the template chosen', async () => {
    answerPlanning();
    const { user, dialog } = await openPlanDialog();

    await user.selectOptions(within(dialog).getByLabelText('Kind of meeting'), 'workgroup');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Choose the workgroup that meets.')).toBeTruthy();
    expect(callsTo('meetings.create')).toEqual([]);

    await user.selectOptions(within(dialog).getByLabelText('Workgroup'), protocolsWorkgroup.id);
    await user.selectOptions(within(dialog).getByLabelText('Start the agenda from a template'), '0198f2c4-0000-7000-8000-00000000f001');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(callsTo('meetings.create')).toHaveLength(1));
    expect(callsTo('meetings.create')[0]).toEqual(
      expect.objectContaining({ kind: 'workgroup', workgroupId: protocolsWorkgroup.id, templateId: '0198f2c4-0000-7000-8000-00000000f001' }),
    );
  });

  it('shows the host’s field errors next to their fields and keeps the dialog open', async () => {
    answerPlanning(() =>
      failWith({
        code: 'VALIDATION',
        message: 'Check the highlighted fields.',
        fieldErrors: { videoLink: ['Use a video link starting with https://'], 'recurrence.count': ['A series has at most 60 meetings.'] },
      }),
    );
    const { user, dialog } = await openPlanDialog();
    await user.selectOptions(within(dialog).getByLabelText('Repeats'), 'weekly');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('Use a video link starting with https://')).toBeTruthy();
    expect(within(dialog).getByText('A series has at most 60 meetings.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Video link')).toHaveProperty('ariaInvalid', 'true');
    expect(screen.getByRole('dialog', { name: 'Plan a meeting' })).toBeTruthy();
  });
});

describe('editing a meeting', () => {
  it('asks whether a change in a series concerns only this meeting or the following ones too', async () => {
    const inSeries = meetingSummary({ seriesId: '0198f2c4-0000-7000-8000-00000000a0a0', seriesIndex: 3 });
    answerChannels({
      'preferences.get': () => ({ quorumRule: { kind: 'share', percent: 50 }, myMemberId: null, timeZone: 'America/Chicago', dateStyle: 'medium' }),
      'workgroups.list': () => [],
      'templates.list': () => [],
      'directory.pickMembers': pickFrom([anaOption]),
      'meetings.update': () => inSeries,
    });
    renderWithProviders(
      <MemoryRouter>
        <MeetingFormDialog meeting={inSeries} onClose={() => undefined} />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Edit meeting' });
    expect(within(dialog).queryByLabelText('Repeats')).toBeNull();
    expect(within(dialog).getByLabelText('Only this meeting')).toHaveProperty('checked', true);

    await user.clear(within(dialog).getByLabelText('Location'));
    await user.type(within(dialog).getByLabelText('Location'), 'City Hall');
    await user.click(within(dialog).getByLabelText('This and following meetings'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(callsTo('meetings.update')).toHaveLength(1));
    expect(callsTo('meetings.update')[0]).toEqual(
      expect.objectContaining({ id: inSeries.id, location: 'City Hall', startsAt: '2026-12-08T14:00', scope: 'following' }),
    );
  });

  it('does not ask about a series for a single meeting', async () => {
    answerChannels({
      'workgroups.list': () => [],
      'templates.list': () => [],
      'directory.pickMembers': pickFrom([anaOption]),
      'preferences.get': () => failWith({ code: 'LOCKED', message: 'Locked.' }),
    });
    renderWithProviders(
      <MemoryRouter>
        <MeetingFormDialog meeting={meetingSummary()} onClose={() => undefined} />
      </MemoryRouter>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit meeting' });
    expect(within(dialog).getByLabelText('Title')).toHaveProperty('value', 'Full coalition meeting');
    expect(within(dialog).queryByLabelText('This and following meetings')).toBeNull();
  });
});
