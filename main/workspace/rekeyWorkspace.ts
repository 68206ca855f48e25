import crypto from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/openDatabase';
import { copyUnderNewKey } from '../db/rekeyDatabase';
import { fsyncFile, syncDirectory } from '../fs/atomicWriteFile';
import { logError } from '../log';
import { keySlotsForDatabase, promotePending } from './interruptedRekey';
import type { ScryptCost } from './kdf';
import { DATA_KEY_BYTES, type KeySlot, type KeySlotsFile, type RetiredKey, keyGenerationOf, sealSlot, writeKeySlots } from './keySlots';
import { type OpenWorkspace, type OpenWorkspaceOptions, openWorkspace } from './openWorkspace';
import { databaseSalt, rekeyTempDatabase, removeRekeyLeftovers } from './rekeyFiles';
import { retireKey } from './retiredKeys';
import { secretForSlot } from './unlockDataKey';

/** The secrets the new data key is sealed under. A re-key always needs both: the old slots die with the old key. */
export interface RekeySecrets {
  passphrase: string;
  recoveryCode: string;
}

export interface PreparedRekey {
  dataKey: Buffer;
  generation: number;
  slots: KeySlot[];
  retiredKeys: RetiredKey[];
}

/** The moments of a re-key, for the crash test to stop at. */
export const rekeySteps = ['copied', 'pending-written', 'old-closed', 'swapped', 'slots-written'] as const;
export type RekeyStep = (typeof rekeySteps)[number];

export interface RekeyOptions extends OpenWorkspaceOptions {
  /** Writes the audit row into the re-keyed copy, so it is there exactly when the new key is. */
  audit: (db: Db) => void;
  onStep?: (step: RekeyStep) => void;
}

/** The slow, asynchronous half: a new random data key, sealed under both secrets (scrypt), and the old keys re-wrapped. */
export async function prepareRekey(workspace: OpenWorkspace, secrets: RekeySecrets, kdfCost: ScryptCost): Promise<PreparedRekey> {
  const { workspaceId } = workspace.keySlots;
  const dataKey = crypto.randomBytes(DATA_KEY_BYTES);
  // Locking zeroes the session's key while scrypt runs; work on a copy.
  const currentKey = Buffer.from(workspace.dataKey);
  try {
    const slots = [
      await sealSlot('passphrase', secrets.passphrase, dataKey, workspaceId, kdfCost),
      await sealSlot('recovery', secretForSlot('recovery', secrets.recoveryCode), dataKey, workspaceId, kdfCost),
    ];
    const generation = keyGenerationOf(workspace.keySlots);
    const retiredKeys = retireKey(workspace.keySlots.retiredKeys ?? [], { key: currentKey, generation }, dataKey, workspaceId);
    return { dataKey, generation: generation + 1, slots, retiredKeys };
  } catch (error) {
    dataKey.fill(0);
    throw error;
  } finally {
    currentKey.fill(0);
  }
}

/**
 * The synchronous half, so nothing else can write in between: copy the open database under the new key and
 * verify it; write the key file with the next generation pending beside the current one; close the database,
 * rename the copy over it (the old file is gone); write the key file with the new generation only; reopen.
 * A SIGKILL at any moment leaves either the old database with its slots or the new one with the pending slots;
 * keySlotsForDatabase tells which at the next unlock, and settleWorkspaceFiles tidies up. The open workspace
 * object is updated in place, so the session carries on under the new key.
 */
export function applyRekey(workspace: OpenWorkspace, prepared: PreparedRekey, options: RekeyOptions): void {
  const { files } = workspace;
  const step = options.onStep ?? (() => undefined);
  const original = workspace.keySlots;
  const temp = rekeyTempDatabase(files, prepared.generation);
  let withPending: KeySlotsFile | null = null;
  try {
    removeRekeyLeftovers(files);
    copyUnderNewKey(workspace.db, temp, { current: workspace.dataKey, next: prepared.dataKey }, original.database, {
      nativeBinding: options.nativeBinding,
      finish: options.audit,
    });
    const salt = databaseSalt(temp);
    if (salt === null || salt === databaseSalt(files.database)) throw new AppError('INTERNAL', 'The re-encrypted copy cannot be told apart from the original.');
    fsyncFile(temp);
    step('copied');
    withPending = { ...original, pending: { generation: prepared.generation, databaseSalt: salt, slots: prepared.slots, retiredKeys: prepared.retiredKeys } };
    writeKeySlots(files.keySlots, withPending);
    step('pending-written');
  } catch (error) {
    if (withPending) writeKeySlots(files.keySlots, original);
    removeRekeyLeftovers(files);
    throw error;
  }

  const oldKey = workspace.dataKey;
  let swapped = false;
  try {
    workspace.db.close();
    step('old-closed');
    assertNoWriteAheadLog(files.database);
    fs.rmSync(`${files.database}-shm`, { force: true });
    fs.renameSync(temp, files.database);
    syncDirectory(files.folder);
    swapped = true;
    step('swapped');
    const next = promotePending(withPending);
    writeKeySlots(files.keySlots, next);
    step('slots-written');
    reopen(workspace, next, prepared.dataKey, options);
  } catch (error) {
    reopenAsFound(workspace, { old: oldKey, next: prepared.dataKey, generation: prepared.generation }, options);
    // Past the swap the new key is the workspace's key: if it is open under it, the re-key did happen.
    if (!(swapped && workspace.db.open && keyGenerationOf(workspace.keySlots) === prepared.generation)) throw error;
    logError('finishing a re-key (the workspace is open under its new key)', error);
  } finally {
    oldKey.fill(0);
    prepared.dataKey.fill(0);
  }
}

/** Closing the last connection folds the WAL into the file and removes it; one that remains holds writes the copy lacks. */
function assertNoWriteAheadLog(database: string): void {
  const wal = `${database}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    throw new AppError('CONFLICT', 'Another program has this workspace open, so it was not re-encrypted. Close it and try again.');
  }
  fs.rmSync(wal, { force: true });
}

function reopen(workspace: OpenWorkspace, keySlots: KeySlotsFile, dataKey: Buffer, options: OpenWorkspaceOptions): void {
  const opened = openWorkspace(workspace.files, keySlots, Buffer.from(dataKey), { ...options, heldLock: workspace.lock });
  Object.assign(workspace, { db: opened.db, dataKey: opened.dataKey, keySlots: opened.keySlots, meta: opened.meta });
}

/** After a failure past the close: open whichever database is on disk now, with its own key. */
function reopenAsFound(workspace: OpenWorkspace, keys: { old: Buffer; next: Buffer; generation: number }, options: OpenWorkspaceOptions): void {
  if (workspace.db.open) return;
  try {
    const found = keySlotsForDatabase(workspace.files);
    reopen(workspace, found, keyGenerationOf(found) === keys.generation ? keys.next : keys.old, options);
  } catch (error) {
    // The caller locks the session (its database is closed); the next unlock resolves the files the same way.
    logError('reopening the workspace after a failed re-key', error);
  }
}
