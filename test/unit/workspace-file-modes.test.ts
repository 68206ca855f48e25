import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { openToOthers } from './support/fileModes';
import { PASSPHRASE, createTestWorkspace, testDesk } from './support/testDesk';

describe.skipIf(process.platform === 'win32')('workspace files are private to their owner', () => {
  it('creating, unlocking, backing up and re-keying leave no file readable by group or others (0600)', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const files = workspaceFiles(workspace.path);
    expect(fs.existsSync(`${files.database}-wal`), 'checked while the database and its WAL are open').toBe(true);
    expect(openToOthers(files.folder), 'after create').toEqual({});

    await t.call('workspace.lock', {});
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    await t.call('workspace.backupNow', {});
    expect(openToOthers(files.folder), 'after unlock and backup').toEqual({});

    await t.call('settings.newRecoveryCode', { passphrase: PASSPHRASE, reason: 'may-have-leaked' });
    expect(fs.existsSync(`${files.database}-wal`), 'the re-keyed database is open again').toBe(true);
    t.clock.advance(60_000);
    await t.call('workspace.backupNow', {});
    expect(openToOthers(files.folder), 'after re-key').toEqual({});
    await t.call('backups.reEncryptOlder', {});
    expect(openToOthers(files.folder), 'after re-encrypting older backups').toEqual({});
    expect(fs.readdirSync(files.backups).length).toBeGreaterThan(1);
  });

  it('an older workspace whose database was left 0644 is made private when it opens', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('workspace.lock', {});
    const files = workspaceFiles(workspace.path);
    fs.chmodSync(files.database, 0o644);
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(openToOthers(files.folder)).toEqual({});
  });
});
