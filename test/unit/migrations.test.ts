import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { type Migration, migrations } from '../../main/db/migrations';
import { listBackups } from '../../main/workspace/backupLocation';
import { closeWorkspace, openWorkspace } from '../../main/workspace/openWorkspace';
import { restoreWorkspace } from '../../main/workspace/restoreWorkspace';
import { unlockDataKey } from '../../main/workspace/unlockDataKey';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { addToCommittedSchemaObjects, committedSchemaObjects, schemaObjects } from './support/schemaObjects';
import { folderDigest } from './support/backupSteps';
import { PASSPHRASE, createTestWorkspace, testDesk, withDatabaseFile } from './support/testDesk';

async function lockedWorkspace() {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  await t.call('workspace.lock', {});
  return { t, files: workspaceFiles(workspace.path) };
}

const addNotes: Migration = {
  version: 9990,
  name: 'test-notes',
  up: (db) => db.exec('CREATE TABLE test_notes (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT'),
};

describe('schema migrations', () => {
  it('are numbered in strictly increasing steps of ten', () => {
    migrations.forEach((migration, index) => {
      expect(migration.version % 10).toBe(0);
      if (index > 0) expect(migration.version).toBeGreaterThan(migrations[index - 1]!.version);
    });
  });

  it('only grow: every table, column and index in the committed list still exists (adding is fine)', async () => {
    const { files } = await lockedWorkspace();
    const current = await withDatabaseFile(files, schemaObjects);
    if (process.env.UPDATE_SCHEMA_LIST) addToCommittedSchemaObjects(current);
    const committed = committedSchemaObjects();
    expect(committed.length).toBeGreaterThan(100);
    const gone = committed.filter((object) => !current.includes(object));
    expect(gone, 'dropped or renamed since it was committed: the schema may only grow').toEqual([]);
  });

  it('refuse a workspace saved by a newer version, changing nothing', async () => {
    const { t, files } = await lockedWorkspace();
    await withDatabaseFile(files, (db) => db.pragma('user_version = 99990'));
    const before = folderDigest(files.folder);
    const error = await t.fail('workspace.unlock', { path: files.folder, passphrase: PASSPHRASE });
    expect(error.code).toBe('WORKSPACE_TOO_NEW');
    expect(error.message).toMatch(/newer version/);
    expect(folderDigest(files.folder)).toEqual(before);
  });

  it('back up the workspace before migrating, then apply every pending step in one transaction', async () => {
    const { files } = await lockedWorkspace();
    let backedUpAt = -1;
    await withDatabaseFile(files, (db) => {
      const result = migrate(db, [...migrations, addNotes], { backupBeforeMigrating: (from) => (backedUpAt = from) });
      expect(result.applied).toEqual(['9990-test-notes']);
      expect(schemaVersion(db)).toBe(9990);
    });
    expect(backedUpAt).toBe(migrations.at(-1)!.version);
  });

  it('roll back every step when one fails, leaving the version as it was', async () => {
    const { files } = await lockedWorkspace();
    const broken: Migration = { version: 9999 * 10, name: 'broken', up: (db) => db.exec('CREATE TABLE nope (; broken sql') };
    await withDatabaseFile(files, (db) => {
      expect(() => migrate(db, [...migrations, addNotes, broken], { backupBeforeMigrating: () => undefined })).toThrow();
      expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'test_notes'").get()).toEqual({ n: 0 });
    });
  });

  it('refuse a file whose applied steps are not a prefix of the known ones', async () => {
    const { files } = await lockedWorkspace();
    await withDatabaseFile(files, (db) => {
      db.prepare("UPDATE schema_migrations SET name = 'something-else'").run();
      expect(() => migrate(db, migrations, { backupBeforeMigrating: () => undefined })).toThrow(/schema history/);
    });
  });

  it('write a real, restorable backup of the old schema before the app upgrades an existing workspace', async () => {
    const { files } = await lockedWorkspace();
    const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', PASSPHRASE);
    const now = () => new Date('2026-04-01T09:00:00Z');
    const upgraded = openWorkspace(files, keySlots, dataKey, { now, migrations: [...migrations, addNotes] });
    expect(schemaVersion(upgraded.db)).toBe(9990);
    closeWorkspace(upgraded);

    const [backup] = listBackups(files);
    expect(backup).toMatchObject({ reason: 'before-migration', createdAt: '2026-04-01T09:00:00.000Z' });
    const restoredFolder = workspaceFiles(path.join(path.dirname(files.folder), 'restored.coalition'));
    const restored = await restoreWorkspace(backup!.file, restoredFolder, { kind: 'passphrase', value: PASSPHRASE }, { now });
    expect(schemaVersion(restored.db)).toBe(migrations.at(-1)!.version);
    expect(restored.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'test_notes'").get()).toEqual({ n: 0 });
    closeWorkspace(restored);
    expect(fs.existsSync(restoredFolder.database)).toBe(true);
  });
});
