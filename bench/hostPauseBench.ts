import { createCoalitionDesk } from '../main/app/createCoalitionDesk';
import { browserHostServices } from '../main/app/hostServices';
import { connectBackend } from '../main/backend/backendClient';
import { spawnWorkerBackend } from '../main/backend/workerBackend';
import type { Router } from '../main/rpc/router';
import { bundledBackend, bundledExportWorker } from '../test/support/exportWorkerBundle';
import { bundledReaderWorker } from '../test/support/workerBundle';
import { ACTION_ITEMS } from './actionItemsBench';
import type { Row } from './harness';
import { longestPause } from './eventLoopPause';
import { IMPORT_ROWS, organizationsCsv } from './importBench';

interface Arrangement {
  name: string;
  router: Router;
  close(): Promise<void> | void;
}

/** The app as the hosts now run it: the backend in a worker thread, this thread only relaying. */
export function inWorker(dataDir: string): Arrangement & { ready: Promise<void> } {
  const backend = connectBackend({
    spawn: () => spawnWorkerBackend(bundledBackend()),
    config: { dataDir, host: browserHostServices.info, exportWorkerFile: bundledExportWorker(), readerWorkerFile: bundledReaderWorker() },
    host: browserHostServices,
  });
  return { name: 'backend in a worker', router: backend.router, close: () => backend.close(), ready: backend.ready };
}

/** The app as the hosts ran it before: the backend on the host's own thread. */
function onHostThread(dataDir: string): Arrangement {
  const desk = createCoalitionDesk({ dataDir, host: browserHostServices, exportWorkerFile: bundledExportWorker });
  return { name: 'backend on the host thread', router: desk.router, close: () => desk.close() };
}

export async function call(router: Router, channel: string, input: unknown): Promise<unknown> {
  const result = await router.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

export async function exportAllActionItems(router: Router): Promise<void> {
  const { jobId } = (await call(router, 'exports.start', { kind: 'action-items', format: 'xlsx', query: {} })) as { jobId: string };
  for (;;) {
    const status = (await call(router, 'exports.status', { jobId })) as { state: string };
    if (status.state === 'finished') return;
    if (status.state !== 'running' && status.state !== 'waiting') throw new Error(`the bench export ended ${status.state}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The longest pause of the host's main thread (the one that draws windows or answers the lock button) during a
 * 10,000-row import commit, a backup, and a 100,000-row list export including its preparation, each measured over
 * the whole operation, with the backend in a worker against the backend on the host thread as before.
 */
export async function hostPauseRows(dataDir: string, workspacePath: string, passphrase: string): Promise<Row[]> {
  const measured: Record<string, Record<string, { pauseMs: number; totalMs: number }>> = {};
  for (const [index, arrangement] of [inWorker(dataDir), onHostThread(dataDir)].entries()) {
    if ('ready' in arrangement) await arrangement.ready;
    const { router } = arrangement;
    try {
      await call(router, 'workspace.unlock', { path: workspacePath, passphrase });
      const request = {
        kind: 'organizations',
        fileName: 'bench.csv',
        contentBase64: Buffer.from(organizationsCsv(IMPORT_ROWS, `Run ${index} `)).toString('base64'),
      };
      await call(router, 'directory.importPreview', request);
      measured[arrangement.name] = {
        import: await longestPause(() => call(router, 'directory.importCommit', request)),
        backup: await longestPause(() => call(router, 'workspace.backupNow', {})),
        export: await longestPause(() => exportAllActionItems(router)),
      };
    } finally {
      await arrangement.close();
    }
  }
  const operations = [
    ['import', `host pause: ${IMPORT_ROWS.toLocaleString('en')}-row import commit`],
    ['backup', 'host pause: backup of the bench workspace'],
    ['export', `host pause: ${ACTION_ITEMS.toLocaleString('en')}-row XLSX export, preparation included`],
  ] as const;
  const worker = measured['backend in a worker']!;
  const hostThread = measured['backend on the host thread']!;
  return operations.map(([key, operation]) => ({
    operation,
    encryptedMs: worker[key]!.pauseMs,
    plainMs: null,
    note: `longest pause with the backend in a worker, over ${worker[key]!.totalMs.toFixed(0)} ms; with it on the host thread as before: ${hostThread[key]!.pauseMs.toFixed(0)} ms`,
  }));
}
