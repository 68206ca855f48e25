import { expect, it } from 'vitest';
import { describeEachDesk } from './support/eachDesk';
import { itemInput, meetingInput } from './support/meetingInputs';

describeEachDesk('a meeting moves from planned to approved minutes, and nothing else', (subject) => {
  it('creates a meeting with its UTC instant and reads it back whole', async () => {
    const { t } = subject;
    const meeting = await t.call('meetings.create', meetingInput());
    expect(meeting).toMatchObject({
      title: 'Coalition meeting',
      status: 'planned',
      startsAt: '2026-03-12T10:00',
      startsAtUtc: '2026-03-12T17:00:00.000Z',
      seriesId: null,
      agendaItemCount: 0,
    });
    const detail = await t.call('meetings.get', { id: meeting.id });
    expect(detail).toMatchObject({
      agenda: [],
      agendaMinutes: 0,
      attendees: [],
      decisions: [],
      previousInSeries: null,
      nextInSeries: null,
      currentItem: null,
      amending: false,
    });
    expect(detail.history.map((entry) => entry.action)).toEqual(['created']);
    expect(await t.call('meetings.list', {})).toEqual([meeting]);
  });

  it('walks planned -> in progress -> minutes draft -> in progress -> minutes draft -> approved, approved on the meeting zone’s date', async () => {
    const { t } = subject;
    const meeting = await t.call('meetings.create', meetingInput({ timeZone: 'Pacific/Auckland' }));
    t.clock.now = new Date('2026-03-12T20:30:00Z'); // already 13 March in Auckland
    expect((await t.call('meetings.start', { id: meeting.id })).status).toBe('in-progress');
    expect((await t.call('meetings.finish', { id: meeting.id })).status).toBe('minutes-draft');
    expect((await t.call('meetings.resume', { id: meeting.id })).status).toBe('in-progress');
    await t.call('meetings.finish', { id: meeting.id });
    const approved = await t.call('meetings.approveMinutes', { id: meeting.id });
    expect(approved).toMatchObject({ status: 'approved', approvedOn: '2026-03-13' });
    const history = (await t.call('meetings.get', { id: meeting.id })).history.map((entry) => entry.action);
    expect(history).toEqual(['minutes approved', 'finished', 'resumed', 'finished', 'started', 'created']);
  });

  it('refuses every other move with CONFLICT and a sentence that says why', async () => {
    const { t } = subject;
    const meeting = await t.call('meetings.create', meetingInput({ title: 'March meeting' }));
    expect(await t.fail('meetings.finish', { id: meeting.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'Only a meeting in progress can be finished. "March meeting" is planned.',
    });
    expect((await t.fail('meetings.approveMinutes', { id: meeting.id })).code).toBe('CONFLICT');
    expect((await t.fail('meetings.resume', { id: meeting.id })).code).toBe('CONFLICT');
    await t.call('meetings.start', { id: meeting.id });
    const before = await t.call('meetings.get', { id: meeting.id });
    expect(await t.fail('meetings.start', { id: meeting.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'Only a planned meeting can start. "March meeting" is in progress.',
    });
    expect((await t.fail('meetings.cancel', { id: meeting.id, reason: 'Snow' })).code).toBe('CONFLICT');
    expect((await t.fail('meetings.approveMinutes', { id: meeting.id })).code).toBe('CONFLICT');
    expect(await t.call('meetings.get', { id: meeting.id })).toEqual(before);
  });

  it('cancels a planned meeting with its reason, and then nothing about it changes', async () => {
    const { t } = subject;
    const meeting = await t.call('meetings.create', meetingInput({ title: 'March meeting' }));
    expect(await t.call('meetings.cancel', { id: meeting.id, reason: 'Snow day' })).toMatchObject({ status: 'cancelled', cancelledReason: 'Snow day' });
    expect(await t.fail('agenda.addItem', itemInput(meeting.id))).toMatchObject({
      code: 'CONFLICT',
      message: '"March meeting" was cancelled, so its record cannot change.',
    });
    expect((await t.fail('meetings.update', { ...meetingInput(), id: meeting.id })).code).toBe('CONFLICT');
    expect((await t.fail('meetings.start', { id: meeting.id })).code).toBe('CONFLICT');
  });

  it('answers NOT_FOUND for unknown meetings', async () => {
    const { t } = subject;
    const id = '01900000-0000-7000-8000-000000000000';
    for (const channel of ['meetings.get', 'meetings.start', 'meetings.finish', 'meetings.addNextInSeries'] as const)
      expect((await t.fail(channel, { id })).code).toBe('NOT_FOUND');
  });
});

describeEachDesk('a meeting’s start must exist', (subject) => {
  it('refuses a date that is not in the calendar with VALIDATION on the field, and creates nothing', async () => {
    const { t } = subject;
    expect(await t.fail('meetings.create', meetingInput({ startsAt: '2026-02-30T10:00' }))).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { startsAt: ['That date and time does not exist.'] },
    });
    expect(await t.fail('meetings.create', meetingInput({ startsAt: '2026-03-01T24:30' }))).toMatchObject({ code: 'VALIDATION' });
    expect(await t.call('meetings.list', {})).toEqual([]);
  });
});

describeEachDesk('listing and editing meetings', (subject) => {
  it('filters by local date range and status, ordered by start', async () => {
    const { t } = subject;
    const march = await t.call('meetings.create', meetingInput({ title: 'March', startsAt: '2026-03-31T23:30' }));
    const april = await t.call('meetings.create', meetingInput({ title: 'April', startsAt: '2026-04-01T08:00', timeZone: 'Europe/Berlin' }));
    await t.call('meetings.create', meetingInput({ title: 'May', startsAt: '2026-05-05T10:00' }));
    await t.call('meetings.start', { id: april.id });
    const titles = async (options: Parameters<typeof t.call<'meetings.list'>>[1]) => (await t.call('meetings.list', options)).map((meeting) => meeting.title);
    // April in Berlin starts before March in Los Angeles as an instant.
    expect(await titles({})).toEqual(['April', 'March', 'May']);
    expect(await titles({ from: '2026-03-31', to: '2026-04-30' })).toEqual(['April', 'March']);
    expect(await titles({ to: '2026-03-31' })).toEqual(['March']);
    expect(await titles({ statuses: ['in-progress'] })).toEqual(['April']);
    expect(march.startsAtUtc).toBe('2026-04-01T06:30:00.000Z');
  });

  it('edits one meeting, records what changed, and refuses people who are not in the roster', async () => {
    const { t } = subject;
    const meeting = await t.call('meetings.create', meetingInput());
    const updated = await t.call('meetings.update', {
      ...meetingInput({ title: 'Renamed', location: 'City hall', videoLink: 'https://meet.example.org/abc' }),
      id: meeting.id,
    });
    expect(updated).toMatchObject({ title: 'Renamed', location: 'City hall', videoLink: 'https://meet.example.org/abc' });
    const history = (await t.call('meetings.get', { id: meeting.id })).history;
    expect(history[0]).toMatchObject({
      action: 'updated',
      profile: 'tester',
      changes: { title: { from: 'Coalition meeting', to: 'Renamed' }, location: { from: '', to: 'City hall' } },
    });
    const refused = await t.fail('meetings.update', { ...meetingInput({ facilitatorId: '01900000-0000-7000-8000-000000000000' }), id: meeting.id });
    expect(refused).toMatchObject({ code: 'VALIDATION', fieldErrors: { facilitatorId: ['That person is not in the roster.'] } });
    expect((await t.call('meetings.get', { id: meeting.id })).meeting).toEqual(updated);
  });
});
