import fs from 'node:fs';
import path from 'node:path';
import { openEncryptedDatabase } from '../main/db/openDatabase';
import { createWorkspace } from '../main/workspace/createWorkspace';
import { FAST_TEST_SCRYPT_COST } from '../main/workspace/kdf';
import { closeWorkspace } from '../main/workspace/openWorkspace';
import { type WorkspaceFiles, workspaceFiles } from '../main/workspace/workspaceFiles';

const BIG_ROW_BYTES = 2000;
const now = () => new Date();

/** A workspace of about `megabytes` MB: a plain table of incompressible text fills the file, since a re-key, a backup or an integrity check costs by pages, not by what they hold. */
export async function bigWorkspace(dir: string, name: string, megabytes: number, passphrase: string): Promise<WorkspaceFiles> {
  const files = workspaceFiles(path.join(dir, `${name}.coalition`));
  const created = await createWorkspace(
    files,
    { name, jurisdiction: { state: 'Oregon', region: '' }, passphrase },
    { now, kdfCost: FAST_TEST_SCRYPT_COST, profile: 'bench' },
  );
  const db = openEncryptedDatabase(files.database, created.workspace.dataKey, created.workspace.keySlots.database);
  closeWorkspace(created.workspace);
  try {
    db.exec('CREATE TABLE bench_bulk (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO bench_bulk (body) VALUES (?)');
    const rows = Math.ceil((megabytes * 1e6) / BIG_ROW_BYTES);
    const body = (index: number) =>
      `${index.toString(36)}:${Buffer.from(Array.from({ length: BIG_ROW_BYTES * 0.75 }, (_, at) => (index * 131 + at * 7919) % 251)).toString('base64')}`;
    for (let start = 0; start < rows; start += 10_000) {
      db.transaction(() => {
        for (let index = start; index < Math.min(rows, start + 10_000); index += 1) insert.run(body(index));
      })();
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  // On disk before anything is timed: otherwise the kernel is still writing hundreds of MB back, and any fsync
  // the app makes while unlocking (the recent list, the lock file) waits behind them.
  const fd = fs.openSync(files.database, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return files;
}
