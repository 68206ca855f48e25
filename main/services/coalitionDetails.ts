import type { ChannelParsedInput, WorkspaceSummary } from '../../shared/contract';
import { appendAudit } from '../db/auditRepository';
import { type CoalitionDetails, loadWorkspaceMeta, saveCoalitionDetails } from '../db/workspaceMetaRepository';
import { openCoalition } from './openCoalition';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound } from './workspaceTransaction';

/**
 * Renames the coalition and sets its jurisdiction, with one audit row naming what changed from what. The workspace
 * folder is deliberately NOT renamed: its path is how backups, the recent list, a chosen backup folder and any
 * shortcut a person made find it, and a rename could fail half-way on a synced or network folder. The new name shows
 * everywhere the app shows the coalition; the folder keeps the name it was created with. Saving the same values
 * changes nothing and writes no audit row.
 */
export async function setCoalitionDetails(context: ServiceContext, input: ChannelParsedInput<'settings.setCoalitionDetails'>): Promise<WorkspaceSummary> {
  const after: CoalitionDetails = { name: input.name, jurisdictionState: input.jurisdiction.state, jurisdictionRegion: input.jurisdiction.region };
  const saved = await inTransaction(context, async (trx, at) => {
    const before = requireFound(await loadWorkspaceMeta(trx), 'coalition record');
    const changes = changedFields(before, after);
    if (Object.keys(changes).length === 0) return null;
    await saveCoalitionDetails(trx, after, at);
    await appendAudit(trx, { profile: context.profile, entity: 'workspace', entityId: before.id, action: 'updated', changes }, at);
    return requireFound(await loadWorkspaceMeta(trx), 'coalition record');
  });
  const workspace = context.session.workspace;
  if (saved && workspace) {
    workspace.meta = saved;
    context.recent.rename(workspace.files.folder, saved.name);
  }
  return requireFound((await openCoalition(context))?.summary, 'coalition record');
}

function changedFields(before: CoalitionDetails, after: CoalitionDetails): Record<string, { from: string; to: string }> {
  const changes: Record<string, { from: string; to: string }> = {};
  for (const field of ['name', 'jurisdictionState', 'jurisdictionRegion'] as const) {
    if (before[field] !== after[field]) changes[field] = { from: before[field], to: after[field] };
  }
  return changes;
}
