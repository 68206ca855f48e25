import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { PASSPHRASE, createTestWorkspace, testDesk, withDatabaseFile } from './support/testDesk';
import { flipBytesInMiddle, folderDigest } from './support/backupSteps';
import { dumpTables } from './support/tableDump';

describe('a backup round trip', () => {
  it('restores a workspace full of sample data into a new folder, table by table and row by row', async () => {
    const t = testDesk();
    const { workspace } = await t.call('workspace.createSample', { passphrase: PASSPHRASE, location: null });
    const backup = await t.call('workspace.backupNow', {});
    await t.call('workspace.lock', {});

    const verified = await t.call('backups.verify', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
    expect(verified).toMatchObject({ ok: true, problems: [], createdAt: backup.createdAt });
    expect(verified.message).toMatch(/^This backup is sound/);

    const { restoredPath } = await t.call('workspace.restoreBackup', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
    expect(restoredPath).not.toBe(workspace.path);
    const original = await withDatabaseFile(workspaceFiles(workspace.path), dumpTables);
    const restored = await withDatabaseFile(workspaceFiles(restoredPath), dumpTables);
    expect([...restored.keys()]).toEqual([...original.keys()]);
    for (const [table, rows] of original) expect(restored.get(table), table).toEqual(rows);
    // A sample coalition, not an empty file: the comparison above has something to compare.
    expect(original.get('organizations')!.length).toBeGreaterThan(30);
    expect(original.get('members')!.length).toBeGreaterThan(80);
    expect(original.get('audit_log')!.length).toBeGreaterThan(100);
    expect(original.get('meetings')!.length).toBeGreaterThanOrEqual(12);
    expect(original.get('decisions')!.length).toBeGreaterThan(0);
    expect(original.get('action_items')!.length).toBeGreaterThan(0);
  });

  it('verifies with the recovery code as well as the passphrase, and refuses a wrong secret on its field', async () => {
    const t = testDesk();
    const { workspace, recoveryCode } = await createTestWorkspace(t);
    const backup = await t.call('workspace.backupNow', {});
    const byCode = await t.call('backups.verify', {
      path: workspace.path,
      backupFile: backup.file,
      secretKind: 'recovery',
      secret: recoveryCode.toLowerCase(),
    });
    expect(byCode).toMatchObject({ ok: true });
    expect(byCode.message).toContain('the recovery code opens it');
    const wrong = await t.fail('backups.verify', { path: workspace.path, backupFile: backup.file, secret: 'not the passphrase' });
    expect(wrong).toMatchObject({ code: 'WRONG_PASSPHRASE', fieldErrors: { secret: ['That passphrase does not open this workspace.'] } });
    const malformed = await t.fail('backups.verify', { path: workspace.path, backupFile: backup.file, secretKind: 'recovery', secret: 'abc' });
    expect(malformed).toMatchObject({ code: 'VALIDATION', fieldErrors: { secret: [expect.stringContaining('32 letters and digits')] } });
  });

  it('a corrupted backup fails verification with a clear message, and restoring it creates nothing', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const backup = await t.call('workspace.backupNow', {});
    flipBytesInMiddle(backup.file);
    const workspaceBefore = folderDigest(workspace.path);
    const siblingsBefore = fs.readdirSync(path.dirname(workspace.path));

    const verified = await t.call('backups.verify', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
    expect(verified).toEqual({
      ok: false,
      message: 'This backup cannot be used: its checksum does not match, so its content was damaged. Nothing was restored or changed.',
      problems: ['This backup cannot be used: its checksum does not match, so its content was damaged.'],
      createdAt: backup.createdAt,
    });
    const restore = await t.fail('workspace.restoreBackup', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
    expect(restore).toMatchObject({ code: 'WORKSPACE_DAMAGED', message: expect.stringContaining('checksum does not match') });
    expect(fs.readdirSync(path.dirname(workspace.path))).toEqual(siblingsBefore);
    expect(folderDigest(workspace.path)).toEqual(workspaceBefore);
  });
});
