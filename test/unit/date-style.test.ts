import { describe, expect, it } from 'vitest';
import { dateStyleExample, formatDate, formatDateTime } from '../../shared/dateFormat';
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
    for (const timeZone of ['Pacific/Honolulu', 'UTC', 'Pacific/Kiritimati']) expect(formatDate('2026-10-27', { locale: 'en-US', timeZone })).toBe('Oct 27, 2026');
    expect(formatDate('2026-10-27T03:00:00.000Z', { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe('Oct 26, 2026');
    expect(formatDateTime('2026-11-10T17:30:00.000Z', { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe('Nov 10, 2026, 9:30 AM');
    expect(formatDate('not a date')).toBe('not a date');
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
    const approvalLine = async () => JSON.stringify(readDocx((await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'docx' })).bytes)).match(/Approved on [^"\\]*/)?.[0];
    expect(await approvalLine()).toBe('Approved on Mar 1, 2026');
    await t.call('preferences.setDateStyle', { dateStyle: 'long' });
    expect(await approvalLine()).toBe('Approved on March 1, 2026');
  });
});
