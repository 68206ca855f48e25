import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadAudit } from '../../main/db/auditRepository';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { parseCsv } from '../../main/import/csvParser';
import { withStoredDatabase } from './support/directoryInputs';
import { runExport, settled } from './support/exportJobs';
import { actionItemsCoalition } from './support/meetingRows';

function csvTable(bytes: Buffer): { headers: string[]; rows: string[][] } {
  const parsed = parseCsv(bytes);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { headers: parsed.csv.headers, rows: parsed.csv.rows.map((row) => row.cells) };
}

async function coalitionWithItems() {
  const coalition = await actionItemsCoalition();
  const { t, members, meetingId } = coalition;
  await t.call('actions.create', { title: 'Draft the runaway protocol', dueOn: '2026-03-01', ownerId: members.rosa.id, sourceMeetingId: meetingId });
  await t.call('actions.create', { title: '=HYPERLINK("http://evil.example","click")', dueOn: '2026-03-20', ownerId: members.ben.id, priority: 'high' });
  await t.call('actions.create', { title: 'Ask the advisors about outreach', dueOn: '2026-04-02', ownerId: members.advisor.id });
  const done = await t.call('actions.create', { title: 'Book the training room', dueOn: '2026-02-10', ownerId: members.rosa.id });
  await t.call('actions.setStatus', { id: done.id, status: 'done' });
  return coalition;
}

describe('exporting action items', () => {
  it('writes the filtered list to CSV in a worker, neutralising formulas, with owners by their shown name', async () => {
    const { t, members } = await coalitionWithItems();
    const file = await runExport(t, { kind: 'action-items', format: 'csv', query: { statuses: ['open'], sort: { field: 'title', direction: 'asc' } } });
    expect(file.fileName).toBe('Riverside Youth Safety Coalition action items 2026-03-04.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    const { headers, rows } = csvTable(file.bytes);
    expect(headers.slice(0, 7)).toEqual(['Title', 'Status', 'Priority', 'Due', 'Overdue', 'Owner', 'Organization']);
    expect(rows.map((row) => row[0])).toEqual(['\'=HYPERLINK("http://evil.example","click")', 'Ask the advisors about outreach', 'Draft the runaway protocol']);
    expect(rows[2]).toEqual(
      expect.arrayContaining(['Open', 'Normal', '2026-03-01', 'Yes', 'Rosa Muñoz', 'Lane County Child Welfare', 'March coalition meeting']),
    );
    expect(rows[1]?.[5]).toBe('Youth Advisor J');
    expect(file.bytes.toString('utf8')).not.toContain('Jordan Hidden');

    const byOwner = await runExport(t, { kind: 'action-items', format: 'csv', query: { ownerId: members.rosa.id } });
    expect(csvTable(byOwner.bytes).rows.map((row) => row[0])).toEqual(['Book the training room', 'Draft the runaway protocol']);
  });

  it('writes XLSX that a spreadsheet library reads back, and notes each export in the history', async () => {
    const { t, workspace } = await coalitionWithItems();
    const file = await runExport(t, { kind: 'action-items', format: 'xlsx', query: { overdue: true } });
    expect(file.fileName.endsWith('.xlsx')).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Action items');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Title');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(1).value).toBe('Draft the runaway protocol');

    const history = await withStoredDatabase(t, workspace.path, async (db) =>
      (await loadAudit(sqlcipherEngine(db).db)).filter((entry) => entry.entity === 'export'),
    );
    expect(history.map((entry) => entry.action)).toEqual(['export prepared']);
  });

  it("gives each item's meeting date as that meeting's own calendar shows it, not the UTC date", async () => {
    const { t, members } = await actionItemsCoalition();
    const evening = await t.call('meetings.create', {
      title: 'Evening partners meeting',
      kind: 'full-coalition',
      startsAt: '2026-03-03T19:00',
      timeZone: 'America/Los_Angeles',
      durationMinutes: 90,
    });
    await t.call('actions.create', { title: 'Send the evening notes', dueOn: '2026-03-10', ownerId: members.rosa.id, sourceMeetingId: evening.id });
    const { headers, rows } = csvTable((await runExport(t, { kind: 'action-items', format: 'csv', query: {} })).bytes);
    const row = rows.find((cells) => cells[0] === 'Send the evening notes');
    expect(row?.[headers.indexOf('Meeting date')]).toBe('2026-03-03');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await runExport(t, { kind: 'action-items', format: 'xlsx', query: {} })).bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Action items');
    const column = headers.indexOf('Meeting date') + 1;
    const xlsxRow = sheet?.getRows(2, (sheet?.rowCount ?? 1) - 1)?.find((candidate) => candidate.getCell(1).value === 'Send the evening notes');
    expect((xlsxRow?.getCell(column).value as Date).toISOString().slice(0, 10)).toBe('2026-03-03');
  });

  it('answers bad requests with VALIDATION and starts nothing', async () => {
    const { t } = await coalitionWithItems();
    expect((await t.fail('exports.start', { kind: 'action-items', format: 'pdf' })).code).toBe('VALIDATION');
    expect((await t.fail('exports.start', { kind: 'no-such-export' })).code).toBe('VALIDATION');
    expect((await t.fail('exports.status', { jobId: '01900000-0000-7000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });
});

describe('export jobs', () => {
  it('forgets finished files and refuses to reveal unsaved paths when the workspace locks', async () => {
    const { t } = await coalitionWithItems();
    const { jobId } = await t.call('exports.start', { kind: 'action-items', format: 'csv', query: {} });
    expect((await settled(t, jobId)).state).toBe('finished');
    expect((await t.fail('exports.showInFolder', { path: '/etc/passwd' })).code).toBe('NOT_FOUND');
    expect((await t.fail('exports.save', { jobId })).code).toBe('UNSUPPORTED');
    await t.call('workspace.lock', {});
    expect((await t.fail('exports.download', { jobId })).code).toBe('NOT_FOUND');
  });
});
