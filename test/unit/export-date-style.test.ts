import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../shared/contract';
import { readDocx } from './support/docxText';
import { runExport } from './support/exportJobs';
import { readIcs } from './support/readIcs';
import { memberInput } from './support/directoryInputs';
import { meetingCoalition, meetingInput } from './support/meetingInputs';
import { pdfPages, squeezed } from './support/pdfPages';
import { unzip } from './support/unzip';

/**
 * Every date a person reads, in every kind and format of export, follows the date style chosen in Settings (here
 * "long": "March 12, 2026"). ISO dates (2026-03-12) stay only where a machine reads them: CSV date columns and
 * file names. XLSX dates are real date cells, shown in the style. A new ISO date in human text fails here.
 */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
const isoDatesIn = (text: string) => text.match(ISO_DATE) ?? [];
const pdfinfoTitle = (bytes: Uint8Array) =>
  execFileSync('pdfinfo', ['-'], { input: bytes })
    .toString('utf8')
    .match(/^Title:\s+(.*)$/m)?.[1] ?? '';

/** A monthly series in March 2026 with an item carried over, approved minutes, action items and a member with dates. */
async function coalitionInLongStyle() {
  const { t, members } = await meetingCoalition();
  await t.call('preferences.setDateStyle', { dateStyle: 'long' });
  await t.call('directory.createMember', memberInput({ fullName: 'Dana Long', email: 'dana@example.org', startOn: '2025-01-15' }));
  const first = await t.call(
    'meetings.create',
    meetingInput({ title: 'Monthly', videoLink: 'https://meet.example.org/monthly', recurrence: { frequency: 'weekly', interval: 1, count: 2 } }),
  );
  const second = (await t.call('meetings.get', { id: first.id })).nextInSeries?.id ?? '';
  const attendees = await t.call('attendance.invite', { meetingId: first.id, memberIds: [members.rosa.id, members.ben.id] });
  for (const attendee of attendees) await t.call('attendance.mark', { id: attendee.id, status: 'present' });
  await t.call('agenda.addItem', { meetingId: first.id, title: 'Outreach plan', timeboxMinutes: 10 });
  await t.call('meetings.start', { id: first.id });
  await t.call('decisions.record', { meetingId: first.id, text: 'Print the hotline posters.', outcome: 'consensus' });
  await t.call('actions.create', { title: 'Call the shelters', ownerId: members.rosa.id, dueOn: '2026-03-20', sourceMeetingId: first.id });
  await t.call('meetings.finish', { id: first.id });
  await t.call('meetings.start', { id: second });
  await t.call('meetings.approveMinutes', { id: first.id, atMeetingId: second });
  await t.call('actions.create', { title: 'Send the minutes', ownerId: members.rosa.id, dueOn: '2026-03-25', sourceMeetingId: second });
  await t.call('meetings.finish', { id: second });
  return { t, members, first, second };
}

async function xlsxCells(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
  return cells;
}

describe('dates in every export follow the date style chosen in Settings', () => {
  it('PDF, DOCX, text, email and calendar exports write no ISO date a person reads', async () => {
    const { t, members, first, second } = await coalitionInLongStyle();
    const human: Array<[string, string]> = [];
    const pdf = async (request: ExportRequest) => {
      const file = await runExport(t, request);
      human.push([`${request.kind} pdf`, squeezed(pdfPages(file.bytes).join('\n'))], [`${request.kind} pdf title`, pdfinfoTitle(file.bytes)]);
      return file;
    };
    await pdf({ kind: 'meeting-record', meetingId: second, format: 'pdf' });
    await pdf({ kind: 'meetings-bundle', scope: { by: 'series', seriesId: first.seriesId ?? '' } } as ExportRequest);
    await pdf({ kind: 'consultation-report', from: '2026-03-01', to: '2026-03-31', format: 'pdf' });
    await pdf({ kind: 'member-digests', format: 'pdf' } as ExportRequest);
    const docx = readDocx((await runExport(t, { kind: 'meeting-record', meetingId: second, format: 'docx' })).bytes);
    human.push(['meeting-record docx', docx.everything]);
    human.push(['member-digests txt', (await runExport(t, { kind: 'member-digests', format: 'txt' } as ExportRequest)).bytes.toString('utf8')]);
    const draft = await t.call('digests.emailDraft', { memberId: members.rosa.id });
    human.push(['email draft', `${draft.subject}\n${draft.body}`]);
    for (const request of [
      { kind: 'meeting-calendar', meetingId: second, scope: 'meeting' },
      { kind: 'meeting-calendar', meetingId: first.id, scope: 'series' },
      { kind: 'due-dates-calendar', query: {} },
    ]) {
      const calendar = readIcs((await runExport(t, request as ExportRequest)).bytes.toString('utf8'));
      human.push([
        `${request.kind} ics`,
        [calendar.name, ...calendar.events.flatMap((event) => [event.summary, event.description, event.location])].join('\n'),
      ]);
    }

    const all = human.map(([what, text]) => `${what}: ${text}`).join('\n');
    // What the text says, in the long style: the record's carried-over line, the standard item, the digests' dates.
    expect(all).toContain('Carried over from Thu, March 12, 2026');
    expect(all).toContain('Approve minutes of Monthly (March 12, 2026)');
    expect(all).toMatch(/Call the shelters March 20, 2026/);
    expect(all).toContain('- Call the shelters: due March 20, 2026');
    expect(all).toContain('Period March 1, 2026 to March 31, 2026');
    expect(all).toContain('consultation-report pdf title: Consultation report March 1, 2026 to March 31, 2026');
    expect(all).toContain('When: Thu, March 19, 2026, 10:00 AM');
    expect(all).toContain('Monthly, Thu, March 19, 2026');
    for (const [what, text] of human) expect({ what, iso: isoDatesIn(text) }).toEqual({ what, iso: [] });
  });

  it('XLSX: dates are real date cells shown in the style, and no text cell holds an ISO date', async () => {
    const { t } = await coalitionInLongStyle();
    const files = [
      (await runExport(t, { kind: 'action-items', query: {}, format: 'xlsx' } as ExportRequest)).bytes,
      (await runExport(t, { kind: 'roster', format: 'xlsx', protectedMembers: 'display-name' })).bytes,
    ];
    const cells = (await Promise.all(files.map(xlsxCells))).flat();
    const dates = cells.filter((cell) => cell.value instanceof Date);
    expect(dates.map((cell) => (cell.value as Date).toISOString().slice(0, 10))).toEqual(
      expect.arrayContaining(['2026-03-20', '2026-03-25', '2026-03-12', '2026-03-19']),
    );
    for (const cell of dates) expect(cell.numFmt).toBe('mmmm d, yyyy');
    expect(cells.filter((cell) => typeof cell.value === 'string' && isoDatesIn(cell.value).length > 0).map((cell) => cell.value)).toEqual([]);
  });

  it('CSV: date columns stay ISO for machines, and prose columns follow the style', async () => {
    const { t } = await coalitionInLongStyle();
    const actionItems = (await runExport(t, { kind: 'action-items', query: {}, format: 'csv' } as ExportRequest)).bytes.toString('utf8');
    expect(actionItems).toMatch(/Call the shelters,Open,Normal,2026-03-20,/);
    const report = unzip((await runExport(t, { kind: 'consultation-report', from: '2026-03-01', to: '2026-03-31', format: 'csv' })).bytes);
    const meetings = report.get('meetings.csv') ?? '';
    expect(meetings).toMatch(/^\uFEFF?Date,When,/);
    expect(meetings).toContain('2026-03-12,"Thu, March 12, 2026, 10:00 AM');
  });
});
