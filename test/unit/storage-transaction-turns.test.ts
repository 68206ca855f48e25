import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { TRANSACTION_SPANNED_TURNS } from '../../main/db/engine/macrotaskGuard';
import { joinedEngine, sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { DEFAULT_CIPHER, type Db, openEncryptedDatabase } from '../../main/db/openDatabase';

const opened: Array<{ db: Db; folder: string }> = [];
afterEach(() => {
  for (const { db, folder } of opened.splice(0)) {
    db.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

function workspaceDatabase(): Db {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-turns-'));
  const db = openEncryptedDatabase(path.join(folder, 'workspace.db'), randomBytes(32), DEFAULT_CIPHER);
  migrate(db, migrations, { backupBeforeMigrating: () => undefined });
  opened.push({ db, folder });
  return db;
}

const settingRows = (db: Db) => db.prepare("SELECT key FROM settings WHERE key LIKE 'probe.%' ORDER BY key").pluck().all();
const putSetting = (key: string) => (trx: Parameters<Parameters<ReturnType<typeof sqlcipherEngine>['transaction']>[0]>[0]) =>
  trx.insertInto('settings').values({ key, value: '1', updated_at: '2026-03-01T12:00:00.000Z' }).execute();

describe('a workspace transaction never lets another request in', () => {
  it('commits a transaction that awaits only the database', async () => {
    const db = workspaceDatabase();
    await sqlcipherEngine(db).transaction(async (trx) => {
      await putSetting('probe.a')(trx);
      await putSetting('probe.b')(trx);
    });
    expect(settingRows(db)).toEqual(['probe.a', 'probe.b']);
  });

  it('rolls back a transaction that waited on something else (a timer here), so nothing of it is saved', async () => {
    const db = workspaceDatabase();
    const waitingOnATimer = sqlcipherEngine(db).transaction(async (trx) => {
      await putSetting('probe.a')(trx);
      await new Promise((resolve) => setTimeout(resolve, 1));
      await putSetting('probe.b')(trx);
    });
    await expect(waitingOnATimer).rejects.toThrow(TRANSACTION_SPANNED_TURNS);
    expect(settingRows(db)).toEqual([]);
    expect(db.inTransaction).toBe(false);
  });

  it('joins the actions of a batch into its one transaction, and keeps none of them when the batch fails', async () => {
    const db = workspaceDatabase();
    const engine = sqlcipherEngine(db);
    await engine.transaction(async (trx) => {
      const batch = joinedEngine(engine.dialect, trx);
      await batch.transaction(putSetting('probe.a'));
      await batch.transaction(putSetting('probe.b'));
    });
    expect(settingRows(db)).toEqual(['probe.a', 'probe.b']);

    const failing = engine.transaction(async (trx) => {
      const batch = joinedEngine(engine.dialect, trx);
      await batch.transaction(putSetting('probe.c'));
      throw new Error('the third step failed');
    });
    await expect(failing).rejects.toThrow('the third step failed');
    expect(settingRows(db)).toEqual(['probe.a', 'probe.b']);
  });
});
