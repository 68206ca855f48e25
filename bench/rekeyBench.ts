import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChannelOutput } from '../shared/contract';
import { createCoalitionDesk } from '../main/app/createCoalitionDesk';
import { browserHostServices } from '../main/app/hostServices';
import { FAST_TEST_SCRYPT_COST } from '../main/workspace/kdf';
import { closeWorkspace, openWorkspace } from '../main/workspace/openWorkspace';
import { generateRecoveryCode } from '../main/workspace/recoveryCodeGenerator';
import { applyRekey, prepareRekey } from '../main/workspace/rekeyWorkspace';
import { unlockDataKey } from '../main/workspace/unlockDataKey';
import { type WorkspaceFiles, workspaceFiles } from '../main/workspace/workspaceFiles';
import { bigWorkspace } from './bigWorkspace';
import { type Row, timeMs } from './harness';

const PASSPHRASE = 'bench passphrase for the re-key';
/** The big workspace's size; BENCH_REKEY_MB=0 leaves it out. */
const BIG_MB = Number(process.env.BENCH_REKEY_MB ?? 200);
const now = () => new Date();

/**
 * Re-encrypting a whole workspace under a new key (copy, re-key, verify, swap, reopen): the part a person waits
 * for after the key derivations, which the unlock row already measures. On the year-long sample coalition and on
 * a workspace of about BIG_MB megabytes. One run each: a re-key is a rare, deliberate act.
 */
export async function rekeyRows(): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-rekey-bench-'));
  try {
    const rows = [await rekeyRow('re-key: the year-long sample coalition', await sampleWorkspace(dir))];
    if (BIG_MB > 0) rows.push(await rekeyRow(`re-key: a ${BIG_MB} MB workspace`, await bigWorkspace(dir, 'Big', BIG_MB, PASSPHRASE)));
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function rekeyRow(operation: string, files: WorkspaceFiles): Promise<Row> {
  const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', PASSPHRASE);
  const workspace = openWorkspace(files, keySlots, dataKey, { now });
  try {
    workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    const megabytes = fs.statSync(files.database).size / 1e6;
    const prepared = await prepareRekey(workspace, { passphrase: PASSPHRASE, recoveryCode: generateRecoveryCode() }, FAST_TEST_SCRYPT_COST);
    const ms = await timeMs(() => applyRekey(workspace, prepared, { now, audit: () => undefined }));
    const rate = megabytes / (ms / 1000);
    console.log(`${operation}: ${megabytes.toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s = ${rate.toFixed(1)} MB/s`);
    return { operation, encryptedMs: ms, plainMs: null, note: `${megabytes.toFixed(1)} MB, ${rate.toFixed(1)} MB/s (plus 3 key derivations)` };
  } finally {
    closeWorkspace(workspace);
  }
}

async function sampleWorkspace(dir: string): Promise<WorkspaceFiles> {
  const desk = createCoalitionDesk({ dataDir: path.join(dir, 'data'), host: browserHostServices, kdfCost: FAST_TEST_SCRYPT_COST, warmExportWorker: false });
  try {
    const result = await desk.router.invoke('workspace.createSample', { passphrase: PASSPHRASE, location: dir });
    if (!result.ok) throw new Error(`the sample coalition could not be made: ${result.error.message}`);
    return workspaceFiles((result.value as ChannelOutput<'workspace.createSample'>).workspace.path);
  } finally {
    desk.close();
  }
}
