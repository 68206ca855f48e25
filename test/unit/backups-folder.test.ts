import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolderMessages, backupFolderProblem } from '../../main/workspace/backupFolderRules';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk, withDatabaseFile } from './support/testDesk';
import { unlockAndWaitForAutomaticBackup } from './support/backupSteps';
import { type WorkspaceFiles, workspaceFiles } from '../../main/workspace/workspaceFiles';
import { type Migration, migrations } from '../../main/db/migrations';
import { listBackups } from '../../main/workspace/backupLocation';
import { closeWorkspace, openWorkspace } from '../../main/workspace/openWorkspace';
import { unlockDataKey } from '../../main/workspace/unlockDataKey';
import { runCli } from '../../main/cli/main';

describe('the backup folder setting', () => {
  it("defaults to the workspace's own backups folder; a chosen folder is made, used, and found again while locked", async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const builtIn = path.join(workspace.path, 'backups');
    expect((await t.call('backups.overview', {})).folder).toEqual({ path: builtIn, isDefault: true, defaultPath: builtIn });
    const before = await t.call('workspace.backupNow', {});

    const chosen = path.join(tempDir(), 'Offsite', 'Coalition backups');
    expect(await t.call('backups.setFolder', { folder: `  ${chosen}  ` })).toEqual({ path: chosen, isDefault: false, defaultPath: builtIn });
    expect(fs.statSync(chosen).isDirectory()).toBe(true);
    const after = await t.call('workspace.backupNow', {});
    expect(path.dirname(after.file)).toBe(chosen);
    expect(path.basename(after.file)).toMatch(/^Riverside Youth Safety Coalition .* manual\.cdbackup$/);
    expect((await t.call('workspace.details', {})).lastBackup).toEqual(after);
    expect((await t.call('backups.overview', {})).backups).toEqual([after, before]);

    // The recovery screen works while locked: the setting is kept beside the key slots.
    await t.call('workspace.lock', {});
    expect(fs.readdirSync(workspace.path)).toContain('backup-folder.json');
    expect(await t.call('workspace.listBackups', { path: workspace.path })).toEqual([after, before]);
    const audit = await withDatabaseFile(
      workspaceFiles(workspace.path),
      (db) => db.prepare("SELECT changes FROM audit_log WHERE entity_id = 'backups.folder'").all() as Array<{ changes: string }>,
    );
    expect(audit.map((row) => JSON.parse(row.changes))).toEqual([{ from: "the workspace's own backups folder", to: chosen }]);

    await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
    expect(await t.call('backups.setFolder', { folder: null })).toMatchObject({ path: builtIn, isDefault: true });
    expect(fs.readdirSync(workspace.path)).not.toContain('backup-folder.json');
  });

  it('refuses folders it cannot or should not use, with a clear message on the field, and changes nothing', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const aFile = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(aFile, 'not a folder');
    const cases: Array<[string, string]> = [
      ['backups', backupFolderMessages.notAbsolute],
      [aFile, backupFolderMessages.isFile],
      [path.join(aFile, 'backups'), backupFolderMessages.cannotCreate],
      ['/etc/coalition-backups', backupFolderMessages.system],
      ['/', backupFolderMessages.system],
      ['/coalition-desk-never-made/backups', backupFolderMessages.atTopOfDrive],
      [path.join(workspace.path, 'elsewhere'), backupFolderMessages.insideWorkspace],
    ];
    for (const [folder, message] of cases) {
      const error = await t.fail('backups.setFolder', { folder });
      expect(error).toMatchObject({ code: 'VALIDATION', message, fieldErrors: { folder: [message] } });
    }
    expect((await t.fail('backups.setFolder', { folder: '   ' })).fieldErrors).toEqual({ folder: ['Enter a folder.'] });
    expect(fs.existsSync('/etc/coalition-backups')).toBe(false);
    expect(fs.existsSync('/coalition-desk-never-made')).toBe(false);
    expect(fs.existsSync(path.join(workspace.path, 'elsewhere'))).toBe(false);
    expect((await t.call('backups.overview', {})).folder.isDefault).toBe(true);
  });

  it('judges temporary and system places by path, allowing temp only when the workspace itself lives there', () => {
    const places = { workspaceFolder: '/home/sam/Riverbend.coalition', transientPlaces: ['/tmp'], systemPlaces: ['/usr', '/etc'] };
    expect(backupFolderProblem('/tmp/backups', places)).toBe(backupFolderMessages.transient);
    expect(backupFolderProblem('/usr/local/backups', places)).toBe(backupFolderMessages.system);
    expect(backupFolderProblem('/home/sam/Riverbend.coalition/backups', places)).toBeNull();
    expect(backupFolderProblem('/home/sam/Riverbend.coalition/backups/../other', places)).toBe(backupFolderMessages.insideWorkspace);
    expect(backupFolderProblem('/home/sam/Backups', places)).toBeNull();
    expect(backupFolderProblem('/media/sam/USB/Coalition', places)).toBeNull();
    expect(backupFolderProblem('/tmp/backups', { ...places, workspaceFolder: '/tmp/try/Riverbend.coalition' })).toBeNull();
  });

  it('reports a chosen folder that has gone (a drive not connected) instead of making it again', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const drive = path.join(tempDir(), 'usb-drive');
    await t.call('backups.setFolder', { folder: drive });
    fs.rmSync(drive, { recursive: true });

    const error = await t.fail('workspace.backupNow', {});
    expect(error).toMatchObject({
      code: 'IO',
      message: `The backup folder ${drive} is not available. Connect the drive it is on, or choose another folder in Settings.`,
    });
    await t.call('workspace.lock', {});
    const automatic = await unlockAndWaitForAutomaticBackup(t, workspace.path, PASSPHRASE);
    expect(automatic).toMatchObject({ outcome: 'failed' });
    expect(automatic.message).toContain('is not available');
    expect(fs.existsSync(drive)).toBe(false);
  });

  it('is where the CLI writes a backup when no file name is given, listed with the manual ones', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const chosen = path.join(tempDir(), 'IT backups');
    await t.call('backups.setFolder', { folder: chosen });
    await t.call('workspace.lock', {});
    const lines: string[] = [];
    expect(await runCli(['backup', workspace.path], { COALITION_DESK_PASSPHRASE: PASSPHRASE }, (line) => lines.push(line))).toBe(0);
    const [backup] = await t.call('workspace.listBackups', { path: workspace.path });
    expect(backup).toMatchObject({ kind: 'manual', reason: 'cli' });
    expect(path.dirname(backup!.file)).toBe(chosen);
    expect(lines.join('\n')).toContain(backup!.file);
  });
});

describe('the backup before an upgrade', () => {
  const addNotes: Migration = { version: 9990, name: '9990-test-notes', up: (db) => db.exec('CREATE TABLE test_notes (id INTEGER PRIMARY KEY)') };

  async function upgrade(files: WorkspaceFiles): Promise<void> {
    const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', PASSPHRASE);
    closeWorkspace(openWorkspace(files, keySlots, dataKey, { now: () => new Date('2026-04-01T09:00:00Z'), migrations: [...migrations, addNotes] }));
  }

  it('goes to the chosen folder, or to the built-in one when the chosen folder is not available', async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const drive = path.join(tempDir(), 'usb-drive');
    await t.call('backups.setFolder', { folder: drive });
    await t.call('workspace.lock', {});
    const files = workspaceFiles(workspace.path);

    const connected = await createTestWorkspace(t, 'Second Coalition');
    await t.call('backups.setFolder', { folder: drive });
    await t.call('workspace.lock', {});
    await upgrade(workspaceFiles(connected.workspace.path));
    expect(listBackups(workspaceFiles(connected.workspace.path)).map((backup) => path.dirname(backup.file))).toEqual([drive]);

    fs.rmSync(drive, { recursive: true });
    await upgrade(files);
    const [fallback] = listBackups(files);
    expect(fallback).toMatchObject({ kind: 'before-upgrade', createdAt: '2026-04-01T09:00:00.000Z' });
    expect(path.dirname(fallback!.file)).toBe(files.backups);
    expect(fs.existsSync(drive)).toBe(false);
  });
});
