import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import type { AppErrorShape } from '../../../shared/errors';
import type { CoalitionDesk } from '../../../main/app/coalitionDesk';
import { createCoalitionDesk } from '../../../main/app/createCoalitionDesk';
import { browserHostServices } from '../../../main/app/hostServices';
import type { HostServices } from '../../../main/services/hostServices';
import { type Db, openEncryptedDatabase } from '../../../main/db/openDatabase';
import { FAST_TEST_SCRYPT_COST } from '../../../main/workspace/kdf';
import { locateReaderWorker, readersEnded } from '../../../main/workspace/readerWorkers';
import { unlockDataKey } from '../../../main/workspace/unlockDataKey';
import { bundledReaderWorker, bundledTextWorker } from '../../support/workerBundle';
import { locateTextWorker } from '../../../main/documents/textWorkers';
import { testExportWorkerFile } from './exportJobs';
import type { WorkspaceFiles } from '../../../main/workspace/workspaceFiles';
import type { StorageEngine } from '../../../main/db/engine/storageEngine';

export const PASSPHRASE = 'correct horse battery staple';
export const NEW_PASSPHRASE = 'a different long passphrase';

// The background integrity check and backups run in a worker bundled from source, as the built app runs it.
locateReaderWorker(bundledReaderWorker);
locateTextWorker(bundledTextWorker);

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

export function tempDir(prefix = 'coalition-desk-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestDesk {
  desk: CoalitionDesk;
  dataDir: string;
  clock: { now: Date; advance(ms: number): void };
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  fail<C extends ChannelName>(channel: C, input: unknown): Promise<AppErrorShape>;
}

/**
 * A real app (real encrypted workspace, real router) in a temp folder, with cheap key derivation and a fake clock;
 * browser mode's host services unless others are given (a desktop's save dialog, say), on a PostgreSQL server
 * database when one is given.
 */
export function testDesk(
  dataDir = tempDir(),
  host: HostServices = browserHostServices,
  options: { serverDatabase?: StorageEngine; serverDatabaseAddress?: string } = {},
): TestDesk {
  const clock = {
    now: new Date('2026-03-01T12:00:00Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const desk = createCoalitionDesk({
    dataDir,
    host,
    kdfCost: FAST_TEST_SCRYPT_COST,
    profile: 'tester',
    now: () => clock.now,
    exportWorkerFile: testExportWorkerFile,
    // Most tests never export; the warm-up itself is tested in export-jobs.test.ts.
    warmExportWorker: false,
    serverDatabase: options.serverDatabase,
    serverDatabaseAddress: options.serverDatabaseAddress,
  });
  cleanups.push(async () => {
    desk.close();
    // A check still running ends at its next step; its worker must not be torn down by the test process's exit.
    await readersEnded();
  });
  return {
    desk,
    dataDir,
    clock,
    async call(channel, input) {
      const result = await desk.router.invoke(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async fail(channel, input) {
      const result = await desk.router.invoke(channel, input);
      if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return result.error;
    },
  };
}

export async function createTestWorkspace(t: TestDesk, name = 'Riverside Youth Safety Coalition') {
  return t.call('workspace.create', {
    name,
    jurisdiction: { state: 'Oregon', region: 'Lane County' },
    passphrase: PASSPHRASE,
    location: null,
  });
}

/** Every file in a folder, recursively, with its bytes: to prove that a failed action changed nothing. */
export function snapshotFolder(folder: string): Map<string, Buffer> {
  const snapshot = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      snapshot.set(path.relative(folder, file), fs.readFileSync(file));
    }
  }
  return snapshot;
}

/** Opens a workspace's database file directly with its key, to look at what is really stored, and closes it after. */
export async function withDatabaseFile<T>(files: WorkspaceFiles, use: (db: Db) => T | Promise<T>, passphrase = PASSPHRASE): Promise<T> {
  const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', passphrase);
  const db = openEncryptedDatabase(files.database, dataKey, keySlots.database);
  try {
    // Awaited, so work that reads the file through a storage engine over `db` ends before it closes.
    return await use(db);
  } finally {
    db.close();
  }
}
