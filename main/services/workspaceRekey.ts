import { recordAudit } from '../db/auditRepository';
import type { OpenWorkspace } from '../workspace/openWorkspace';
import { type RekeySecrets, applyRekey, prepareRekey } from '../workspace/rekeyWorkspace';
import { type ServiceContext, openOptions } from './serviceContext';
import { assertStillOpen } from './sessionGuard';

/**
 * Re-encrypts the open workspace under a new data key while it stays open: the session carries on with the
 * same workspace object, now on the new file. One audit row, written into the new file only.
 */
export async function reEncryptOpenWorkspace(
  context: ServiceContext,
  workspace: OpenWorkspace,
  secrets: RekeySecrets,
  audit: { action: string; changes: Record<string, unknown> },
): Promise<void> {
  const prepared = await prepareRekey(workspace, secrets, context.kdfCost);
  try {
    assertStillOpen(context, workspace);
    applyRekey(workspace, prepared, {
      ...openOptions(context),
      audit: (db) => recordAudit(db, { profile: context.profile, entity: 'workspace', entityId: workspace.meta.id, ...audit }, context.now().toISOString()),
    });
  } finally {
    prepared.dataKey.fill(0);
    // Only when even reopening failed: nothing of the workspace may look open.
    if (!workspace.db.open && context.session.workspace === workspace) context.session.lock('user');
  }
}
