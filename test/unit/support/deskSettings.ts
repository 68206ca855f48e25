// Writes a setting's stored text behind the app's back, on either engine: to see how a service reads a damaged or
// older value. On SQLCipher through a second connection to the open workspace's file.
import { workspaceFiles } from '../../../main/workspace/workspaceFiles';
import type { DeskUnderTest } from './eachDesk';
import { withDatabaseFile } from './testDesk';

export async function storeRawSetting(subject: DeskUnderTest, key: string, text: string): Promise<void> {
  const at = '2026-03-01T12:00:00.000Z';
  if (subject.serverEngine) {
    await subject.serverEngine.db
      .insertInto('settings')
      .values({ key, value: text, updated_at: at })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: text }))
      .execute();
    return;
  }
  const { workspace } = await subject.t.call('workspace.details', {});
  await withDatabaseFile(workspaceFiles(workspace.path), (db) => {
    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, text, at);
  });
}
