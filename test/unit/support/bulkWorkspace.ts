import { workspaceFiles } from '../../../main/workspace/workspaceFiles';
import { createTestWorkspace, testDesk, withDatabaseFile } from './testDesk';

/**
 * A real workspace, locked, with a table nobody reads while opening filled with `rows` blobs of `rowBytes` each:
 * big enough for a background job to be seen running, or to damage a page the opening checks do not read.
 */
export async function lockedWorkspaceWithBulkRows(rows: number, rowBytes: number) {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  await t.call('workspace.lock', {});
  const files = workspaceFiles(workspace.path);
  await withDatabaseFile(files, (db) => {
    db.exec('CREATE TABLE bulk (payload BLOB)');
    const insert = db.prepare('INSERT INTO bulk (payload) VALUES (?)');
    db.transaction(() => {
      for (let row = 0; row < rows; row += 1) insert.run(Buffer.alloc(rowBytes, row % 251));
    })();
  });
  return { t, workspace, files };
}
