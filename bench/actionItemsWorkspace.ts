import path from 'node:path';
import { createWorkspace } from '../main/workspace/createWorkspace';
import { DEFAULT_SCRYPT_COST } from '../main/workspace/kdf';
import { closeWorkspace } from '../main/workspace/openWorkspace';
import { workspaceFiles } from '../main/workspace/workspaceFiles';
import { sqlcipherEngine } from '../main/db/engine/storageEngine';
import { ACTION_ITEMS, insertActionItemsDataset } from './actionItemsBench';
import { insertDirectoryDataset } from './directoryDataset';

/** A closed workspace in `dir` holding 1,000 organizations, 5,000 members and 100,000 action items; answers its folder. */
export async function benchWorkspaceWithActionItems(dir: string, passphrase: string): Promise<string> {
  const files = workspaceFiles(path.join(dir, 'Bench.coalition'));
  const created = await createWorkspace(
    files,
    { name: 'Bench', jurisdiction: { state: 'Oregon', region: '' }, passphrase },
    { now: () => new Date(), kdfCost: DEFAULT_SCRYPT_COST, profile: 'bench' },
  );
  const at = new Date().toISOString();
  await insertDirectoryDataset(sqlcipherEngine(created.workspace.db), { organizations: 1000, members: 5000 }, at);
  insertActionItemsDataset(created.workspace.db, ACTION_ITEMS, at);
  created.workspace.db.pragma('wal_checkpoint(TRUNCATE)');
  closeWorkspace(created.workspace);
  return files.folder;
}
