import { monitorEventLoopDelay } from 'node:perf_hooks';
import { actionQuerySchema } from '../shared/contract';
import type { Db } from '../main/db/openDatabase';
import type { PreparedExport } from '../main/export/exportJob';
import { renderTableXlsx, type TableModel } from '../main/export/tableFile';
import { dueDatesOn } from '../main/services/actionItemsDueDates';
import { actionItemsTable } from '../main/services/actionItemsExport';
import { ExportJobs } from '../main/services/exportJobs';
import { bundledExportWorker } from '../test/support/exportWorkerBundle';
import { ACTION_ITEMS, DATASET_TODAY } from './actionItemsBench';
import { type Row, medianMs, timeMs } from './harness';

/** How long the app has between an unlock and a first export to start its spare worker: far less than a person takes. */
const WARM_UP_MS = 1000;

/**
 * Runs one export in the worker and reports how long it took and the main thread's longest pause meanwhile.
 * `warm`: as in the app after an unlock, a spare worker has loaded the renderers before the export starts;
 * otherwise the export also waits for a worker to start.
 */
export async function renderInWorker(prepared: PreparedExport, { warm = true }: { warm?: boolean } = {}): Promise<{ totalMs: number; longestPauseMs: number; bytes: Uint8Array }> {
  const jobs = new ExportJobs(bundledExportWorker);
  if (warm) {
    jobs.warmUp();
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
  }
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let bytes: Uint8Array = new Uint8Array();
  const totalMs = await timeMs(async () => {
    const id = jobs.start(prepared);
    while (jobs.status(id).state === 'running') await new Promise((resolve) => setTimeout(resolve, 10));
    if (jobs.status(id).state !== 'finished') throw new Error(`the bench export ended ${jobs.status(id).state}`);
    bytes = jobs.result(id).bytes;
  });
  delay.disable();
  jobs.forgetAll();
  return { totalMs, longestPauseMs: delay.max / 1e6, bytes };
}

/**
 * The biggest list export: every one of the 100,000 action items to XLSX. Preparing reads the workspace on the main
 * thread (encrypted against plain); rendering runs in the export worker, and the note says how long the main
 * thread, which answers the window, stood still meanwhile, against rendering on the main thread itself.
 */
export async function exportRows(dbs: { encrypted: Db; plain: Db }, repeats: number): Promise<Row[]> {
  const query = actionQuerySchema.omit({ offset: true, limit: true, groupBy: true }).parse({});
  const due = dueDatesOn(DATASET_TODAY);
  const label = ACTION_ITEMS.toLocaleString('en');
  const prepare = (db: Db) => medianMs(repeats, () => actionItemsTable(db, query, due));
  const rows: Row[] = [
    { operation: `export ${label} action items: prepare (main thread)`, encryptedMs: await prepare(dbs.encrypted), plainMs: await prepare(dbs.plain), note: 'workspace read into the table' },
  ];
  const model: TableModel = actionItemsTable(dbs.encrypted, query, due);
  const inThreadMs = await timeMs(() => renderTableXlsx(model, () => undefined));
  const { totalMs, longestPauseMs } = await renderInWorker({ renderer: 'table-xlsx', model, fileName: 'bench.xlsx', mimeType: 'application/octet-stream' });
  rows.push({
    operation: `export ${label} action items: XLSX rendered in the worker`,
    encryptedMs: totalMs,
    plainMs: null,
    note: `main thread's longest pause ${longestPauseMs.toFixed(0)} ms; on the main thread it would stand still ${inThreadMs.toFixed(0)} ms`,
  });
  return rows;
}
