import type { WorkspaceSummary } from '../../shared/contract';
import type { WorkspaceMetaRow } from '../db/workspaceMetaRepository';
import type { OpenWorkspace } from '../workspace/openWorkspace';

export function summarize(workspace: OpenWorkspace): WorkspaceSummary {
  return summaryOf(workspace.meta, workspace.files.folder);
}

/** `where` is the workspace folder, or the server database's address without its password. */
export function summaryOf(meta: WorkspaceMetaRow, where: string): WorkspaceSummary {
  return {
    id: meta.id,
    name: meta.name,
    jurisdiction: { state: meta.jurisdictionState, region: meta.jurisdictionRegion },
    path: where,
  };
}
