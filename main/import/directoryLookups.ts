import { createHash } from 'node:crypto';
import type { DirectorySnapshot } from '../db/directorySnapshot';
import type { MemberImportLookups, MemberKey } from './importRows';
import { normalizeKey } from './normalizeKey';

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
