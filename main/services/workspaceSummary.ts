import type { WorkspaceSummary } from '../../shared/contract';
import type { OpenWorkspace } from '../workspace/openWorkspace';

export function summarize(workspace: OpenWorkspace): WorkspaceSummary {
  return {
    id: workspace.meta.id,
    name: workspace.meta.name,
    jurisdiction: { state: workspace.meta.jurisdictionState, region: workspace.meta.jurisdictionRegion },
    path: workspace.files.folder,
  };
}
