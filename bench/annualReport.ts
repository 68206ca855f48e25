// The annual report PDF (issue 14) over 5 years x 40 organizations x 30 quarterly measures, encrypted vs plain: the
// report's one read transaction (the same service code the export runs) and its rendering with vector charts, on
// this thread (the app renders in the export worker; the work is the same). Target: under 5 s.
// `npx tsx bench/annualReport.ts` runs these rows alone; `npm run bench` includes them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uuidv7 } from 'uuidv7';
import { insertMeasure } from '../main/db/dataMeasureRepository';
import { sqlcipherEngine } from '../main/db/engine/storageEngine';
import { migrate } from '../main/db/migrate';
import { migrations } from '../main/db/migrations';
import { type Db, DEFAULT_CIPHER, openEncryptedDatabase, openPlainDatabase } from '../main/db/openDatabase';
import { addWorkspaceMeta } from '../main/db/workspaceMetaRepository';
import { renderAnnualReportPdf } from '../main/export/annualReport/annualReportPdf';
import { readReport } from '../main/services/annualReport';
import type { ServiceContext } from '../main/services/serviceContext';
import { insertDirectoryDataset } from './directoryDataset';
import { type Row, medianMs, printReport } from './harness';

const YEARS = [2021, 2022, 2023, 2024, 2025];
const ORGANIZATIONS = 40;
const MEASURES = 30;
const RANGE = { from: '2021-01-01', to: '2025-12-31' };
const AT = '2026-01-15T12:00:00.000Z';

/** Figures from 0 to 60, about one in five small, the same on both files. */
export async function fillDataset(db: Db): Promise<void> {
  const engine = sqlcipherEngine(db);
  await addWorkspaceMeta(engine.db, { id: uuidv7(), name: 'Bench coalition', jurisdictionState: 'Oregon', jurisdictionRegion: 'Lane County', createdAt: AT });
  await insertDirectoryDataset(engine, { organizations: ORGANIZATIONS, members: 200 }, AT);
  const organizationIds = (await engine.db.selectFrom('organizations').select('id').orderBy('id').execute()).map((row) => row.id);
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  await engine.transaction(async (trx) => {
    for (let measure = 0; measure < MEASURES; measure += 1) {
      const id = uuidv7();
      await insertMeasure(
        trx,
        { id, setId: 'custom', builtinKey: null, position: measure },
        {
          name: `Measure ${measure + 1} counted by partners`,
          definition: 'Youth counted under the coalition’s shared definition.',
          unit: 'youth',
          period: 'quarterly',
          sectors: [],
          breakdowns: [],
          within24hOf: null,
        },
        AT,
      );
      // One multi-row insert per measure (800 rows): the setup is not what is measured.
      const rows = organizationIds.flatMap((organizationId) =>
        YEARS.flatMap((year) =>
          [1, 2, 3, 4].map((quarter) => ({
            organization_id: organizationId,
            measure_id: id,
            period: `${year}-Q${quarter}`,
            total: next() % 61,
            breakdown: '{}',
            definition_version: 1,
            entered_at: AT,
            entered_by: 'bench',
          })),
        ),
      );
      await trx.insertInto('data_figures').values(rows).execute();
    }
  });
}

/** Only what the report's read asks of a context: the clock and the profile (no session, no jobs). */
const benchContext = { now: () => new Date(AT), profile: 'bench' } as unknown as ServiceContext;

async function reportMs(db: Db, repeats: number): Promise<{ ms: number; cpuMs: number; pages: number; bytes: number }> {
  const engine = sqlcipherEngine(db);
  let bytes: Uint8Array = new Uint8Array();
  const cpu: number[] = [];
  const ms = await medianMs(repeats, async () => {
    const before = process.cpuUsage();
    const model = await engine.transaction((trx) => readReport(benchContext, trx, RANGE, { coverage: [], threshold: 10 }));
    bytes = await renderAnnualReportPdf(model, () => undefined);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  });
  const cpuMs = [...cpu].sort((a, b) => a - b)[Math.floor(cpu.length / 2)] ?? 0;
  await engine.close();
  const pages = (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
  return { ms, cpuMs, pages, bytes: bytes.length };
}

export async function annualReportRows(repeats: number): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-annual-report-bench-'));
  const encrypted = openEncryptedDatabase(path.join(dir, 'encrypted.db'), crypto.randomBytes(32), DEFAULT_CIPHER);
  const plain = openPlainDatabase(path.join(dir, 'plain.db'), DEFAULT_CIPHER.pageSize);
  try {
    for (const db of [encrypted, plain]) {
      migrate(db, migrations, { backupBeforeMigrating: () => undefined });
      await fillDataset(db);
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
    const onEncrypted = await reportMs(encrypted, repeats);
    const onPlain = await reportMs(plain, repeats);
    const figures = YEARS.length * 4 * ORGANIZATIONS * MEASURES;
    return [
      {
        operation: `annual report PDF: ${YEARS.length} years x ${ORGANIZATIONS} organizations x ${MEASURES} measures (${figures.toLocaleString('en-US')} figures), read + render`,
        encryptedMs: onEncrypted.ms,
        plainMs: onPlain.ms,
        note: `target < 5,000 ms; CPU ${Math.round(onEncrypted.cpuMs)} ms encrypted, ${Math.round(onPlain.cpuMs)} ms plain; ${onEncrypted.pages} pages, ${Math.round(onEncrypted.bytes / 1024)} KiB, vector charts`,
      },
    ];
  } finally {
    encrypted.close();
    plain.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function alone(): Promise<void> {
  printReport('Annual report', await annualReportRows(3), { pageSize: DEFAULT_CIPHER.pageSize });
}

if (process.argv[1]?.endsWith(`bench${path.sep}annualReport.ts`)) {
  alone().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
