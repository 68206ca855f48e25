import type { StorageExecutor } from './engine/storageEngine';

/** Ids of members with a protected identity: exports show them by display name or leave them out. */
export async function loadProtectedMemberIds(db: StorageExecutor): Promise<Set<string>> {
  const rows = await db.selectFrom('members').select('id').where('protected_identity', '=', 1).execute();
  return new Set(rows.map((row) => row.id));
}
