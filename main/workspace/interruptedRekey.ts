import { keepPrivate } from '../fs/privateFile';
import { type KeySlotsFile, readKeySlots, writeKeySlots } from './keySlots';
import { databaseSalt, removeRekeyLeftovers } from './rekeyFiles';
import type { WorkspaceFiles } from './workspaceFiles';

/**
 * The key slots that open workspace.db as it is on disk. A re-key interrupted before its swap leaves the old
 * database (the current slots hold); one interrupted after it leaves the new database (the pending slots hold).
 * The database file's salt decides, so this needs no secret and changes nothing on disk.
 */
export function keySlotsForDatabase(files: WorkspaceFiles): KeySlotsFile {
  const stored = readKeySlots(files.keySlots);
  if (!stored.pending) return stored;
  return databaseSalt(files.database) === stored.pending.databaseSalt ? promotePending(stored) : withoutPending(stored);
}

export function promotePending(file: KeySlotsFile): KeySlotsFile {
  const { pending, ...rest } = file;
  if (!pending) return file;
  return { ...rest, generation: pending.generation, slots: pending.slots, retiredKeys: pending.retiredKeys, updatedAt: new Date().toISOString() };
}

export function withoutPending(file: KeySlotsFile): KeySlotsFile {
  const { pending: _pending, ...rest } = file;
  return rest;
}

/**
 * When a workspace opens (the secret was right): writes down how an interrupted re-key ended, removes its
 * leftovers, and makes sure the database and key files are private to their owner.
 */
export function settleWorkspaceFiles(files: WorkspaceFiles, settled: KeySlotsFile): void {
  if (readKeySlots(files.keySlots).pending) writeKeySlots(files.keySlots, withoutPending(settled));
  removeRekeyLeftovers(files);
  for (const file of [files.database, `${files.database}-wal`, `${files.database}-shm`, files.keySlots]) keepPrivate(file);
}
