import type { ChannelParsedInput, ChannelOutput, Member } from '../../shared/contract';
import { columnOf, insertSql, selectColumns, toFlag, updateSql } from './columnList';
import { indexMember } from './directorySearchRepository';
import { memberOrderSql, memberSortKey, shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';
import { preparedOnce } from './preparedOnce';

export type MemberFields = ChannelParsedInput<'directory.createMember'>;
export type RevealedMember = ChannelOutput<'directory.revealMember'>;

/** What a protected identity hides: lists and details return null for these, only a reveal returns them. */
const identityFields = ['fullName', 'email', 'phone', 'notes'] as const;
const openFields = [
  'displayName', 'pronouns', 'organizationId', 'title', 'coalitionRole', 'representativeRole', 'votingMember',
  'preferredContact', 'startOn', 'endOn', 'protectedIdentity',
] as const;
const memberFields = [...identityFields, ...openFields];

type MemberRow = Omit<Member, 'votingMember' | 'protectedIdentity'> & { votingMember: number; protectedIdentity: number };

/** Written on every save, never given by a caller: the order of lists follows the name. */
const storedFields = [...memberFields, 'sortKey'] as const;

export function insertMember(db: Db, id: string, fields: MemberFields, at: string): void {
  preparedOnce(db, insertSql('members', storedFields)).run({ ...toParams(fields), id, createdAt: at, updatedAt: at });
  indexMember(db, id);
}

export function updateMember(db: Db, id: string, fields: MemberFields, at: string): void {
  db.prepare(updateSql('members', storedFields)).run({ ...toParams(fields), id, updatedAt: at });
  indexMember(db, id);
}

/** The fields a bulk edit sets; the rest of the row stays as it is. */
export type MemberStanding = Partial<Pick<MemberFields, 'votingMember' | 'protectedIdentity' | 'coalitionRole'>>;

export function updateMemberStanding(db: Db, id: string, fields: MemberStanding, at: string): void {
  const params = {
    coalitionRole: fields.coalitionRole,
    votingMember: fields.votingMember === undefined ? undefined : toFlag(fields.votingMember),
    protectedIdentity: fields.protectedIdentity === undefined ? undefined : toFlag(fields.protectedIdentity),
  };
  const given = (['coalitionRole', 'votingMember', 'protectedIdentity'] as const).filter((field) => params[field] !== undefined);
  db.prepare(updateSql('members', given)).run({ ...Object.fromEntries(given.map((field) => [field, params[field]])), id, updatedAt: at });
  // Protection decides what the search index may hold of the person.
  if (fields.protectedIdentity !== undefined) indexMember(db, id);
}

export function listMembers(db: Db, options: { includeArchived: boolean }): Member[] {
  return queryMembers(db, options.includeArchived ? '' : 'WHERE m.archived_at IS NULL', {});
}

/** The active members of one organization. */
export function listMembersOfOrganization(db: Db, organizationId: string): Member[] {
  return queryMembers(db, 'WHERE m.organization_id = @organizationId AND m.archived_at IS NULL', { organizationId });
}

/** The members with these ids, in no particular order. */
export function findMembersByIds(db: Db, ids: readonly string[]): Member[] {
  return ids.length === 0 ? [] : queryMembers(db, 'WHERE m.id IN (SELECT value FROM json_each(@ids))', { ids: JSON.stringify(ids) }, 'unordered');
}

export function findMember(db: Db, id: string): Member | undefined {
  return queryMembers(db, 'WHERE m.id = @id', { id })[0];
}

export function revealMemberIdentity(db: Db, id: string): RevealedMember | undefined {
  return db.prepare('SELECT id, full_name AS fullName, email, phone, notes FROM members WHERE id = ?').get(id) as RevealedMember | undefined;
}

/** The organization's active primary representative other than `exceptMemberId`, if any. */
export function findActivePrimary(db: Db, organizationId: string, exceptMemberId: string): { id: string; shownName: string } | undefined {
  return db
    .prepare(
      `SELECT id, ${shownNameSql('members')} AS shownName FROM members
       WHERE organization_id = ? AND representative_role = 'primary' AND archived_at IS NULL AND id <> ?`,
    )
    .get(organizationId, exceptMemberId) as { id: string; shownName: string } | undefined;
}

function queryMembers(db: Db, where: string, params: Record<string, string>, order: 'by name' | 'unordered' = 'by name'): Member[] {
  const hidden = identityFields.map((field) => `CASE WHEN m.protected_identity = 1 THEN NULL ELSE m.${columnOf(field)} END AS ${field}`);
  const rows = db
    .prepare(
      `SELECT ${selectColumns('m', openFields)}, ${hidden.join(', ')}, ${shownNameSql('m')} AS shownName,
              o.name AS organizationName, o.sector AS organizationSector
       FROM members m LEFT JOIN organizations o ON o.id = m.organization_id
       ${where}
       ${order === 'by name' ? `ORDER BY ${memberOrderSql('m')}` : ''}`,
    )
    .all(params) as MemberRow[];
  return rows.map((row) => ({ ...row, votingMember: row.votingMember === 1, protectedIdentity: row.protectedIdentity === 1 }));
}

function toParams(fields: MemberFields) {
  return { ...fields, votingMember: toFlag(fields.votingMember), protectedIdentity: toFlag(fields.protectedIdentity), sortKey: memberSortKey(fields) };
}
