import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCoalitionDesk } from '../main/app/createCoalitionDesk';
import { browserHostServices } from '../main/app/hostServices';
import { sectors } from '../shared/stakeholderSectors';
import { bundledExportWorker } from '../test/support/exportWorkerBundle';
import { type Row, timeMs } from './harness';

export const IMPORT_ROWS = 10_000;

export function organizationsCsv(rows: number, prefix = ''): string {
  const usable = sectors.filter((sector) => sector.id !== 'other');
  const lines = ['Organization,Sector,Kind,Involvement,Jurisdiction served,Notes'];
  for (let index = 0; index < rows; index += 1) {
    const sector = usable[index % usable.length]!;
    lines.push(`"${prefix}Agency ${index} of Riverbend, Inc.","${sector.label}",nonprofit,core,Riverbend County,"Imported for the bench, row ${index}"`);
  }
  return lines.join('\r\n');
}

/** A 10,000-row organizations CSV through the real channel (parse, preview, one-transaction commit) on an encrypted workspace. */
export async function importRows(): Promise<Row[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-bench-import-'));
  // The export worker's bundle by path: the default (beside the running bundle) has no meaning under tsx.
  const desk = createCoalitionDesk({ dataDir, host: browserHostServices, exportWorkerFile: bundledExportWorker });
  try {
    const created = await desk.router.invoke('workspace.create', { name: 'Import bench', jurisdiction: { state: 'Oregon' }, passphrase: 'bench passphrase 123', location: null });
    if (!created.ok) throw new Error(created.error.message);
    const request = { kind: 'organizations', fileName: 'bench.csv', contentBase64: Buffer.from(organizationsCsv(IMPORT_ROWS)).toString('base64') };
    let outcome: unknown;
    const preview = await timeMs(async () => (outcome = await desk.router.invoke('directory.importPreview', request)));
    const commit = await timeMs(async () => (outcome = await desk.router.invoke('directory.importCommit', request)));
    if (!(outcome as { ok: boolean }).ok) throw new Error(`import failed: ${JSON.stringify(outcome).slice(0, 300)}`);
    return [
      { operation: `import ${IMPORT_ROWS.toLocaleString('en')}-row CSV: preview`, encryptedMs: preview, plainMs: null, note: 'one run; encrypted workspace only' },
      { operation: `import ${IMPORT_ROWS.toLocaleString('en')}-row CSV: commit`, encryptedMs: commit, plainMs: null, note: 'parse + validate + one transaction' },
    ];
  } finally {
    desk.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
