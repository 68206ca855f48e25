import { createHash } from 'node:crypto';
import type { MemberImportLookups, MemberKey } from '../import/importRows';
import { normalizeKey } from '../import/normalizeKey';
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

/**
 * Name and email look-ups for an import, from one snapshot. Protected members are matched on their real name and
 * email too (so an import cannot duplicate them); since a match tells the importer that such a person exists, each
 * one is reported through onProtectedMatch for the audit log, as a reveal would be. Emails match without regard to
 * case, as the members' unique email index does (migration 0140).
 */
export function directoryLookups(snapshot: DirectorySnapshot, onProtectedMatch: (memberId: string) => void = () => undefined): MemberImportLookups {
  const organizations = new Map<string, string>();
  for (const row of snapshot.organizations) organizations.set(normalizeKey(row.name), row.id);
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  const protectedIds = new Set<string>();
  for (const member of snapshot.members) {
    if (member.email && !byEmail.has(member.email.toLowerCase())) byEmail.set(member.email.toLowerCase(), member.id);
    byName.set(memberNameKey(member), member.id);
    if (member.protectedIdentity) protectedIds.add(member.id);
  }
  const matchedMember = (id: string | undefined) => {
    if (id && protectedIds.has(id)) onProtectedMatch(id);
    return found(id);
  };
  return {
    findOrganizationByName: (name) => found(organizations.get(normalizeKey(name))),
    findMember: (key) => matchedMember((key.email ? byEmail.get(key.email.toLowerCase()) : undefined) ?? byName.get(memberNameKey(key))),
  };
}

function memberNameKey(key: Pick<MemberKey, 'fullName' | 'organizationId'>): string {
  return `${normalizeKey(key.fullName)}|${key.organizationId ?? ''}`;
}

function found(id: string | undefined): { id: string } | null {
  return id ? { id } : null;
}

/**
 * Changes whenever what a snapshot holds changes (names, emails, organizations, protection, archiving): an import that
 * checks its rows in slices compares it before writing, since other calls run between the slices.
 */
export function directorySnapshotVersion(snapshot: DirectorySnapshot): string {
  const hash = createHash('sha256');
  for (const row of snapshot.organizations) hash.update(JSON.stringify(row));
  hash.update('\n');
  for (const row of snapshot.members) hash.update(JSON.stringify(row));
  return hash.digest('base64');
}
