import { appendAudit, appendAudits } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { ServiceContext } from './serviceContext';

export type DirectoryEntity = 'organization' | 'member';

/** Stands in the audit log for a value a protected identity keeps out of sight, so history cannot reveal it. */
export const HIDDEN_VALUE = '(hidden: protected identity)';

type DirectoryChange = { entity: DirectoryEntity; id: string; action: string; changes?: Record<string, unknown> };

/** One entry of a directory record's history, in the action's transaction (either engine). */
export async function writeDirectoryHistory(context: ServiceContext, db: StorageExecutor, at: string, change: DirectoryChange): Promise<void> {
  await appendAudit(db, { profile: context.profile, entity: change.entity, entityId: change.id, action: change.action, changes: change.changes ?? {} }, at);
}

/** Many changes of one moment (an import's new records), in the order given. */
export async function writeDirectoryHistories(context: ServiceContext, db: StorageExecutor, at: string, changes: readonly DirectoryChange[]): Promise<void> {
  await appendAudits(
    db,
    changes.map((change) => ({ profile: context.profile, entity: change.entity, entityId: change.id, action: change.action, changes: change.changes ?? {} })),
    at,
  );
}

/** Field -> { from, to } for every field whose value differs; hidden fields record only that they changed. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, hidden: readonly string[] = []): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before[field];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[field] = hidden.includes(field) ? HIDDEN_VALUE : { from, to };
  }
  return changes;
}

/** The initial values of a new record, with hidden fields masked. */
export function initialFields(fields: Record<string, unknown>, hidden: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, hidden.includes(field) ? HIDDEN_VALUE : value]));
}
