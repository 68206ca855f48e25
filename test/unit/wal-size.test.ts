import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventHub } from '../../main/services/eventHub';
import { WAL_SIZE_LIMIT_BYTES, openEncryptedDatabase } from '../../main/db/openDatabase';
import { WorkspaceSession } from '../../main/services/workspaceSession';
import { openWorkspace } from '../../main/workspace/openWorkspace';
import { unlockDataKey } from '../../main/workspace/unlockDataKey';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { PASSPHRASE, createTestWorkspace, testDesk } from './support/testDesk';

const BULK_ROWS = 2000;
const ROW_BYTES = 16 * 1024;

/** A session holding a real encrypted workspace (made and locked through the app), and its WAL file. */
async function openSession() {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  await t.call('workspace.lock', {});
  const files = workspaceFiles(workspace.path);
  const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', PASSPHRASE);
  const open = openWorkspace(files, keySlots, dataKey, { now: () => new Date('2026-03-01T12:00:00Z') });
  const session = new WorkspaceSession(new EventHub(), () => Date.now());
  session.open(open, 10);
  const writeBurst = () => {
    open.db.exec('CREATE TABLE IF NOT EXISTS bulk (payload BLOB)');
    const insert = open.db.prepare('INSERT INTO bulk (payload) VALUES (?)');
    open.db.transaction(() => {
      for (let row = 0; row < BULK_ROWS; row += 1) insert.run(Buffer.alloc(ROW_BYTES, row % 251));
    })();
  };
  const walBytes = () => fs.statSync(`${files.database}-wal`).size;
  return { session, db: open.db, files, dataKey: Buffer.from(dataKey), keySlots, writeBurst, walBytes };
}

describe('the WAL after checkpoints', () => {
  it('shrinks below the limit after the idle checkpoint that follows a burst of writes', async () => {
    const { session, writeBurst, walBytes } = await openSession();
    writeBurst();
    expect(walBytes()).toBeGreaterThan(WAL_SIZE_LIMIT_BYTES * 4);
    session.checkpoint();
    expect(walBytes()).toBeLessThanOrEqual(WAL_SIZE_LIMIT_BYTES);
    session.lock('user');
  });

  it('does not wait for a reader on another connection, and shrinks once that reader is done', async () => {
    const { session, files, dataKey, keySlots, writeBurst, walBytes } = await openSession();
    const reader = openEncryptedDatabase(files.database, dataKey, keySlots.database, { readonly: true });
    try {
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM sqlite_master').get();
      writeBurst();
      // With busy_timeout 5000 a TRUNCATE checkpoint would hold this thread until the reader ends; this one returns.
      session.checkpoint();
      reader.exec('COMMIT');
    } finally {
      reader.close();
    }
    session.checkpoint();
    expect(walBytes()).toBeLessThanOrEqual(WAL_SIZE_LIMIT_BYTES);
    session.lock('user');
  });
});
