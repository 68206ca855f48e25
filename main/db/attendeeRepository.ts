import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { type AttendanceStatus, type Attendee, attendeeSchema } from '../../shared/contract';
import type { SectorId } from '../../shared/stakeholderSectors';
import { sql } from 'kysely';
import { nameOrder } from './engine/dialectSql';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { shownNameOf, shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

/**
 * The rows of the synchronous attendee query, checked field by field: the engine form's row, as SQLite returns it
 * (the attendee as channels answer it, with its flags as 0/1 and its substitute in two columns).
 */
const listedRows: z.ZodType<ListedRow[]> = z.array(
  attendeeSchema.omit({ substitute: true }).extend({
    votingMember: z.number(),
    guest: z.number(),
    substituteMemberId: z.string().nullable(),
    substituteName: z.string().nullable(),
  }),
);

const attendeesOfMeetingSql = `
    SELECT a.id, a.meeting_id AS meetingId, a.member_id AS memberId,
           CASE WHEN a.member_id IS NULL THEN a.guest_name ELSE ${shownNameSql('m')} END AS shownName,
           m.organization_id AS organizationId,
           CASE WHEN a.member_id IS NULL THEN nullif(a.guest_organization, '') ELSE o.name END AS organizationName,
           CASE WHEN a.member_id IS NULL THEN a.guest_sector ELSE o.sector END AS sector,
           coalesce(m.voting_member, 0) AS votingMember, coalesce(m.representative_role, 'none') AS representativeRole,
           a.status, a.member_id IS NULL AS guest, a.substitute_member_id AS substituteMemberId,
           coalesce(${shownNameSql('s')}, a.substitute_name) AS substituteName
    FROM attendees a
    LEFT JOIN members m ON m.id = a.member_id
    LEFT JOIN organizations o ON o.id = m.organization_id
    LEFT JOIN members s ON s.id = a.substitute_member_id
    WHERE a.meeting_id = @meetingId
    ORDER BY a.member_id IS NULL, m.sort_key, shownName COLLATE NOCASE, a.id`;

/**
 * The attendance list on a synchronous connection, for the upgrade step that filled in older approved minutes
 * (migration 0040, through takeRecordSnapshot), which runs before any engine exists. Guests sort by NOCASE here:
 * name_sort_key() is registered by the engine.
 */
export function listAttendees(db: Db, meetingId: string): Attendee[] {
  return listedRows.parse(db.prepare(attendeesOfMeetingSql).all({ meetingId })).map(toListed);
}

/** Who an invitation reaches: chosen people, and the active members of chosen organizations, workgroups and sectors. */
export interface InviteSelection {
  memberIds: readonly string[];
  organizationIds: readonly string[];
  workgroupIds: readonly string[];
  sectors: readonly SectorId[];
}

// ---------- The storage-engine forms.

/** Rows per INSERT when many people are invited at once (well under both engines' parameter limits). */
const INVITES_PER_STATEMENT = 500;

/** Adds members who are not on the list yet; people already invited stay as they are. */
export async function inviteMembers(db: StorageExecutor, meetingId: string, memberIds: readonly string[], at: string): Promise<number> {
  let added = 0;
  for (let start = 0; start < memberIds.length; start += INVITES_PER_STATEMENT) {
    const rows = memberIds
      .slice(start, start + INVITES_PER_STATEMENT)
      .map((memberId) => ({ id: uuidv7(), meeting_id: meetingId, member_id: memberId, status: 'invited' as const, created_at: at, updated_at: at }));
    const [result] = await db
      .insertInto('attendees')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['meeting_id', 'member_id']).where('member_id', 'is not', null).doNothing())
      .execute();
    added += Number(result?.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export async function addGuestAttendee(
  db: StorageExecutor,
  id: string,
  guest: { meetingId: string; name: string; organization: string; sector: SectorId | null },
  at: string,
): Promise<void> {
  await db
    .insertInto('attendees')
    .values({
      id,
      meeting_id: guest.meetingId,
      guest_name: guest.name,
      guest_organization: guest.organization,
      guest_sector: guest.sector,
      status: 'present',
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function markAttendee(db: StorageExecutor, id: string, status: AttendanceStatus, at: string): Promise<void> {
  await db.updateTable('attendees').set({ status, updated_at: at }).where('id', '=', id).execute();
}

export async function setAttendeeSubstitute(
  db: StorageExecutor,
  id: string,
  substitute: { memberId: string | null; name: string } | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('attendees')
    .set({
      substitute_member_id: substitute?.memberId ?? null,
      substitute_name: substitute && substitute.memberId === null ? substitute.name : null,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteAttendee(db: StorageExecutor, id: string): Promise<void> {
  await db.deleteFrom('attendees').where('id', '=', id).execute();
}

export async function readAttendees(db: StorageExecutor, meetingId: string): Promise<Attendee[]> {
  return (await attendees(db).where('a.meeting_id', '=', meetingId).execute()).map(toListed);
}

export async function findAttendee(db: StorageExecutor, id: string): Promise<Attendee | undefined> {
  const row = await attendees(db).where('a.id', '=', id).executeTakeFirst();
  return row && toListed(row);
}

export async function activeMemberIdsFor(db: StorageExecutor, selection: InviteSelection): Promise<string[]> {
  const rows = await db
    .selectFrom('members as m')
    .leftJoin('organizations as o', 'o.id', 'm.organization_id')
    .select('m.id')
    .where('m.archived_at', 'is', null)
    .where((eb) =>
      eb.or([
        ...(selection.memberIds.length > 0 ? [eb('m.id', 'in', selection.memberIds)] : []),
        ...(selection.organizationIds.length > 0 ? [eb('m.organization_id', 'in', selection.organizationIds)] : []),
        ...(selection.workgroupIds.length > 0
          ? [eb('m.id', 'in', eb.selectFrom('workgroup_members as wm').select('wm.member_id').where('wm.workgroup_id', 'in', selection.workgroupIds))]
          : []),
        ...(selection.sectors.length > 0 ? [eb.and([eb('o.archived_at', 'is', null), eb('o.sector', 'in', selection.sectors)])] : []),
      ]),
    )
    .orderBy('m.id')
    .execute();
  return rows.map((row) => row.id);
}

function attendees(db: StorageExecutor) {
  const isGuest = sql`${sql.ref('a.member_id')} IS NULL`;
  const shown = sql<string>`CASE WHEN ${isGuest} THEN ${sql.ref('a.guest_name')} ELSE ${shownNameOf('m')} END`;
  return db
    .selectFrom('attendees as a')
    .leftJoin('members as m', 'm.id', 'a.member_id')
    .leftJoin('organizations as o', 'o.id', 'm.organization_id')
    .leftJoin('members as s', 's.id', 'a.substitute_member_id')
    .select(['a.id', 'a.meeting_id as meetingId', 'a.member_id as memberId', shown.as('shownName'), 'm.organization_id as organizationId'])
    .select([
      sql<string | null>`CASE WHEN ${isGuest} THEN nullif(${sql.ref('a.guest_organization')}, '') ELSE ${sql.ref('o.name')} END`.as('organizationName'),
      sql<SectorId | null>`CASE WHEN ${isGuest} THEN ${sql.ref('a.guest_sector')} ELSE ${sql.ref('o.sector')} END`.as('sector'),
      sql<number>`coalesce(${sql.ref('m.voting_member')}, 0)`.as('votingMember'),
      sql<Attendee['representativeRole']>`coalesce(${sql.ref('m.representative_role')}, 'none')`.as('representativeRole'),
      'a.status',
      sql<number | boolean>`${isGuest}`.as('guest'),
      'a.substitute_member_id as substituteMemberId',
      sql<string | null>`coalesce(${shownNameOf('s')}, ${sql.ref('a.substitute_name')})`.as('substituteName'),
    ])
    .orderBy(isGuest)
    .orderBy('m.sort_key')
    .orderBy(nameOrder(dialectOf(db), shown))
    .orderBy('a.id');
}

type ListedRow = Awaited<ReturnType<ReturnType<typeof attendees>['executeTakeFirstOrThrow']>>;

function toListed(row: ListedRow): Attendee {
  const { substituteMemberId, substituteName, votingMember, guest, ...attendee } = row;
  const substitute = substituteName === null ? null : { memberId: substituteMemberId, shownName: substituteName };
  return { ...attendee, votingMember: votingMember === 1, guest: Boolean(guest), substitute };
}
