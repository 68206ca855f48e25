import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { ExportRequest } from '../../shared/contract';
import { deskAudit } from './support/deskAudit';
import { deskRoster } from './support/deskRoster';
import { readDocx } from './support/docxText';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { runExport } from './support/exportJobs';
import { pdfPages, squeezed } from './support/pdfPages';
import { readIcs } from './support/readIcs';
import { CONFIDENTIAL_MARKER, PROTECTED_DISPLAY_NAME, PROTECTED_FULL_NAME, recordedMeetingIn } from './support/recordedMeeting';
import { unzip } from './support/unzip';

/** Every cell of the first sheet, row by row, as exceljs (not our writer) reads the file. */
async function sheetRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '')))),
  );
  return rows;
}

const pdfOf = (bytes: Uint8Array) => squeezed(pdfPages(bytes).join('\n'));

async function heldMeeting(subject: DeskUnderTest) {
  subject.t.clock.now = new Date('2026-03-20T12:00:00Z');
  return recordedMeetingIn({ t: subject.t, ...(await deskRoster(subject)) });
}

describeEachDesk('every export on the storage engine', (subject) => {
  it('the roster: CSV and XLSX read back, the protected advisor by display name unless chosen in full, noted in the history', async () => {
    const { t } = subject;
    await deskRoster(subject);
    const csv = await runExport(t, { kind: 'roster', format: 'csv' });
    expect(csv.fileName).toMatch(/roster \d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('Rosa Muñoz');
    expect(text).toContain(PROTECTED_DISPLAY_NAME);
    expect(text).not.toContain(PROTECTED_FULL_NAME);
    expect(text).not.toContain('j@example.org');

    const xlsx = await runExport(t, { kind: 'roster', format: 'xlsx', protectedMembers: 'include' } as ExportRequest);
    expect(xlsx.fileName).toContain('(includes protected identities)');
    const rows = await sheetRows(xlsx.bytes);
    const [headers, ...body] = rows;
    expect(headers?.slice(0, 2)).toEqual(['Organization', 'Sector']);
    const name = headers?.indexOf('Name') ?? -1;
    expect(body.map((row) => row[name])).toEqual(expect.arrayContaining(['Rosa Muñoz', 'Ben Okafor', 'Cy Dee', PROTECTED_FULL_NAME]));
    expect(JSON.stringify(body)).toContain('j@example.org');

    const leftOut = (await runExport(t, { kind: 'roster', format: 'csv', protectedMembers: 'leave-out' } as ExportRequest)).bytes.toString('utf8');
    expect(leftOut).not.toContain(PROTECTED_DISPLAY_NAME);
    const history = await deskAudit(subject);
    expect(history.filter((entry) => entry.entity === 'roster' && entry.action === 'exported').map((entry) => entry.changes)).toEqual(
      expect.arrayContaining([expect.objectContaining({ protectedMembers: 'include' }), expect.objectContaining({ protectedMembers: 'leave-out' })]),
    );
  }, 120_000);

  it('the meeting record: PDF and DOCX without the confidential notes unless chosen, then labelled; the bundle of a date range', async () => {
    const { t, meeting } = await heldMeeting(subject);
    const plain = await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'pdf' });
    const plainText = pdfOf(plain.bytes);
    expect(plainText).toContain('March coalition meeting');
    expect(plainText).toContain('Adopt the runaway protocol with the 24-hour rule.');
    expect(plainText).toContain(PROTECTED_DISPLAY_NAME);
    expect(plainText).not.toContain(CONFIDENTIAL_MARKER);
    expect(plainText).not.toContain(PROTECTED_FULL_NAME);
    expect(plain.fileName).not.toContain('CONFIDENTIAL');

    const chosen = await runExport(t, { kind: 'meeting-record', meetingId: meeting.id, format: 'docx', includeConfidential: true });
    expect(chosen.fileName).toContain('(CONFIDENTIAL)');
    expect(readDocx(chosen.bytes).everything).toContain(CONFIDENTIAL_MARKER);
    const history = await t.call('meetings.get', { id: meeting.id });
    expect(history.history.map((entry) => entry.action)).toContain('record exported with confidential notes');

    const day = meeting.startsAt.slice(0, 10);
    const bundle = pdfOf((await runExport(t, { kind: 'meetings-bundle', scope: { by: 'dates', from: day, to: day } })).bytes);
    expect(bundle).toContain('March coalition meeting');
    expect(bundle).not.toContain(CONFIDENTIAL_MARKER);
  }, 180_000);

  it('calendars: the meeting as an event without its notes, and the action items’ due dates', async () => {
    const { t, meeting } = await heldMeeting(subject);
    const meetingFile = await runExport(t, { kind: 'meeting-calendar', meetingId: meeting.id });
    const calendar = readIcs(meetingFile.bytes.toString('utf8'));
    expect(calendar.events.map((event) => event.summary)).toEqual(['March coalition meeting']);
    expect(calendar.events[0]?.description).toContain('Runaway protocol');
    expect(meetingFile.bytes.toString('utf8')).not.toContain(CONFIDENTIAL_MARKER);

    const due = readIcs((await runExport(t, { kind: 'due-dates-calendar', query: { sort: { field: 'dueOn', direction: 'asc' } } })).bytes.toString('utf8'));
    expect(due.events.map((event) => [event.summary, event.start])).toEqual([
      ['Due: Send the protocol to shelters', '2026-04-01'],
      ['Due: Book the training room', '2026-04-15'],
    ]);
    expect(due.events[0]?.description).toContain(`Owner: ${PROTECTED_DISPLAY_NAME}`);
  }, 120_000);

  it('the action items list, the digests and the email draft: owners by shown name', async () => {
    const { t, members } = await heldMeeting(subject);
    const list = await sheetRows((await runExport(t, { kind: 'action-items', format: 'xlsx', query: {} })).bytes);
    expect(list[0]?.slice(0, 2)).toEqual(['Title', 'Status']);
    expect(
      list
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(['Book the training room', 'Send the protocol to shelters']);
    expect(JSON.stringify(list)).toContain(PROTECTED_DISPLAY_NAME);
    expect(JSON.stringify(list)).not.toContain(PROTECTED_FULL_NAME);

    const digests = (await runExport(t, { kind: 'member-digests', format: 'txt' })).bytes.toString('utf8');
    expect(digests).toContain('Send the protocol to shelters');
    expect(digests).toContain(PROTECTED_DISPLAY_NAME);
    expect(digests).not.toContain(PROTECTED_FULL_NAME);
    const pdf = pdfOf((await runExport(t, { kind: 'member-digests', format: 'pdf', memberId: members.advisor.id })).bytes);
    expect(pdf).toContain('Send the protocol to shelters');
    expect(pdf).not.toContain('Book the training room');

    const draft = await t.call('digests.emailDraft', { memberId: members.advisor.id });
    expect(draft).toMatchObject({ recipientName: PROTECTED_DISPLAY_NAME, hasAddress: false });
    expect(draft.body).toContain('Send the protocol to shelters');
  }, 120_000);

  it('the consultation report (PDF, CSV zip) and the compliance summary: meetings held in the period, notes never', async () => {
    const { t } = await heldMeeting(subject);
    const period = { from: '2026-01-01', to: '2026-12-31' };
    const pdf = pdfOf((await runExport(t, { kind: 'consultation-report', ...period, format: 'pdf' })).bytes);
    expect(pdf).toContain('Consultation report');
    expect(pdf).toContain('March coalition meeting');
    expect(pdf).not.toContain(CONFIDENTIAL_MARKER);

    const zip = await runExport(t, { kind: 'consultation-report', ...period, format: 'csv' });
    const files = unzip(zip.bytes);
    expect([...files.keys()].sort()).toEqual(['meetings.csv', 'summary by sector.csv']);
    expect(files.get('meetings.csv')).toContain('March coalition meeting');
    expect([...files.values()].join('\n')).not.toContain(CONFIDENTIAL_MARKER);

    const summary = await runExport(t, { kind: 'compliance-summary', ...period });
    expect(summary.fileName).toMatch(/compliance summary 2026-01-01 to 2026-12-31 \d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfOf(summary.bytes);
    expect(text).toContain('Compliance summary');
    expect(text).toContain('March coalition meeting');
    expect(text).not.toContain(CONFIDENTIAL_MARKER);
  }, 120_000);
});
