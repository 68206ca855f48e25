import fs from 'node:fs';
import type { ChannelParsedInput, OlderKeyBackups } from '../../shared/contract';
import { readBackupLayout } from '../backup/readBackup';
import { reEncryptBackup } from '../backup/reEncryptBackup';
import { recordAudit } from '../db/auditRepository';
import { logError } from '../log';
import { listBackups } from '../workspace/backupLocation';
import { keyGenerationOf, writeKeySlots } from '../workspace/keySlots';
import type { OpenWorkspace } from '../workspace/openWorkspace';
import { unwrapRetiredKey } from '../workspace/retiredKeys';
import type { ServiceContext } from './serviceContext';

interface OlderBackup {
  file: string;
  generation: number;
}

/**
 * Backups made before the workspace's last re-key still open with the passphrase and recovery code of their
 * time. The old data keys are kept wrapped under the current key (keyslots.json, `retiredKeys`) for exactly
 * these: the open session can re-encrypt them, or the person can delete them. Once none is left in the backup
 * folders the app knows, the old keys are dropped.
 */
export function olderKeyBackups(workspace: OpenWorkspace): OlderKeyBackups {
  const older = findOlderBackups(workspace);
  const kept = new Set((workspace.keySlots.retiredKeys ?? []).map((entry) => entry.generation));
  return { count: older.length, reEncryptable: older.filter((backup) => kept.has(backup.generation)).length };
}

export function reEncryptOlderBackups(context: ServiceContext): { reEncrypted: number; notReEncrypted: number } {
  const workspace = context.session.require();
  let reEncrypted = 0;
  let notReEncrypted = 0;
  for (const backup of findOlderBackups(workspace)) {
    const entry = workspace.keySlots.retiredKeys?.find((candidate) => candidate.generation === backup.generation);
    const oldKey = entry ? unwrapRetiredKey(entry, workspace.dataKey, workspace.keySlots.workspaceId) : null;
    if (!oldKey) {
      notReEncrypted += 1;
      continue;
    }
    try {
      reEncryptBackup(backup.file, { current: oldKey, next: workspace.dataKey }, workspace.keySlots, { nativeBinding: context.nativeBinding });
      reEncrypted += 1;
    } catch (error) {
      logError('re-encrypting an older backup', error);
      notReEncrypted += 1;
    } finally {
      oldKey.fill(0);
    }
  }
  finish(context, workspace, 'older backups re-encrypted', { reEncrypted, notReEncrypted });
  return { reEncrypted, notReEncrypted };
}

export function deleteOlderBackups(context: ServiceContext, _input: ChannelParsedInput<'backups.deleteOlder'>): { deleted: number } {
  const workspace = context.session.require();
  let deleted = 0;
  for (const backup of findOlderBackups(workspace)) {
    fs.rmSync(backup.file, { force: true });
    deleted += 1;
  }
  finish(context, workspace, 'older backups deleted', { deleted });
  return { deleted };
}

/** One audit row; and when no older backup is left, the old keys go too, in the same step. */
function finish(context: ServiceContext, workspace: OpenWorkspace, action: string, changes: Record<string, number>): void {
  const dropOldKeys = findOlderBackups(workspace).length === 0 && (workspace.keySlots.retiredKeys?.length ?? 0) > 0;
  const next = dropOldKeys ? { ...workspace.keySlots, retiredKeys: [], updatedAt: context.now().toISOString() } : workspace.keySlots;
  workspace.db.transaction(() => {
    recordAudit(workspace.db, { profile: context.profile, entity: 'workspace', entityId: workspace.meta.id, action, changes }, context.now().toISOString());
    if (dropOldKeys) writeKeySlots(workspace.files.keySlots, next);
  })();
  workspace.keySlots = next;
}

function findOlderBackups(workspace: OpenWorkspace): OlderBackup[] {
  const current = keyGenerationOf(workspace.keySlots);
  if (current === 0) return [];
  const older: OlderBackup[] = [];
  for (const backup of listBackups(workspace.files)) {
    try {
      const generation = keyGenerationOf(readBackupLayout(backup.file).header.keySlots);
      if (generation < current) older.push({ file: backup.file, generation });
    } catch {
      // Gone or unreadable since it was listed: nothing to re-encrypt or delete.
    }
  }
  return older;
}
