import { sql } from 'kysely';
import { chunksOf } from './engine/chunks';
import { compiledOnce } from './engine/compiledOnce';
import type { CoalitionRole, ContactPreference, RepresentativeRole } from './engine/schema';
import type { StorageExecutor } from './engine/storageEngine';
import { reindexMembers } from './directorySearchDocuments';
import { memberOrderOf, memberSortKey, shownNameOf } from './memberShownName';

/**
 * Members on the storage engine (either engine). What a protected identity hides (full name, email, phone, notes)
 * is NULL in every row read here; only `revealMemberIdentity` reads it. Each write rewrites the member's search
 * document in the same transaction.
 */
export interface MemberValues {
  fullName: string;
  displayName: string;
  pronouns: string;
  organizationId: string | null;
  title: string;
  coalitionRole: CoalitionRole;
  representativeRole: RepresentativeRole;
  votingMember: boolean;
  email: string;
  phone: string;
  preferredContact: ContactPreference;
  startOn: string | null;
  endOn: string | null;
  notes: string;
  protectedIdentity: boolean;
}

/** The fields a bulk edit sets; the rest of the row stays as it is. */
export type MemberStanding = Partial<Pick<MemberValues, 'votingMember' | 'protectedIdentity' | 'coalitionRole'>>;

const flag = (value: boolean): number => (value ? 1 : 0);

function columnsOf(values: MemberValues) {
  return {
    full_name: values.fullName,
    display_name: values.displayName,
    pronouns: values.pronouns,
    organization_id: values.organizationId,
    title: values.title,
    coalition_role: values.coalitionRole,
    representative_role: values.representativeRole,
    voting_member: flag(values.votingMember),
    email: values.email,
    phone: values.phone,
    preferred_contact: values.preferredContact,
    start_on: values.startOn,
    end_on: values.endOn,
    notes: values.notes,
    protected_identity: flag(values.protectedIdentity),
    sort_key: memberSortKey(values),
  };
}

type MemberColumns = ReturnType<typeof columnsOf>;

// Every save and every imported member runs these: built once, not on every call.
const insertMemberRow = compiledOnce((db, row: MemberColumns & { id: string; created_at: string; updated_at: string }) => db.insertInto('members').values(row));
const updateMemberRow = compiledOnce((db, { id, ...row }: MemberColumns & { id: string; updated_at: string }) =>
  db.updateTable('members').set(row).where('id', '=', id),
);

export async function insertMember(db: StorageExecutor, id: string, values: MemberValues, at: string): Promise<void> {
  await insertMemberRow(db, { ...columnsOf(values), id, created_at: at, updated_at: at });
  await reindexMembers(db, { id });
}

export async function updateMember(db: StorageExecutor, id: string, values: MemberValues, at: string): Promise<void> {
  await updateMemberRow(db, { ...columnsOf(values), id, updated_at: at });
  await reindexMembers(db, { id });
}

export async function updateMemberStanding(db: StorageExecutor, id: string, standing: MemberStanding, at: string): Promise<void> {
  await db
    .updateTable('members')
    .set({
      coalition_role: standing.coalitionRole,
      voting_member: standing.votingMember === undefined ? undefined : flag(standing.votingMember),
      protected_identity: standing.protectedIdentity === undefined ? undefined : flag(standing.protectedIdentity),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
  // Protection decides what the search index may hold of the person.
  if (standing.protectedIdentity !== undefined) await reindexMembers(db, { id });
}

export async function setMemberArchivedAt(db: StorageExecutor, id: string, archivedAt: string | null, at: string): Promise<void> {
  await db.updateTable('members').set({ archived_at: archivedAt, updated_at: at }).where('id', '=', id).execute();
}

const unlessProtected = (column: 'full_name' | 'email' | 'phone' | 'notes') =>
  sql<string | null>`CASE WHEN ${sql.ref('m.protected_identity')} = 1 THEN NULL ELSE ${sql.ref(`m.${column}`)} END`;

function memberRows(db: StorageExecutor) {
  return db
    .selectFrom('members as m')
    .leftJoin('organizations as o', 'o.id', 'm.organization_id')
    .select([
      'm.id',
      unlessProtected('full_name').as('fullName'),
      'm.display_name as displayName',
      'm.pronouns',
      'm.organization_id as organizationId',
      'm.title',
      'm.coalition_role as coalitionRole',
      'm.representative_role as representativeRole',
      'm.voting_member as votingMember',
      unlessProtected('email').as('email'),
      unlessProtected('phone').as('phone'),
      'm.preferred_contact as preferredContact',
      'm.start_on as startOn',
      'm.end_on as endOn',
      unlessProtected('notes').as('notes'),
      'm.protected_identity as protectedIdentity',
      shownNameOf('m').as('shownName'),
      'o.name as organizationName',
      'o.sector as organizationSector',
      'm.archived_at as archivedAt',
      'm.created_at as createdAt',
      'm.updated_at as updatedAt',
    ]);
}

/** A member as lists show them (flags as 0/1; the service makes them booleans). */
export type MemberRow = Awaited<ReturnType<ReturnType<typeof memberRows>['executeTakeFirstOrThrow']>>;

export function listMembers(db: StorageExecutor, options: { includeArchived: boolean }): Promise<MemberRow[]> {
  return memberRows(db)
    .$if(!options.includeArchived, (query) => query.where('m.archived_at', 'is', null))
    .orderBy(memberOrderOf('m'))
    .execute();
}

/** The active members of one organization. */
export function listMembersOfOrganization(db: StorageExecutor, organizationId: string): Promise<MemberRow[]> {
  return memberRows(db).where('m.organization_id', '=', organizationId).where('m.archived_at', 'is', null).orderBy(memberOrderOf('m')).execute();
}

// A page of the Members grid and each save read these: built once, not on every call.
const membersWithIds = compiledOnce((db, params: { ids: readonly string[] }) => memberRows(db).where('m.id', 'in', params.ids));
const memberWithId = compiledOnce((db, params: { id: string }) => memberRows(db).where('m.id', '=', params.id));

/** The members with these ids, in no particular order. */
export async function findMembersByIds(db: StorageExecutor, ids: readonly string[]): Promise<MemberRow[]> {
  const rows: MemberRow[] = [];
  for (const chunk of chunksOf([...new Set(ids)])) rows.push(...(await membersWithIds(db, { ids: chunk })));
  return rows;
}

export async function findMember(db: StorageExecutor, id: string): Promise<MemberRow | undefined> {
  return (await memberWithId(db, { id }))[0];
}

/** The one read of what a protected identity hides. */
export function revealMemberIdentity(db: StorageExecutor, id: string) {
  return db.selectFrom('members').select(['id', 'full_name as fullName', 'email', 'phone', 'notes']).where('id', '=', id).executeTakeFirst();
}

/** The organization's active primary representative other than `exceptMemberId`, if any. */
export function findActivePrimary(db: StorageExecutor, organizationId: string, exceptMemberId: string) {
  return db
    .selectFrom('members as m')
    .select(['m.id', shownNameOf('m').as('shownName')])
    .where('m.organization_id', '=', organizationId)
    .where('m.representative_role', '=', 'primary')
    .where('m.archived_at', 'is', null)
    .where('m.id', '<>', exceptMemberId)
    .executeTakeFirst();
}

/** The active member other than `exceptMemberId` whose email is this one, capitals aside (the index members_email_unique). */
export function findActiveMemberByEmail(db: StorageExecutor, email: string, exceptMemberId: string) {
  return db
    .selectFrom('members as m')
    .select(['m.id', shownNameOf('m').as('shownName')])
    .where(sql<string>`lower(m.email)`, '=', sql<string>`lower(${email})`)
    .where('m.email', '<>', '')
    .where('m.archived_at', 'is', null)
    .where('m.id', '<>', exceptMemberId)
    .executeTakeFirst();
}
