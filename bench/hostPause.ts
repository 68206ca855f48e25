// `npx tsx bench/hostPause.ts`: only the host-pause rows of `npm run bench` (which takes far longer), on a workspace
// holding the same 5,000 members and 100,000 action items.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorkspace } from '../main/workspace/createWorkspace';
import { DEFAULT_SCRYPT_COST } from '../main/workspace/kdf';
import { closeWorkspace } from '../main/workspace/openWorkspace';
import { workspaceFiles } from '../main/workspace/workspaceFiles';
import { ACTION_ITEMS, insertActionItemsDataset } from './actionItemsBench';
import { insertDirectoryDataset } from './directoryDataset';
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
    const files = workspaceFiles(path.join(dir, 'Bench.coalition'));
    const created = await createWorkspace(files, { name: 'Bench', jurisdiction: { state: 'Oregon', region: '' }, passphrase: PASSPHRASE }, { now: () => new Date(), kdfCost: DEFAULT_SCRYPT_COST, profile: 'bench' });
    const at = new Date().toISOString();
    insertDirectoryDataset(created.workspace.db, { organizations: 1000, members: 5000 }, at);
    insertActionItemsDataset(created.workspace.db, ACTION_ITEMS, at);
    created.workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    closeWorkspace(created.workspace);
    const rows = await hostPauseRows(fs.mkdtempSync(path.join(dir, 'app-')), files.folder, PASSPHRASE);
    printReport('Longest pause of the host main thread', rows, { machine: `${os.cpus().length} cores`, load: os.loadavg()[0], node: process.version });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
