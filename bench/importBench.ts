import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCoalitionDesk } from '../main/app/createCoalitionDesk';
import { browserHostServices } from '../main/app/hostServices';
import { sectors } from '../shared/stakeholderSectors';
import { bundledExportWorker } from '../test/support/exportWorkerBundle';
import type { EventHub } from '../main/services/eventHub';
import { longestPause } from './eventLoopPause';
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

/**
 * A 10,000-row organizations CSV through the real channels (parse, preview, then the commit as a job: rows checked in
 * slices, one write transaction) on an encrypted workspace. The app runs on this thread here, so the longest pause of
 * this thread's event loop is how long the backend could not answer another call during the commit.
 */
export async function importRows(): Promise<Row[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-bench-import-'));
  // The export worker's bundle by path: the default (beside the running bundle) has no meaning under tsx.
  const desk = createCoalitionDesk({ dataDir, host: browserHostServices, exportWorkerFile: bundledExportWorker });
  try {
    const created = await desk.router.invoke('workspace.create', {
      name: 'Import bench',
      jurisdiction: { state: 'Oregon' },
      passphrase: 'bench passphrase 123',
      location: null,
    });
    if (!created.ok) throw new Error(created.error.message);
    const request = { kind: 'organizations', fileName: 'bench.csv', contentBase64: Buffer.from(organizationsCsv(IMPORT_ROWS)).toString('base64') };
    let outcome: unknown;
    const preview = await timeMs(async () => (outcome = await desk.router.invoke('directory.importPreview', request)));
    const phases = phaseTimes(desk.events);
    const cpuBefore = process.cpuUsage();
    const commit = await longestPause(async () => (outcome = await desk.router.invoke('directory.importCommit', request)));
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (!(outcome as { ok: boolean }).ok) throw new Error(`import failed: ${JSON.stringify(outcome).slice(0, 300)}`);
    const rows = IMPORT_ROWS.toLocaleString('en');
    return [
      { operation: `import ${rows}-row CSV: preview`, encryptedMs: preview, plainMs: null, note: 'one run; encrypted workspace only' },
      {
        operation: `import ${rows}-row CSV: commit (job)`,
        encryptedMs: commit.totalMs,
        plainMs: null,
        note: `CPU ${cpuMs.toFixed(0)} ms; checking in slices ${phases.checkingMs().toFixed(0)} ms, then the one write transaction ${phases.writingMs().toFixed(0)} ms`,
      },
      {
        operation: `import ${rows}-row CSV: backend's longest pause during the commit`,
        encryptedMs: commit.pauseMs,
        plainMs: null,
        note: 'event loop of the thread running the app: other calls wait at most this long',
      },
    ];
  } finally {
    desk.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** When the job started checking, started writing and ended, from its `import.job` events. */
function phaseTimes(events: EventHub) {
  const at: Partial<Record<'checking' | 'writing' | 'ended', number>> = {};
  events.subscribe((event) => {
    if (event.type !== 'import.job') return;
    const mark = event.status.state === 'running' ? event.status.progress.phase : 'ended';
    at[mark] ??= performance.now();
  });
  return {
    checkingMs: () => (at.writing ?? 0) - (at.checking ?? 0),
    writingMs: () => (at.ended ?? 0) - (at.writing ?? 0),
  };
}
