import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderDigest } from './support/backupSteps';
import { memberInput } from './support/directoryInputs';
import { lockedWorkspaceWithBulkRows } from './support/bulkWorkspace';
import { PASSPHRASE, createTestWorkspace, testDesk } from './support/testDesk';
import { recordEvents } from './support/workspaceEvents';

const PAGE_BYTES = 16384;

/**
 * A real workspace whose last pages hold a table nobody reads while opening, one of them damaged as a failing disk
 * would: opening (page 1, the schema) cannot see it; only a check that reads every page can.
 */
async function workspaceWithDamagedDataPage() {
  const { t, workspace, files } = await lockedWorkspaceWithBulkRows(64, PAGE_BYTES / 2);
  const bytes = fs.readFileSync(files.database);
  const inLastPages = bytes.length - 2 * PAGE_BYTES + 1000;
  for (let index = inLastPages; index < inLastPages + 64; index += 1) bytes[index] = bytes[index]! ^ 0xff;
  fs.writeFileSync(files.database, bytes);
  return { t, workspace, files };
}

describe('the full integrity check after unlock', () => {
  it('does not hold up opening, finds a damaged page in the background, locks the workspace and writes nothing more', async () => {
    const { t, workspace, files } = await workspaceWithDamagedDataPage();
    const before = folderDigest(workspace.path);
    const events = recordEvents(t);
    const damaged = events.next('workspace.damaged');

    const opened = await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(opened.name).toBe('Riverside Youth Safety Coalition');

    expect(await damaged).toMatchObject({ path: files.folder, message: expect.stringMatching(/found damaged data.*Restore it from a backup/) });
    expect(events.types()).toEqual(['workspace.damaged', 'session.locked']);
    expect((await t.fail('directory.createMember', memberInput())).code).toBe('LOCKED');
    expect((await t.fail('workspace.details', {})).code).toBe('LOCKED');
    // No automatic backup of a damaged workspace, and not one byte of its folder changed.
    expect(fs.readdirSync(files.backups)).toEqual([]);
    expect(folderDigest(workspace.path)).toEqual(before);
  });

  it('runs before "Back up now": a damaged workspace gets no backup', async () => {
    const { t, workspace, files } = await workspaceWithDamagedDataPage();
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    // Whichever check finds the damage first (the one after unlock or the one before this backup), none is written.
    expect(['WORKSPACE_DAMAGED', 'LOCKED']).toContain((await t.fail('workspace.backupNow', {})).code);
    expect(fs.readdirSync(files.backups)).toEqual([]);
  });

  it('passes a sound workspace, which then gets its automatic backup', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    await t.call('workspace.lock', {});
    const events = recordEvents(t);
    const backup = events.next('backup.automatic');
    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(await backup).toMatchObject({ outcome: 'saved' });
    expect(events.types()).toEqual(['backup.automatic']);
    expect(fs.readdirSync(path.join(workspace.path, 'backups'))).toHaveLength(1);
    expect((await t.call('workspace.details', {})).lastBackup).toMatchObject({ kind: 'automatic' });
  });
});
