import type { MemberImportLookups, MemberKey } from '../import/importRows';
import { normalizeKey } from '../import/normalizeKey';
import type { Db } from './openDatabase';

/**
 * Name and email look-ups for an import, read once into memory: protected members are matched on
 * their real name and email too, which never leave this module.
 */
export function directoryLookups(db: Db): MemberImportLookups {
  const organizations = new Map<string, string>();
  for (const row of db.prepare('SELECT id, name FROM organizations WHERE archived_at IS NULL').all() as Array<{ id: string; name: string }>) {
    organizations.set(normalizeKey(row.name), row.id);
  }
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  const members = db.prepare('SELECT id, full_name AS fullName, email, organization_id AS organizationId FROM members WHERE archived_at IS NULL').all() as Array<{
    id: string;
    fullName: string;
    email: string;
    organizationId: string | null;
  }>;
  for (const member of members) {
    if (member.email) byEmail.set(member.email.toLowerCase(), member.id);
    byName.set(memberNameKey(member), member.id);
  }
  return {
    findOrganizationByName: (name) => found(organizations.get(normalizeKey(name))),
    findMember: (key) => found((key.email ? byEmail.get(key.email.toLowerCase()) : undefined) ?? byName.get(memberNameKey(key))),
  };
}

function memberNameKey(key: Pick<MemberKey, 'fullName' | 'organizationId'>): string {
  return `${normalizeKey(key.fullName)}|${key.organizationId ?? ''}`;
}

function found(id: string | undefined): { id: string } | null {
  return id ? { id } : null;
}
