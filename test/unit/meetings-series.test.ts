import { describe, expect, it } from 'vitest';
import { describeEachDesk } from './support/eachDesk';
import { resolveStart } from '../../main/meetings/meetingTime';
import { seriesDates } from '../../main/meetings/recurrence';
import { deskWithWorkspace, itemInput, meetingInput } from './support/meetingInputs';

describeEachDesk('recurrence keeps the wall-clock time and finds the right days', (subject) => {
  it('keeps 19:00 in New York through the March and November clock changes; the UTC instant shifts', async () => {
    const { t } = subject;
    const first = await t.call(
      'meetings.create',
      meetingInput({ startsAt: '2026-02-26T19:00', timeZone: 'America/New_York', recurrence: { frequency: 'weekly', interval: 2, count: 3 } }),
    );
    const spring = await t.call('meetings.list', { seriesId: first.seriesId });
    expect(spring.map((meeting) => [meeting.startsAt, meeting.startsAtUtc])).toEqual([
      ['2026-02-26T19:00', '2026-02-27T00:00:00.000Z'],
      ['2026-03-12T19:00', '2026-03-12T23:00:00.000Z'],
      ['2026-03-26T19:00', '2026-03-26T23:00:00.000Z'],
    ]);
    const autumn = await t.call(
      'meetings.create',
      meetingInput({ startsAt: '2026-10-29T19:00', timeZone: 'America/New_York', recurrence: { frequency: 'weekly', interval: 1, count: 2 } }),
    );
    const fall = await t.call('meetings.list', { seriesId: autumn.seriesId });
    expect(fall.map((meeting) => [meeting.startsAt, meeting.startsAtUtc])).toEqual([
      ['2026-10-29T19:00', '2026-10-29T23:00:00.000Z'],
      ['2026-11-05T19:00', '2026-11-06T00:00:00.000Z'],
    ]);
  });

  it('moves a start inside the spring-forward gap to the first valid time', () => {
    expect(resolveStart('2026-03-08T02:30', 'America/New_York')).toEqual({
      startsAt: '2026-03-08T03:00',
      timeZone: 'America/New_York',
      startsAtUtc: '2026-03-08T07:00:00.000Z',
    });
    expect(resolveStart('2026-03-08T01:59', 'America/New_York').startsAt).toBe('2026-03-08T01:59');
  });

  it('lands "last Friday" in 30- and 31-day months and in February of a leap year', () => {
    expect(seriesDates({ frequency: 'monthly-weekday', ordinal: -1, weekday: 5, count: 6 }, '2028-01-01')).toEqual([
      '2028-01-28',
      '2028-02-25',
      '2028-03-31',
      '2028-04-28',
      '2028-05-26',
      '2028-06-30',
    ]);
    // February 2024 (a leap year) ends on Thursday the 29th: its last Thursday is that day, its last Friday the 23rd.
    expect(seriesDates({ frequency: 'monthly-weekday', ordinal: -1, weekday: 4, count: 3 }, '2024-02-01')).toEqual(['2024-02-29', '2024-03-28', '2024-04-25']);
    expect(seriesDates({ frequency: 'monthly-weekday', ordinal: -1, weekday: 5, count: 2 }, '2024-02-01')).toEqual(['2024-02-23', '2024-03-29']);
  });

  it('finds the Nth weekday, starting next month when this month’s has passed', () => {
    expect(seriesDates({ frequency: 'monthly-weekday', ordinal: 2, weekday: 2, count: 3 }, '2026-03-01')).toEqual(['2026-03-10', '2026-04-14', '2026-05-12']);
    expect(seriesDates({ frequency: 'monthly-weekday', ordinal: 1, weekday: 1, count: 2 }, '2026-03-03')).toEqual(['2026-04-06', '2026-05-04']);
    expect(seriesDates({ frequency: 'monthly-weekday', ordinal: 4, weekday: 7, count: 2 }, '2026-02-01')).toEqual(['2026-02-22', '2026-03-22']);
  });
});

describeEachDesk('a series plans its meetings with their standard items', (subject) => {
  it('creates count meetings, each after the first starting with "Approve minutes of …" and "Review open action items", then the template', async () => {
    const { t } = subject;
    const source = await t.call('meetings.create', meetingInput({ title: 'Template source' }));
    await t.call('agenda.addItem', itemInput(source.id, { title: 'Updates from sectors', type: 'information', timeboxMinutes: 20 }));
    const template = await t.call('templates.saveFromMeeting', { meetingId: source.id, name: 'Monthly' });

    const first = await t.call(
      'meetings.create',
      meetingInput({
        title: 'Monthly meeting',
        startsAt: '2026-03-10T10:00',
        templateId: template.id,
        recurrence: { frequency: 'monthly-weekday', ordinal: 2, weekday: 2, count: 3 },
      }),
    );
    const series = await t.call('meetings.list', { seriesId: first.seriesId });
    expect(series.map((meeting) => [meeting.seriesIndex, meeting.startsAt.slice(0, 10), meeting.agendaItemCount])).toEqual([
      [1, '2026-03-10', 1],
      [2, '2026-04-14', 3],
      [3, '2026-05-12', 3],
    ]);
    const second = await t.call('meetings.get', { id: series[1]?.id ?? '' });
    expect(second.agenda.map((item) => [item.position, item.title, item.role, item.approvesMeetingId])).toEqual([
      [1, 'Approve minutes of Monthly meeting (Mar 10, 2026)', 'approve-minutes', first.id],
      [2, 'Review open action items', 'review-actions', null],
      [3, 'Updates from sectors', 'regular', null],
    ]);
    expect(second.previousInSeries).toMatchObject({ id: first.id, status: 'planned' });
    expect(second.nextInSeries?.id).toBe(series[2]?.id);
  });

  it('adds the next meeting after the last one, and refuses a meeting that is not in a series', async () => {
    const { t } = subject;
    const first = await t.call('meetings.create', meetingInput({ startsAt: '2026-03-05T18:30', recurrence: { frequency: 'weekly', interval: 1, count: 2 } }));
    const next = await t.call('meetings.addNextInSeries', { id: first.id });
    expect(next).toMatchObject({ seriesIndex: 3, startsAt: '2026-03-19T18:30', status: 'planned', agendaItemCount: 2 });
    const single = await t.call('meetings.create', meetingInput({ title: 'Consultation' }));
    expect(await t.fail('meetings.addNextInSeries', { id: single.id })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('"Consultation" is not part of a series'),
    });
  });

  it('applies an edit with scope "following" to this and later planned meetings, each keeping its date', async () => {
    const { t } = subject;
    const first = await t.call('meetings.create', meetingInput({ startsAt: '2026-03-05T18:30', recurrence: { frequency: 'weekly', interval: 1, count: 4 } }));
    const [one, two] = await t.call('meetings.list', { seriesId: first.seriesId });
    await t.call('meetings.start', { id: one?.id ?? '' });
    await t.call('meetings.update', {
      ...meetingInput({ title: 'Renamed', startsAt: '2026-03-12T09:15', location: 'Library', durationMinutes: 60 }),
      id: two?.id ?? '',
      scope: 'following',
    });
    const after = await t.call('meetings.list', { seriesId: first.seriesId });
    expect(after.map((meeting) => [meeting.title, meeting.startsAt, meeting.location])).toEqual([
      ['Coalition meeting', '2026-03-05T18:30', ''],
      ['Renamed', '2026-03-12T09:15', 'Library'],
      ['Renamed', '2026-03-19T09:15', 'Library'],
      ['Renamed', '2026-03-26T09:15', 'Library'],
    ]);
  });
});

describeEachDesk('unfinished items carry over to the next meeting of the series', (subject) => {
  it('copies open regular items after the standard items, labelled, without notes, and never twice', async () => {
    const { t } = subject;
    const first = await t.call('meetings.create', meetingInput({ title: 'Monthly', recurrence: { frequency: 'weekly', interval: 4, count: 2 } }));
    const open = await t.call('agenda.addItem', itemInput(first.id, { title: 'Shelter beds' }));
    const done = await t.call('agenda.addItem', itemInput(first.id, { title: 'Budget' }));
    await t.call('agenda.saveNotes', { id: open.id, html: '<p>We ran out of time</p>', confidential: false });
    await t.call('meetings.start', { id: first.id });
    await t.call('agenda.setItemStatus', { id: done.id, status: 'done' });
    await t.call('meetings.finish', { id: first.id });

    const next = (await t.call('meetings.get', { id: first.id })).nextInSeries;
    const agenda = (await t.call('meetings.get', { id: next?.id ?? '' })).agenda;
    expect(agenda.map((item) => [item.position, item.title, item.carriedOverFrom?.meetingId ?? null, item.notesHtml])).toEqual([
      [1, 'Approve minutes of Monthly (Mar 12, 2026)', null, ''],
      [2, 'Review open action items', null, ''],
      [3, 'Shelter beds', first.id, ''],
    ]);
    await t.call('meetings.resume', { id: first.id });
    await t.call('meetings.finish', { id: first.id });
    expect((await t.call('meetings.get', { id: next?.id ?? '' })).agenda).toHaveLength(3);
  });

  it('makes a recurring item already on the next agenda the continuation, instead of a second copy beside it', async () => {
    const { t } = subject;
    const first = await t.call('meetings.create', meetingInput({ title: 'Monthly', recurrence: { frequency: 'weekly', interval: 4, count: 2 } }));
    const next = (await t.call('meetings.get', { id: first.id })).nextInSeries?.id ?? '';
    const recurring = await t.call('agenda.addItem', itemInput(first.id, { title: 'Partner updates' }));
    await t.call('agenda.addItem', itemInput(next, { title: ' partner UPDATES ' }));
    await t.call('agenda.addItem', itemInput(first.id, { title: 'Shelter beds' }));
    await t.call('meetings.start', { id: first.id });
    await t.call('meetings.finish', { id: first.id });

    const agenda = (await t.call('meetings.get', { id: next })).agenda;
    expect(agenda.filter((item) => item.role === 'regular').map((item) => [item.title, item.carriedOverFrom?.meetingId ?? null])).toEqual([
      ['Shelter beds', first.id],
      [' partner UPDATES '.trim(), first.id],
    ]);
    expect(agenda.filter((item) => item.title.toLowerCase().includes('partner'))).toHaveLength(1);
    expect((await t.call('meetings.get', { id: first.id })).agenda.find((item) => item.id === recurring.id)?.status).toBe('open');
  });

  it('carries over when the next meeting is added later', async () => {
    const { t } = subject;
    const first = await t.call('meetings.create', meetingInput({ title: 'Monthly', recurrence: { frequency: 'weekly', interval: 1, count: 2 } }));
    const last = (await t.call('meetings.get', { id: first.id })).nextInSeries?.id ?? '';
    await t.call('agenda.addItem', itemInput(last, { title: 'Outreach plan' }));
    await t.call('meetings.start', { id: last });
    await t.call('meetings.finish', { id: last });
    const added = await t.call('meetings.addNextInSeries', { id: first.id });
    expect((await t.call('meetings.get', { id: added.id })).agenda.map((item) => [item.title, item.carriedOverFrom?.meetingId ?? null])).toEqual([
      ['Approve minutes of Monthly (Mar 19, 2026)', null],
      ['Review open action items', null],
      ['Outreach plan', last],
    ]);
  });

  it('approves the minutes at the next meeting: a decision on its approve-minutes item, which is then done', async () => {
    const { t } = subject;
    const first = await t.call('meetings.create', meetingInput({ title: 'Monthly', recurrence: { frequency: 'weekly', interval: 1, count: 2 } }));
    const second = (await t.call('meetings.get', { id: first.id })).nextInSeries?.id ?? '';
    await t.call('meetings.start', { id: first.id });
    await t.call('meetings.finish', { id: first.id });
    await t.call('meetings.start', { id: second });
    await t.call('meetings.approveMinutes', { id: first.id, atMeetingId: second });
    const detail = await t.call('meetings.get', { id: second });
    expect(detail.decisions).toMatchObject([
      {
        text: 'Minutes of Monthly (Mar 12, 2026) approved',
        outcome: 'adopted',
        agendaItemId: detail.agenda[0]?.id,
        agendaItemTitle: 'Approve minutes of Monthly (Mar 12, 2026)',
      },
    ]);
    expect(detail.agenda[0]?.status).toBe('done');
    expect((await t.call('meetings.get', { id: first.id })).meeting.status).toBe('approved');
  });

  it('refuses approval at a meeting that cannot change, and changes nothing', async () => {
    const { t } = subject;
    const first = await t.call('meetings.create', meetingInput({ title: 'Monthly', recurrence: { frequency: 'weekly', interval: 1, count: 2 } }));
    const second = (await t.call('meetings.get', { id: first.id })).nextInSeries?.id ?? '';
    await t.call('meetings.start', { id: first.id });
    await t.call('meetings.finish', { id: first.id });
    await t.call('meetings.cancel', { id: second, reason: 'Holiday' });
    expect((await t.fail('meetings.approveMinutes', { id: first.id, atMeetingId: second })).code).toBe('CONFLICT');
    expect((await t.fail('meetings.approveMinutes', { id: first.id, atMeetingId: first.id })).code).toBe('CONFLICT');
    expect((await t.call('meetings.get', { id: first.id })).meeting.status).toBe('minutes-draft');
    expect((await t.call('meetings.get', { id: second })).decisions).toEqual([]);
  });

  it('cancels this and the following planned meetings of a series with scope "following"', async () => {
    const { t } = subject;
    const first = await t.call('meetings.create', meetingInput({ recurrence: { frequency: 'weekly', interval: 1, count: 4 } }));
    const ids = (await t.call('meetings.list', { seriesId: first.seriesId })).map((meeting) => meeting.id);
    await t.call('meetings.cancel', { id: ids[1] ?? '', reason: 'The coalition pauses for summer', scope: 'following' });
    expect((await t.call('meetings.list', { seriesId: first.seriesId })).map((meeting) => meeting.status)).toEqual([
      'planned',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });
});

// The global search is not on the storage engine yet, so this one runs on SQLCipher only.
describe('a series is created whole or not at all', () => {
  it('creates nothing when one of its dates cannot be stored', async () => {
    const { t } = await deskWithWorkspace();
    const refused = await t.fail(
      'meetings.create',
      meetingInput({ startsAt: '9999-11-01T10:00', recurrence: { frequency: 'weekly', interval: 4, count: 10 } }),
    );
    expect(refused.code).toBe('VALIDATION');
    expect(await t.call('meetings.list', {})).toEqual([]);
    expect(await t.call('search.global', { query: 'coalition' })).toEqual([]);
  });
});
