import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { DATASET_TODAY, insertActionItemsDataset } from '../../bench/actionItemsBench';
import { insertDirectoryDataset } from '../../bench/directoryDataset';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { browserHostServices } from '../../main/app/hostServices';
import type { RowFeed, TableRow } from '../../main/export/exportJob';
import { readUnsealed, saveUnsealed } from '../../main/export/sealedFile';
import type { TableModel } from '../../main/export/tableFile';
import { parseCsv } from '../../main/import/csvParser';
import { ExportJobs, ROWS_PER_CHUNK } from '../../main/services/exportJobs';
import { removeStartLeftovers } from '../../main/workspace/crashLeftovers';
import { runExport, settled, testExportWorkerFile } from './support/exportJobs';
import { withStoredDatabase } from './support/directoryInputs';
import { createTestWorkspace, tempDir, testDesk } from './support/testDesk';

const ITEMS = 20_000;
const jobsToClose: ExportJobs[] = [];
afterEach(() => jobsToClose.splice(0).forEach((jobs) => jobs.forgetAll()));

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

function csvRows(bytes: Uint8Array): string[][] {
  const parsed = parseCsv(bytes);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.csv.rows.map((row) => row.cells);
}

/** Export jobs on the real worker, their files in a scratch folder the test can look into. */
function jobsIn(scratch: string): ExportJobs {
  const jobs = new ExportJobs(testExportWorkerFile, undefined, () => scratch);
  jobsToClose.push(jobs);
  return jobs;
}

/** A list of `total` rows fed in chunks; records each chunk's size and how many rows the worker had taken when asked. */
function countingFeed(jobs: ExportJobs, total: number | null) {
  const record = { jobId: '', handed: [] as number[], takenWhenAsked: [] as number[] };
  let next = 0;
  const feed: RowFeed = async (most) => {
    await Promise.resolve();
    const status = jobs.status(record.jobId);
    record.takenWhenAsked.push(status.state === 'running' ? status.done : -1);
    const count = total === null ? most : Math.min(most, total - next);
    const rows: TableRow[] = Array.from({ length: count }, (_, index) => [
      `Row ${next + index}`,
      `2026-03-${String(((next + index) % 28) + 1).padStart(2, '0')}`,
    ]);
    next += count;
    record.handed.push(count);
    return rows;
  };
  return { feed, record };
}

const fedTable = (fedRows: number): TableModel => ({
  sheetName: 'Rows',
  headers: ['Name', 'Due'],
  rows: [],
  fedRows,
  dateColumns: [false, true],
  dateStyle: 'medium',
});

describe('a long list streams to the export worker', () => {
  it.each(['csv', 'xlsx'] as const)(
    'hands the %s writer chunks of at most 1,000 rows, reading at most two chunks ahead of what it has taken',
    async (format) => {
      const jobs = jobsIn(tempDir());
      const total = 5_500;
      const { feed, record } = countingFeed(jobs, total);
      record.jobId = jobs.start({
        renderer: `table-${format}`,
        model: fedTable(total),
        feed,
        fileName: `rows.${format}`,
        mimeType: 'application/octet-stream',
      });
      await until(() => jobs.status(record.jobId).state !== 'running');
      expect(jobs.status(record.jobId).state).toBe('finished');

      expect(ROWS_PER_CHUNK).toBe(1000);
      expect(record.handed).toEqual([1000, 1000, 1000, 1000, 1000, 500, 0]);
      // When the backend reads chunk c, the worker has already taken every chunk before c - 1: it never reads further ahead.
      record.takenWhenAsked.forEach((taken, chunk) => expect(taken).toBeGreaterThanOrEqual(Math.max(0, (chunk - 1) * ROWS_PER_CHUNK)));

      const bytes = await readUnsealed(jobs.result(record.jobId).file);
      if (format === 'csv') {
        const rows = csvRows(bytes);
        expect(rows).toHaveLength(total);
        expect(rows[0]).toEqual(['Row 0', '2026-03-01']);
        expect(rows.at(-1)).toEqual([`Row ${total - 1}`, '2026-03-12']);
      } else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Rows');
        expect(sheet?.rowCount).toBe(total + 1);
        expect(sheet?.autoFilter).toBe(`A1:B${total + 1}`);
        expect(sheet?.getCell(`A${total + 1}`).value).toBe(`Row ${total - 1}`);
        expect(sheet?.getCell(`B${total + 1}`).value).toEqual(new Date('2026-03-12T00:00:00Z'));
      }
    },
  );

  it('cancelled mid-stream, stops the worker and removes the file it was writing', async () => {
    const scratch = tempDir();
    const jobs = jobsIn(scratch);
    const { feed, record } = countingFeed(jobs, null); // a list that never ends: only the cancel stops it
    record.jobId = jobs.start({ renderer: 'table-csv', model: fedTable(1_000_000), feed, fileName: 'rows.csv', mimeType: 'text/csv' });
    const partial = path.join(scratch, `${record.jobId}.sealed`);
    await until(() => fs.existsSync(partial) && fs.statSync(partial).size > 0);
    jobs.cancel(record.jobId);

    expect(jobs.status(record.jobId)).toEqual({ state: 'cancelled' });
    expect(() => jobs.result(record.jobId)).toThrow('not ready');
    await until(() => fs.readdirSync(scratch).length === 0);
  });

  it('keeps a finished file sealed on disk, not readable there, until the workspace locks', async () => {
    const scratch = tempDir();
    const jobs = jobsIn(scratch);
    const secret = 'Ptxmark Rosa Muñoz, shelter address';
    const id = jobs.start({
      renderer: 'table-csv',
      model: { sheetName: 'S', headers: ['Name'], rows: [[secret]], dateStyle: 'medium' },
      fileName: 'a.csv',
      mimeType: 'text/csv',
    });
    await until(() => jobs.status(id).state === 'finished');
    const [stored] = fs.readdirSync(scratch);
    expect(stored).toBe(`${id}.sealed`);
    expect(fs.statSync(path.join(scratch, stored!)).mode & 0o077).toBe(0);
    const onDisk = fs.readFileSync(path.join(scratch, stored!));
    expect(onDisk.includes(Buffer.from('Ptxmark'))).toBe(false);
    expect((await readUnsealed(jobs.result(id).file)).toString('utf8')).toContain(secret);

    jobs.forgetAll();
    await until(() => !fs.existsSync(scratch));
  });

  it('refuses a sealed file changed on disk, and the save leaves nothing beside the destination', async () => {
    const jobs = jobsIn(tempDir());
    const id = jobs.start({
      renderer: 'table-csv',
      model: { sheetName: 'S', headers: ['Name'], rows: [['Casa Muñoz']], dateStyle: 'medium' },
      fileName: 'a.csv',
      mimeType: 'text/csv',
    });
    await until(() => jobs.status(id).state === 'finished');
    const { file } = jobs.result(id);
    const bytes = fs.readFileSync(file.path);
    bytes[bytes.length - 1]! ^= 1;
    fs.writeFileSync(file.path, bytes);
    const folder = tempDir();
    await expect(saveUnsealed(file, path.join(folder, 'a.csv'))).rejects.toThrow();
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it("removes a gone process's export folder at start, and keeps a running one's", () => {
    const tempRoot = tempDir();
    const realTmpdir = process.env.TMPDIR;
    process.env.TMPDIR = tempRoot;
    try {
      const gonePid = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
      const gone = path.join(tempRoot, `coalition-desk-export-${gonePid}-Ab12Cd`);
      const running = path.join(tempRoot, `coalition-desk-export-${process.ppid}-Ef34Gh`);
      for (const folder of [gone, running]) {
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'x.sealed'), 'sealed');
        fs.utimesSync(folder, new Date('2020-01-01'), new Date('2020-01-01'));
      }
      removeStartLeftovers(tempDir());
      expect(fs.existsSync(gone)).toBe(false);
      expect(fs.existsSync(running)).toBe(true);
    } finally {
      if (realTmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = realTmpdir;
    }
  });
});

describe('20,000 action items exported', () => {
  it('writes every row, in the list order, to CSV (downloaded) and XLSX (saved where the person chose, atomically)', async () => {
    const saveFolder = tempDir();
    const chosen = path.join(saveFolder, 'Action items.xlsx');
    const t = testDesk(tempDir(), { ...browserHostServices, chooseSavePath: async () => chosen, showInFolder: () => undefined });
    const { workspace } = await createTestWorkspace(t);
    t.clock.now = new Date(`${DATASET_TODAY}T12:00:00Z`);
    await withStoredDatabase(t, workspace.path, async (db) => {
      await insertDirectoryDataset(sqlcipherEngine(db), { organizations: 40, members: 300 }, t.clock.now.toISOString());
      insertActionItemsDataset(db, ITEMS, t.clock.now.toISOString());
    });
    const query = { sort: { field: 'title', direction: 'asc' } } as const;
    const firstPage = (await t.call('actions.query', { ...query, offset: 0, limit: 50 })).rows.map((item) => item.title);
    const lastPage = (await t.call('actions.query', { ...query, offset: ITEMS - 50, limit: 50 })).rows.map((item) => item.title);

    const csv = csvRows((await runExport(t, { kind: 'action-items', format: 'csv', query })).bytes);
    expect(csv).toHaveLength(ITEMS);
    expect(new Set(csv.map((row) => row[0])).size).toBe(ITEMS);
    expect(csv.slice(0, 50).map((row) => row[0])).toEqual(firstPage);
    expect(csv.slice(-50).map((row) => row[0])).toEqual(lastPage);

    const { jobId } = await t.call('exports.start', { kind: 'action-items', format: 'xlsx', query });
    expect((await settled(t, jobId)).state).toBe('finished');
    expect(await t.call('exports.save', { jobId })).toEqual({ path: chosen });
    expect(fs.readdirSync(saveFolder)).toEqual(['Action items.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(chosen);
    const sheet = workbook.getWorksheet('Action items');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.rowCount).toBe(ITEMS + 1);
    expect(sheet.autoFilter).toBe(`A1:M${ITEMS + 1}`);
    expect(sheet.getCell(`A${ITEMS + 1}`).value).toBe(lastPage.at(-1));
    const due = csv.findIndex((row) => row[3] !== '');
    expect(sheet.getCell(`D${due + 2}`).value).toEqual(new Date(`${csv[due]![3]}T00:00:00Z`));
  }, 240_000);
});
