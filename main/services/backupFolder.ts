import type { BackupFolder, ChannelParsedInput } from '../../shared/contract';
import { recordAudit } from '../db/auditRepository';
import { readBackupFolderSetting, writeBackupFolderSetting } from '../workspace/backupFolderSetting';
import { prepareBackupFolder } from '../workspace/backupFolderRules';
import type { ServiceContext } from './serviceContext';
import { backupFolderInfo } from './workspaceBackups';

const BUILT_IN = "the workspace's own backups folder";

/**
 * Chooses where new backups go (null: the workspace's own backups/ folder). The folder is checked and
 * made first; the change is written to the audit log and the setting file in one go. Backups already made stay where they are.
 */
export function setBackupFolder(context: ServiceContext, input: ChannelParsedInput<'backups.setFolder'>): BackupFolder {
  const workspace = context.session.require();
  const { files, db } = workspace;
  const folder = input.folder === null ? null : prepareBackupFolder(input.folder, files);
  const chosen = folder === files.backups ? null : folder;
  const previous = readBackupFolderSetting(files);
  const at = context.now().toISOString();
  db.transaction(() => {
    const changes = { from: previous ?? BUILT_IN, to: chosen ?? BUILT_IN };
    recordAudit(db, { profile: context.profile, entity: 'settings', entityId: 'backups.folder', action: 'updated', changes }, at);
    writeBackupFolderSetting(files, chosen);
  })();
  return backupFolderInfo(files);
}
