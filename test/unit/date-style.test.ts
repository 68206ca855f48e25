import { describe, expect, it } from 'vitest';
import {
  dateStyleExample,
  formatDate,
  formatDateTime,
  formatDayWithWeekday,
  formatMeetingWhen,
  formatMonthYear,
  isKnownTimeZone,
  isoDateInZone,
} from '../../shared/dateFormat';
import { applyDateStyle, formatWeekdayDate } from '../../renderer/format/formatDate';
import { formatMeetingWhen as pageMeetingWhen } from '../../renderer/format/meetingTime';
import { pdfPages, squeezed } from './support/pdfPages';
import { readDocx } from './support/docxText';
import { runExport } from './support/exportJobs';
import { meetingCoalition, meetingInput } from './support/meetingInputs';
import { createTestWorkspace, testDesk } from './support/testDesk';

describe('the one date format (shared/dateFormat.ts)', () => {
  it('writes "Oct 27, 2026" by default for en-US, and the other styles when chosen', () => {
    expect(formatDate('2026-10-27', { locale: 'en-US' })).toBe('Oct 27, 2026');
    expect(formatDate('2026-10-27', { locale: 'en-US', style: 'long' })).toBe('October 27, 2026');
    expect(formatDate('2026-10-27', { locale: 'en-US', style: 'numeric' })).toBe('10/27/2026');
    expect(dateStyleExample('medium', 'en-US')).toBe('Oct 27, 2026');
  });

  it('keeps a calendar date on its own day in every zone, and reads an instant in the zone asked for', () => {
    for (const timeZone of ['Pacific/Honolulu', 'UTC', 'Pacific/Kiritimati'])
      expect(formatDate('2026-10-27', { locale: 'en-US', timeZone })).toBe('Oct 27, 2026');
    expect(formatDate('2026-10-27T03:00:00.000Z', { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe('Oct 26, 2026');
    expect(formatDateTime('2026-11-10T17:30:00.000Z', { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe('Nov 10, 2026, 9:30 AM');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('writes a meeting on its own clock, a weekday date, a month, and the ISO date of an instant in a zone', () => {
    const evening = { startsAt: '2026-03-03T19:00', startsAtUtc: '2026-03-04T03:00:00.000Z', timeZone: 'America/Los_Angeles', durationMinutes: 90 };
    expect(formatMeetingWhen(evening, { locale: 'en-US' })).toBe('Tue, Mar 3, 2026, 7:00 PM – 8:30 PM PST (America/Los Angeles)');
    expect(formatMeetingWhen(evening, { locale: 'en-US', style: 'long' })).toBe('Tue, March 3, 2026, 7:00 PM – 8:30 PM PST (America/Los Angeles)');
    expect(formatDayWithWeekday('2026-10-27', { locale: 'en-US', style: 'numeric' })).toBe('Tue, 10/27/2026');
    expect(formatMonthYear('2026-10-27', { locale: 'en-US' })).toBe('October 2026');
    expect(isoDateInZone(new Date('2026-03-04T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-03');
    expect([isKnownTimeZone('America/Chicago'), isKnownTimeZone('Mars/Olympus'), isKnownTimeZone('')]).toEqual([true, false, false]);
  });
});

describe('dates on the pages', () => {
  it('follow the style chosen in Settings once the preferences load', () => {
    try {
      applyDateStyle('long');
      expect(formatWeekdayDate('2026-03-31T14:00')).toMatch(/March 31, 2026/);
      expect(pageMeetingWhen('2026-03-31T14:00', 'America/Chicago', 90)).toMatch(/March 31, 2026, 2:00\sPM – 3:30\sPM CDT/);
      applyDateStyle('numeric');
      expect(formatWeekdayDate('2026-03-31')).toMatch(/03\/31\/2026|31\/03\/2026/);
    } finally {
      applyDateStyle(undefined);
    }
  });
});

describe('the date style preference', () => {
  it('is medium until chosen, is kept per workspace, and refuses a style it does not know', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    expect((await t.call('preferences.get', {})).dateStyle).toBe('medium');
    expect((await t.call('preferences.setDateStyle', { dateStyle: 'long' })).dateStyle).toBe('long');
    expect((await t.call('preferences.get', {})).dateStyle).toBe('long');
    expect(await t.fail('preferences.setDateStyle', { dateStyle: 'iso' })).toMatchObject({ code: 'VALIDATION' });
    expect((await t.call('preferences.get', {})).dateStyle).toBe('long');
  });
});

describe('dates in an exported record', () => {
  it('follow the style chosen in Settings', async () => {
    const { t } = await meetingCoalition();
    const meeting = await t.call('meetings.create', meetingInput({ title: 'February meeting', startsAt: '2026-02-24T10:00' }));
    await t.call('meetings.start', { id: meeting.id });
    await t.call('meetings.finish', { id: meeting.id });
    await t.call('meetings.approveMinutes', { id: meeting.id, atMeetingId: null });
    const approvalLine = async () =>
      JSON.stringify(readDocx((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'docx' })).bytes)).match(/Approved on [^"\\]*/)?.[0];
    expect(await approvalLine()).toBe('Approved on Mar 1, 2026');
    await t.call('preferences.setDateStyle', { dateStyle: 'long' });
    expect(await approvalLine()).toBe('Approved on March 1, 2026');

    const pdf = squeezed(pdfPages((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf' })).bytes).join('\n'));
    expect(pdf).toContain('Date and time Tue, February 24, 2026, 10:00 AM – 11:30 AM PST (America/Los Angeles)');
    expect(pdf).toMatch(/Generated March \d+, 2026/);
  });
});
