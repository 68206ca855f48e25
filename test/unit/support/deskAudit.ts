// The audit log as stored, oldest first, on either engine: read from the PostgreSQL database, or from the workspace
// file through a second connection of its own (the desk keeps its workspace open).
import { type AuditRow, loadAudit } from '../../../main/db/auditRepository';
import { sqlcipherEngine } from '../../../main/db/engine/storageEngine';
import { workspaceFiles } from '../../../main/workspace/workspaceFiles';
import type { DeskUnderTest } from './eachDesk';
import { withDatabaseFile } from './testDesk';

export async function deskAudit(subject: DeskUnderTest): Promise<AuditRow[]> {
  if (subject.serverEngine) return (await loadAudit(subject.serverEngine.db)).reverse();
  const { workspace } = await subject.t.call('workspace.details', {});
  return withDatabaseFile(workspaceFiles(workspace.path), async (db) => (await loadAudit(sqlcipherEngine(db).db)).reverse());
}
