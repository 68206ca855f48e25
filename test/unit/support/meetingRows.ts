import type { Db } from '../../../main/db/openDatabase';
import { deskActionItems } from './deskActionItems';
import { withStoredDatabase } from './directoryInputs';
import { type TestDesk, createTestWorkspace, testDesk } from './testDesk';

/** Locks the workspace, writes rows with `write`, and unlocks it again. */
export function withRows<T>(t: TestDesk, workspacePath: string, write: (db: Db) => T): Promise<T> {
  return withStoredDatabase(t, workspacePath, (db) => db.transaction(() => write(db))());
}

/** The action items tests' coalition (deskActionItems.ts) in a workspace, for tests that also read its file. */
export async function actionItemsCoalition() {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  return { ...(await deskActionItems({ dialect: 'sqlcipher', t, serverEngine: null })), workspace };
}
