import { deskWithItems } from './deskActionItems';
import { createTestWorkspace, testDesk } from './testDesk';

/** The action items tests' list (deskActionItems.ts deskWithItems) in a workspace, for tests that also read its file. */
export async function coalitionWithItems() {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  return { ...(await deskWithItems({ dialect: 'sqlcipher', t, serverEngine: null })), workspace };
}
