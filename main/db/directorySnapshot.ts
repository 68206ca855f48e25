import type { StorageExecutor } from './engine/storageEngine';

function activeOrganizations(db: StorageExecutor) {
  return db.selectFrom('organizations').select(['id', 'name']).where('archived_at', 'is', null).orderBy('id').execute();
}

function activeMembers(db: StorageExecutor) {
  return db
    .selectFrom('members')
    .select(['id', 'full_name as fullName', 'email', 'organization_id as organizationId', 'protected_identity as protectedIdentity'])
    .where('archived_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** What an import matches its rows against, as read in one moment: the active organizations and members. */
export interface DirectorySnapshot {
  organizations: Awaited<ReturnType<typeof activeOrganizations>>;
  members: Awaited<ReturnType<typeof activeMembers>>;
}

export async function readDirectorySnapshot(db: StorageExecutor): Promise<DirectorySnapshot> {
  return { organizations: await activeOrganizations(db), members: await activeMembers(db) };
}
