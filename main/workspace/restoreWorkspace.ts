import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { extractPayload, verifyBackupChecksum } from '../backup/readBackup';
import { makeFolder } from './folderRules';
import { writeKeySlots } from './keySlots';
import { type OpenWorkspace, type OpenWorkspaceOptions, openWorkspace } from './openWorkspace';
import { unlockDataKey } from './unlockDataKey';
import type { WorkspaceFiles } from './workspaceFiles';
import type { SlotKind } from './keySlots';

/**
 * Restores a backup into a new workspace folder (never over an existing one): checksum first,
 * then the secret, then a full open with integrity check. Anything short of that removes the new folder.
 */
export async function restoreWorkspace(
  backupFile: string,
  target: WorkspaceFiles,
  secret: { kind: SlotKind; value: string },
  options: OpenWorkspaceOptions,
): Promise<OpenWorkspace> {
  const layout = verifyBackupChecksum(backupFile);
  if (fs.existsSync(target.folder)) {
    throw new AppError('CONFLICT', 'The restore target already exists. Restore into a new folder.');
  }
  makeFolder(target.backups);
  try {
    writeKeySlots(target.keySlots, layout.header.keySlots);
    const { dataKey, keySlots } = await unlockDataKey(target, secret.kind, secret.value);
    extractPayload(backupFile, layout, target.database);
    return openWorkspace(target, keySlots, dataKey, { ...options, check: 'full' });
  } catch (error) {
    fs.rmSync(target.folder, { recursive: true, force: true });
    throw error;
  }
}
