import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBackupLayout } from '../../main/backup/readBackup';
import { openEncryptedDatabase } from '../../main/db/openDatabase';
import { findSlot, openSlot, type KeySlotsFile, type SlotKind } from '../../main/workspace/keySlots';
import { secretForSlot } from '../../main/workspace/unlockDataKey';
import { UNLOCK_ATTEMPTS_FILE } from '../../main/workspace/unlockAttemptsFile';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { NEW_PASSPHRASE, PASSPHRASE, createTestWorkspace, testDesk, withDatabaseFile } from './support/testDesk';
import { folderDigest } from './support/backupSteps';
import { dumpTables } from './support/tableDump';

/** What an attacker holding an old secret and an old copy of the key slots gets: the data key those slots wrap. */
async function keyFromOldSlots(keySlots: KeySlotsFile, kind: SlotKind, secret: string): Promise<Buffer> {
  const key = await openSlot(findSlot(keySlots, kind), secretForSlot(kind, secret), keySlots.workspaceId);
  if (!key) throw new Error(`the old ${kind} does not open the old slots`);
  return key;
}

function opensWith(database: string, dataKey: Buffer, keySlots: KeySlotsFile): boolean {
  try {
    openEncryptedDatabase(database, dataKey, keySlots.database, { readonly: true }).close();
    return true;
  } catch {
    return false;
  }
}

describe('re-encrypting a workspace with a new data key', () => {
  it('an old passphrase or a revoked recovery code, with a backup made before, no longer opens the workspace', async () => {
    const t = testDesk();
    const { workspace, recoveryCode: oldCode } = await createTestWorkspace(t);
    const backup = await t.call('workspace.backupNow', {});
    const files = workspaceFiles(workspace.path);

    const changed = await t.call('settings.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE, reEncrypt: true });

    const oldSlots = readBackupLayout(backup.file).header.keySlots;
    for (const [kind, secret] of [
      ['passphrase', PASSPHRASE],
      ['recovery', oldCode],
    ] as const) {
      const oldKey = await keyFromOldSlots(oldSlots, kind, secret);
      expect(opensWith(files.database, oldKey, oldSlots), `old ${kind} + backup slots against today's workspace.db`).toBe(false);
    }
    // The same holds after the session ends and everything is on disk.
    await t.call('workspace.lock', {});
    for (const [kind, secret] of [
      ['passphrase', PASSPHRASE],
      ['recovery', oldCode],
    ] as const) {
      const oldKey = await keyFromOldSlots(oldSlots, kind, secret);
      expect(opensWith(files.database, oldKey, oldSlots), `old ${kind} after lock`).toBe(false);
    }
    expect(changed.recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect((await t.fail('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    await t.call('workspace.unlock', { path: workspace.path, passphrase: NEW_PASSPHRASE });
    await t.call('workspace.lock', {});
    await t.call('workspace.recover', { path: workspace.path, recoveryCode: changed.recoveryCode!, newPassphrase: 'yet another long passphrase' });
  });

  it('a wrong current passphrase re-keys nothing: every file but the guess count stays byte for byte', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('workspace.backupNow', {});
    // The shared-memory index changes with every read, and a wrong guess is counted; nothing else may change at all.
    const files = () => new Map([...folderDigest(workspace.path)].filter(([file]) => !file.endsWith('-shm') && file !== UNLOCK_ATTEMPTS_FILE));
    const before = files();
    const wrong = await t.fail('settings.changePassphrase', { currentPassphrase: 'not the passphrase at all', newPassphrase: NEW_PASSPHRASE, reEncrypt: true });
    expect(wrong).toMatchObject({ code: 'WRONG_PASSPHRASE', fieldErrors: { currentPassphrase: ['That passphrase does not open this workspace.'] } });
    expect((await t.fail('settings.newRecoveryCode', { passphrase: 'not the passphrase at all', reason: 'may-have-leaked' })).code).toBe('WRONG_PASSPHRASE');
    expect(files()).toEqual(before);
    expect(fs.existsSync(path.join(workspace.path, UNLOCK_ATTEMPTS_FILE))).toBe(true);
  });

  it('a recovery code that may have leaked always re-keys; a routine new code only rewraps unless asked', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const files = workspaceFiles(workspace.path);
    const slotsBefore = JSON.parse(fs.readFileSync(files.keySlots, 'utf8')) as KeySlotsFile;

    const routine = await t.call('settings.newRecoveryCode', { passphrase: PASSPHRASE, reason: 'routine' });
    expect(routine.reEncrypted).toBe(false);
    expect(opensWith(files.database, await keyFromOldSlots(slotsBefore, 'passphrase', PASSPHRASE), slotsBefore)).toBe(true);

    const leaked = await t.call('settings.newRecoveryCode', { passphrase: PASSPHRASE, reason: 'may-have-leaked', reEncrypt: false });
    expect(leaked.reEncrypted).toBe(true);
    expect(opensWith(files.database, await keyFromOldSlots(slotsBefore, 'passphrase', PASSPHRASE), slotsBefore)).toBe(false);
    const stored = JSON.parse(fs.readFileSync(files.keySlots, 'utf8')) as KeySlotsFile;
    expect(stored.generation).toBe(1);
    expect(stored.pending).toBeUndefined();
    expect(fs.readdirSync(files.folder).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keeps every table and row of the year-long sample coalition, and the session carries on under the new key', async () => {
    const t = testDesk();
    const { workspace } = await t.call('workspace.createSample', { passphrase: PASSPHRASE, location: null });
    const files = workspaceFiles(workspace.path);
    await t.call('workspace.lock', {});
    const before = await withDatabaseFile(files, dumpTables);
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });

    const { recoveryCode } = await t.call('settings.newRecoveryCode', { passphrase: PASSPHRASE, reason: 'may-have-leaked' });
    // Still open: reads and writes go to the re-keyed file.
    expect((await t.call('directory.listOrganizations', {})).length).toBeGreaterThan(30);
    await t.call('workspace.lock', {});

    const after = await withDatabaseFile(files, dumpTables);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [table, rows] of before) {
      if (table === 'audit_log') continue;
      expect(after.get(table), table).toEqual(rows);
    }
    const added = after.get('audit_log')!.filter((row) => !before.get('audit_log')!.includes(row));
    expect(added).toHaveLength(1);
    expect(added[0]).toContain('recovery code replaced and workspace re-encrypted');
    expect(after.get('audit_log')!).toEqual(expect.arrayContaining(before.get('audit_log')!));
    expect(before.get('members')!.length).toBeGreaterThan(80);
    expect(before.get('meetings')!.length).toBeGreaterThanOrEqual(12);

    await t.call('workspace.recover', { path: workspace.path, recoveryCode, newPassphrase: NEW_PASSPHRASE });
    expect((await t.call('workspace.details', {})).workspace.name).toBe(workspace.name);
  });

  it('re-encrypts the backups made before: then only the new secrets open them, and they restore intact', async () => {
    const t = testDesk();
    const { workspace, recoveryCode: oldCode } = await createTestWorkspace(t);
    const before = await t.call('workspace.backupNow', {});
    t.clock.advance(60_000);
    const { recoveryCode } = await t.call('settings.newRecoveryCode', { passphrase: PASSPHRASE, reason: 'may-have-leaked' });
    t.clock.advance(60_000);
    const after = await t.call('workspace.backupNow', {});
    expect((await t.call('backups.overview', {})).olderKey).toEqual({ count: 1, reEncryptable: 1 });
    expect(await t.call('backups.verify', { path: workspace.path, backupFile: before.file, secretKind: 'recovery', secret: oldCode })).toMatchObject({
      ok: true,
    });

    expect(await t.call('backups.reEncryptOlder', {})).toEqual({ reEncrypted: 1, notReEncrypted: 0 });
    expect((await t.call('backups.overview', {})).olderKey).toEqual({ count: 0, reEncryptable: 0 });
    const header = readBackupLayout(before.file).header;
    expect(header).toMatchObject({ createdAt: before.createdAt, reason: 'manual', keySlots: { generation: 1 } });
    expect(header.keySlots.retiredKeys).toBeUndefined();
    const stored = JSON.parse(fs.readFileSync(workspaceFiles(workspace.path).keySlots, 'utf8')) as KeySlotsFile;
    expect(stored.retiredKeys, 'no older backup left, so the old key is dropped').toEqual([]);

    expect((await t.fail('backups.verify', { path: workspace.path, backupFile: before.file, secretKind: 'recovery', secret: oldCode })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(await t.call('backups.verify', { path: workspace.path, backupFile: before.file, secretKind: 'recovery', secret: recoveryCode })).toMatchObject({
      ok: true,
    });
    const restored = await t.call('workspace.restoreBackup', { path: workspace.path, backupFile: before.file, secret: PASSPHRASE });
    expect(restored.workspace.name).toBe(workspace.name);
    expect(fs.existsSync(after.file)).toBe(true);
  });

  it('deletes the backups made before, after confirmation, and keeps the ones made since', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const first = await t.call('workspace.backupNow', {});
    t.clock.advance(60_000);
    const second = await t.call('workspace.backupNow', {});
    t.clock.advance(60_000);
    await t.call('settings.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE, reEncrypt: true });
    t.clock.advance(60_000);
    const since = await t.call('workspace.backupNow', {});
    expect((await t.call('backups.overview', {})).olderKey.count).toBe(2);

    expect((await t.fail('backups.deleteOlder', {})).code).toBe('VALIDATION');
    expect(fs.existsSync(first.file)).toBe(true);
    expect(await t.call('backups.deleteOlder', { confirm: true })).toEqual({ deleted: 2 });
    expect([first.file, second.file].filter((file) => fs.existsSync(file))).toEqual([]);
    const overview = await t.call('backups.overview', {});
    expect(overview.backups.map((backup) => backup.file)).toEqual([since.file]);
    expect(overview.olderKey.count).toBe(0);
    await t.call('workspace.lock', {});
    const rows = await withDatabaseFile(
      workspaceFiles(workspace.path),
      (db) => db.prepare('SELECT action FROM audit_log ORDER BY at').pluck().all(),
      NEW_PASSPHRASE,
    );
    expect(rows).toEqual(expect.arrayContaining(['passphrase changed and workspace re-encrypted', 'older backups deleted']));
    expect(path.basename(since.file)).toContain('manual');
  });
});
