import type { WorkspaceSummary } from '../../shared/contract';
import { loadWorkspaceMeta } from '../db/workspaceMetaRepository';
import type { ServiceContext } from './serviceContext';
import { requireFound, storage } from './workspaceTransaction';
import { summarize, summaryOf } from './workspaceSummary';

/** Where the open coalition's records are: a workspace file on this computer, or a PostgreSQL server. */
export type CoalitionStorage = 'workspace' | 'postgres';

/** The coalition open now, if any: an unlocked workspace, or the server database the app was started on. */
export async function openCoalition(context: ServiceContext): Promise<{ summary: WorkspaceSummary; storage: CoalitionStorage } | null> {
  const workspace = context.session.workspace;
  if (workspace) return { summary: summarize(workspace), storage: 'workspace' };
  const server = context.session.server;
  if (!server) return null;
  const meta = requireFound(await loadWorkspaceMeta(storage(context)), 'coalition record');
  return { summary: summaryOf(meta, server.address), storage: 'postgres' };
}
