// The storage engine of a desk under test, for calling a repository directly: the PostgreSQL engine itself, or on
// SQLCipher an engine over a second connection to the workspace file (the desk keeps its own open).
import type { StorageExecutor } from '../../../main/db/engine/storageEngine';
import { sqlcipherEngine } from '../../../main/db/engine/storageEngine';
import { openEncryptedDatabase } from '../../../main/db/openDatabase';
import { unlockDataKey } from '../../../main/workspace/unlockDataKey';
import { workspaceFiles } from '../../../main/workspace/workspaceFiles';
import type { DeskUnderTest } from './eachDesk';
import { PASSPHRASE } from './testDesk';

export async function withDeskEngine<T>(subject: DeskUnderTest, use: (db: StorageExecutor) => Promise<T>): Promise<T> {
  if (subject.serverEngine) return use(subject.serverEngine.db);
  const { workspace } = await subject.t.call('workspace.details', {});
  const files = workspaceFiles(workspace.path);
  const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', PASSPHRASE);
  const database = openEncryptedDatabase(files.database, dataKey, keySlots.database);
  const engine = sqlcipherEngine(database);
  try {
    return await use(engine.db);
  } finally {
    database.close();
  }
}
