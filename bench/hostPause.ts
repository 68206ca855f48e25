// `npx tsx bench/hostPause.ts`: only the host-pause rows of `npm run bench` (which takes far longer), on a workspace
// holding the same 5,000 members and 100,000 action items.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchWorkspaceWithActionItems } from './actionItemsWorkspace';
import { printReport } from './harness';
import { hostPauseRows } from './hostPauseBench';
import { locateReaderWorker } from '../main/workspace/readerWorkers';
import { bundledReaderWorker } from '../test/support/workerBundle';

const PASSPHRASE = 'bench passphrase 123';

// The backend on this thread (the arrangement as before) checks and backs up in a reader worker bundled from source, as run.ts sets it.
locateReaderWorker(bundledReaderWorker);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-bench-pause-'));
  try {
    const folder = await benchWorkspaceWithActionItems(dir, PASSPHRASE);
    const rows = await hostPauseRows(fs.mkdtempSync(path.join(dir, 'app-')), folder, PASSPHRASE);
    printReport('Longest pause of the host main thread', rows, { machine: `${os.cpus().length} cores`, load: os.loadavg()[0], node: process.version });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
