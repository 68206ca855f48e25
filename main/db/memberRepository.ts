import type { ChannelParsedInput, ChannelOutput, Member } from '../../shared/contract';
import { columnOf, insertSql, selectColumns, toFlag } from './columnList';
import { indexMember } from './directorySearchRepository';
import { memberOrderSql, memberSortKey, shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';
import { preparedOnce } from './preparedOnce';

/** The synchronous member rows, for the roster export and member digests, and the bench's dataset; the app's directory reads and writes through memberStore.ts. */
export type MemberFields = ChannelParsedInput<'directory.createMember'>;
export type RevealedMember = ChannelOutput<'directory.revealMember'>;

/** What a protected identity hides: lists and details return null for these, only a reveal returns them. */
const identityFields = ['fullName', 'email', 'phone', 'notes'] as const;
const openFields = [
  'displayName',
  'pronouns',
  'organizationId',
  'title',
  'coalitionRole',
  'representativeRole',
  'votingMember',
  'preferredContact',
  'startOn',
  'endOn',
  'protectedIdentity',
] as const;
const memberFields = [...identityFields, ...openFields];

type MemberRow = Omit<Member, 'votingMember' | 'protectedIdentity'> & { votingMember: number; protectedIdentity: number };

/** Written on every save, never given by a caller: the order of lists follows the name. */
const storedFields = [...memberFields, 'sortKey'] as const;

export function insertMember(db: Db, id: string, fields: MemberFields, at: string): void {
  preparedOnce(db, insertSql('members', storedFields)).run({ ...toParams(fields), id, createdAt: at, updatedAt: at });
  indexMember(db, id);
}

export function listMembers(db: Db, options: { includeArchived: boolean }): Member[] {
  return queryMembers(db, options.includeArchived ? '' : 'WHERE m.archived_at IS NULL', {});
}

export function findMember(db: Db, id: string): Member | undefined {
  return queryMembers(db, 'WHERE m.id = @id', { id })[0];
}

export function revealMemberIdentity(db: Db, id: string): RevealedMember | undefined {
  return db.prepare('SELECT id, full_name AS fullName, email, phone, notes FROM members WHERE id = ?').get(id) as RevealedMember | undefined;
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
