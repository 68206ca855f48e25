import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBackupChecksum } from '../../main/backup/readBackup';
import { verifyBackupFile } from '../../main/workspace/verifyWorkspace';
import { PASSPHRASE, createTestWorkspace, testDesk } from './support/testDesk';
import { flipBytesAt, flipBytesInMiddle, folderDigest } from './support/backupSteps';

describe('backups and the recovery screen', () => {
  it('"Back up now" writes one verifiable file, listed as the last backup', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    expect((await t.call('workspace.details', {})).lastBackup).toBeNull();
    const backup = await t.call('workspace.backupNow', {});
    expect(backup.reason).toBe('manual');
    expect((await t.call('workspace.details', {})).lastBackup).toEqual(backup);
    expect((await t.call('workspace.listBackups', { path: workspace.path }))[0]).toEqual(backup);
    const report = await verifyBackupFile(backup.file, { kind: 'passphrase', value: PASSPHRASE });
    expect(report).toMatchObject({ ok: true, problems: [] });
  });

  it('a corrupted backup fails verification with a clear message and restores nothing', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const backup = await t.call('workspace.backupNow', {});
    flipBytesInMiddle(backup.file);
    expect(() => verifyBackupChecksum(backup.file)).toThrow(/checksum does not match/);
    const before = fs.readdirSync(path.dirname(workspace.path));
    const error = await t.fail('workspace.restoreBackup', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
    expect(error.code).toBe('WORKSPACE_DAMAGED');
    expect(fs.readdirSync(path.dirname(workspace.path))).toEqual(before);
  });

  it('a workspace damaged where opening looks (its first page) is refused with WORKSPACE_DAMAGED and can be restored from its backup into a new folder', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const backup = await t.call('workspace.backupNow', {});
    await t.call('workspace.lock', {});
    // Past page 1's salt, inside what its HMAC covers. Damage elsewhere is found after unlock (integrity-background.test.ts).
    flipBytesAt(path.join(workspace.path, 'workspace.db'), 1000, 32);
    const damagedBytes = folderDigest(workspace.path);

    const error = await t.fail('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(error.code).toBe('WORKSPACE_DAMAGED');
    expect(folderDigest(workspace.path)).toEqual(damagedBytes);

    const wrong = await t.fail('workspace.restoreBackup', { path: workspace.path, backupFile: backup.file, secret: 'not the passphrase' });
    expect(wrong.code).toBe('WRONG_PASSPHRASE');

    const { restoredPath } = await t.call('workspace.restoreBackup', { path: workspace.path, backupFile: backup.file, secret: PASSPHRASE });
    expect(restoredPath).toMatch(/Riverside Youth Safety Coalition \(restored 2026-03-01\)\.coalition$/);
    expect((await t.call('app.status', {})).recent[0]?.path).toBe(restoredPath);
    const reopened = await t.call('workspace.unlock', { path: restoredPath, passphrase: PASSPHRASE });
    expect(reopened.name).toBe('Riverside Youth Safety Coalition');
    expect(folderDigest(workspace.path)).toEqual(damagedBytes);
  });

  it("refuses to restore a file that is not one of the workspace's backups", async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const stray = path.join(t.dataDir, 'stray.cdbackup');
    fs.writeFileSync(stray, 'not a backup');
    expect((await t.fail('workspace.restoreBackup', { path: workspace.path, backupFile: stray, secret: PASSPHRASE })).code).toBe('NOT_FOUND');
  });
});
