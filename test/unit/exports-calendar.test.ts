import { describe, expect, it } from 'vitest';
import { runExport } from './support/exportJobs';
import { meetingRowsCalendar } from './support/calendarCoalition';
import { actionItemsCoalition } from './support/meetingRows';
import { readIcs } from './support/readIcs';

const CONFIDENTIAL = 'CONFIDENTIAL-MARKER-7731';
const icsOf = (bytes: Buffer) => readIcs(bytes.toString('utf8'));

describe('calendar files (.ics) of meetings', () => {
  it('puts a whole series in one file: UTC times across a daylight-saving change, agenda in the description, video link, cancelled ones marked', async () => {
    const { t, series } = await meetingRowsCalendar(CONFIDENTIAL);
    const file = await runExport(t, { kind: 'meeting-calendar', meetingId: series[1]?.id ?? '', scope: 'series' });
    expect(file.fileName).toBe('Riverside Youth Safety Coalition Protocols workgroup series 2026-03-01.ics');
    expect(file.mimeType).toBe('text/calendar;charset=utf-8');

    const text = file.bytes.toString('utf8');
    const calendar = icsOf(file.bytes);
    expect(calendar.name).toBe('Riverside Youth Safety Coalition: Protocols workgroup series');
    expect(calendar.events.map((event) => [event.summary, event.start, event.end, event.status])).toEqual([
      // 19:00 in New York: 00:00 UTC the next day before daylight saving time starts (8 March), 23:00 UTC after.
      ['Protocols workgroup', '2026-03-04T00:00:00.000Z', '2026-03-04T01:30:00.000Z', 'CONFIRMED'],
      ['Protocols workgroup', '2026-03-10T23:00:00.000Z', '2026-03-11T00:30:00.000Z', 'CONFIRMED'],
      ['Protocols workgroup', '2026-03-17T23:00:00.000Z', '2026-03-18T00:30:00.000Z', 'CANCELLED'],
    ]);
    const [first] = calendar.events;
    expect(first?.startZone).toBe('UTC');
    expect(first?.location).toBe('Room 4, City Hall; 2nd floor');
    expect(first?.url).toBe('https://video.example.org/j/42');
    expect(first?.description).toContain('Agenda\n1. Screening tool, first reading (20 min, Rosa Muñoz)\n2. Referral pathway; who calls whom (15 min)');
    expect(first?.description).toContain('When: Tue, Mar 3, 2026, 7:00 PM – 8:30 PM EST (America/New York)');
    expect(first?.description).toContain('Video link: https://video.example.org/j/42');
    expect(text).not.toContain(CONFIDENTIAL);
    expect(text).not.toContain('Jordan Hidden');
    expect(new Set(calendar.events.map((event) => event.uid)).size).toBe(3);
  });

  it('keeps each event’s UID from one export to the next and raises its SEQUENCE after a change, so re-importing updates', async () => {
    const { t, series } = await meetingRowsCalendar(CONFIDENTIAL);
    const [first] = series;
    const before = icsOf((await runExport(t, { kind: 'meeting-calendar', meetingId: first?.id ?? '' })).bytes).events;
    expect(before).toHaveLength(1);

    t.clock.advance(60_000);
    await t.call('agenda.addItem', { meetingId: first?.id ?? '', title: 'Training calendar' });
    const after = icsOf((await runExport(t, { kind: 'meeting-calendar', meetingId: first?.id ?? '', scope: 'meeting' })).bytes).events;
    expect(after[0]?.uid).toBe(before[0]?.uid);
    expect(after[0]?.sequence).toBeGreaterThan(before[0]?.sequence ?? Infinity);
    expect(after[0]?.description).toContain('3. Training calendar');
  });

  it('uses the room as location when there is one and the video link otherwise', async () => {
    const { t, single } = await meetingRowsCalendar(CONFIDENTIAL);
    const [event] = icsOf((await runExport(t, { kind: 'meeting-calendar', meetingId: single.id })).bytes).events;
    expect(event).toMatchObject({
      summary: 'Consultation with the school district',
      location: 'https://video.example.org/j/99',
      url: 'https://video.example.org/j/99',
    });
    expect(event?.description).toContain('The agenda is not set yet.');
  });

  it('refuses a series export of a meeting outside any series, and an unknown meeting, starting nothing', async () => {
    const { t, single } = await meetingRowsCalendar(CONFIDENTIAL);
    const notSeries = await t.fail('exports.start', { kind: 'meeting-calendar', meetingId: single.id, scope: 'series' });
    expect(notSeries).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('not part of a series') });
    expect((await t.fail('exports.start', { kind: 'meeting-calendar', meetingId: '018f0000-0000-7000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect((await t.fail('exports.start', { kind: 'meeting-calendar', meetingId: single.id, scope: 'year' })).code).toBe('VALIDATION');
  });
});

describe('calendar files (.ics) of action item due dates', () => {
  it('writes the due dates the filters select as all-day events, owners by shown name, items without a date left out', async () => {
    const { t, members } = await actionItemsCoalition();
    await t.call('actions.create', { title: 'Draft the runaway protocol, v2; with police', dueOn: '2026-03-20', ownerId: members.rosa.id });
    await t.call('actions.create', { title: 'Ask the advisors about outreach', dueOn: '2026-04-02', ownerId: members.advisor.id, details: 'Private detail' });
    await t.call('actions.create', { title: 'No date yet', ownerId: members.advisor.id });
    await t.call('actions.create', { title: 'Someone else', dueOn: '2026-03-25', ownerId: members.ben.id });

    const file = await runExport(t, { kind: 'due-dates-calendar', query: { statuses: ['open'], sort: { field: 'dueOn', direction: 'asc' } } });
    const calendar = icsOf(file.bytes);
    expect(file.fileName).toBe('Riverside Youth Safety Coalition action item due dates 2026-03-04.ics');
    expect(calendar.events.map((event) => [event.summary, event.allDay, event.start, event.end])).toEqual([
      ['Due: Draft the runaway protocol, v2; with police', true, '2026-03-20', '2026-03-21'],
      ['Due: Someone else', true, '2026-03-25', '2026-03-26'],
      ['Due: Ask the advisors about outreach', true, '2026-04-02', '2026-04-03'],
    ]);
    expect(calendar.events[2]?.description).toContain('Owner: Youth Advisor J');
    expect(calendar.events[0]?.description).toContain('Owner: Rosa Muñoz (Lane County Child Welfare)');
    const text = file.bytes.toString('utf8');
    expect(text).not.toContain('Jordan Hidden');
    expect(text).not.toContain('Private detail');

    const mine = icsOf((await runExport(t, { kind: 'due-dates-calendar', query: { ownerId: members.advisor.id } })).bytes);
    expect(mine.events.map((event) => event.summary)).toEqual(['Due: Ask the advisors about outreach']);
  });

  it('says so when none of the selected items has a due date', async () => {
    const { t, members } = await actionItemsCoalition();
    await t.call('actions.create', { title: 'No date yet', ownerId: members.rosa.id });
    const error = await t.fail('exports.start', { kind: 'due-dates-calendar', query: { ownerId: members.rosa.id } });
    expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('due date') });
  });
});
