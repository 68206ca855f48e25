import type { ChannelParsedInput, WorkspaceSummary } from '../../shared/contract';
import { recordAudit } from '../db/auditRepository';
import { type CoalitionDetails, getWorkspaceMeta, updateCoalitionDetails } from '../db/workspaceMetaRepository';
import type { ServiceContext } from './serviceContext';
import { summarize } from './workspaceSummary';

/**
 * Renames the coalition and sets its jurisdiction, with one audit row naming what changed from what. The workspace
 * folder is deliberately NOT renamed: its path is how backups, the recent list, a chosen backup folder and any
 * shortcut a person made find it, and a rename could fail half-way on a synced or network folder. The new name shows
 * everywhere the app shows the coalition; the folder keeps the name it was created with. Saving the same values
 * changes nothing and writes no audit row.
 */
export function setCoalitionDetails(context: ServiceContext, input: ChannelParsedInput<'settings.setCoalitionDetails'>): WorkspaceSummary {
  const workspace = context.session.require();
  const before: CoalitionDetails = {
    name: workspace.meta.name,
    jurisdictionState: workspace.meta.jurisdictionState,
    jurisdictionRegion: workspace.meta.jurisdictionRegion,
  };
  const after: CoalitionDetails = { name: input.name, jurisdictionState: input.jurisdiction.state, jurisdictionRegion: input.jurisdiction.region };
  const changes = changedFields(before, after);
  if (Object.keys(changes).length === 0) return summarize(workspace);

  const at = context.now().toISOString();
  workspace.db.transaction(() => {
    updateCoalitionDetails(workspace.db, after, at);
    recordAudit(workspace.db, { profile: context.profile, entity: 'workspace', entityId: workspace.meta.id, action: 'updated', changes }, at);
  })();
  workspace.meta = getWorkspaceMeta(workspace.db) ?? workspace.meta;
  context.recent.rename(workspace.files.folder, workspace.meta.name);
  return summarize(workspace);
}

function changedFields(before: CoalitionDetails, after: CoalitionDetails): Record<string, { from: string; to: string }> {
  const changes: Record<string, { from: string; to: string }> = {};
  for (const field of ['name', 'jurisdictionState', 'jurisdictionRegion'] as const) {
    if (before[field] !== after[field]) changes[field] = { from: before[field], to: after[field] };
  }
  return changes;
}
