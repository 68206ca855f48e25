import { createHash } from 'node:crypto';
import type { MemberImportLookups, MemberKey } from '../import/importRows';
import { normalizeKey } from '../import/normalizeKey';
import type { Db } from './openDatabase';

/**
 * Name and email look-ups for an import, read once into memory. Protected members are matched on their
 * real name and email too (so an import cannot duplicate them); since a match tells the importer that such a
 * person exists, each one is reported through onProtectedMatch for the audit log, as a reveal would be.
 */
export function directoryLookups(db: Db, onProtectedMatch: (memberId: string) => void = () => undefined): MemberImportLookups {
  const organizations = new Map<string, string>();
  for (const row of db.prepare('SELECT id, name FROM organizations WHERE archived_at IS NULL').all() as Array<{ id: string; name: string }>) {
    organizations.set(normalizeKey(row.name), row.id);
  }
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  const protectedIds = new Set<string>();
  const members = db
    .prepare('SELECT id, full_name AS fullName, email, organization_id AS organizationId, protected_identity AS protectedIdentity FROM members WHERE archived_at IS NULL')
    .all() as Array<{ id: string; fullName: string; email: string; organizationId: string | null; protectedIdentity: number }>;
  for (const member of members) {
    if (member.email) byEmail.set(member.email.toLowerCase(), member.id);
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
 * Changes whenever what directoryLookups reads changes (names, emails, organizations, protection, archiving): an
 * import that checks its rows in slices compares it before writing, since other calls run between the slices.
 */
export function directoryLookupsVersion(db: Db): string {
  const hash = createHash('sha256');
  for (const row of db.prepare('SELECT id, name FROM organizations WHERE archived_at IS NULL ORDER BY id').raw().iterate()) hash.update(JSON.stringify(row));
  hash.update('\n');
  const members = db.prepare('SELECT id, full_name, email, organization_id, protected_identity FROM members WHERE archived_at IS NULL ORDER BY id');
  for (const row of members.raw().iterate()) hash.update(JSON.stringify(row));
  return hash.digest('base64');
}
