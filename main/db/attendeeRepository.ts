import { uuidv7 } from 'uuidv7';
import type { AttendanceStatus, Attendee } from '../../shared/contract';
import type { SectorId } from '../../shared/stakeholderSectors';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

type AttendeeRow = Omit<Attendee, 'votingMember' | 'guest' | 'substitute'> & {
  votingMember: number;
  guest: number;
  substituteMemberId: string | null;
  substituteName: string | null;
};

/** Adds members who are not on the list yet; people already invited stay as they are. */
export function addMemberAttendees(db: Db, meetingId: string, memberIds: readonly string[], at: string): number {
  const insert = db.prepare(
    `INSERT INTO attendees (id, meeting_id, member_id, status, created_at, updated_at) VALUES (?, ?, ?, 'invited', ?, ?)
     ON CONFLICT (meeting_id, member_id) WHERE member_id IS NOT NULL DO NOTHING`,
  );
  return memberIds.reduce((added, memberId) => added + insert.run(uuidv7(), meetingId, memberId, at, at).changes, 0);
}

export function addGuestAttendee(db: Db, id: string, guest: { meetingId: string; name: string; organization: string; sector: SectorId | null }, at: string): void {
  db.prepare(
    `INSERT INTO attendees (id, meeting_id, guest_name, guest_organization, guest_sector, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'present', ?, ?)`,
  ).run(id, guest.meetingId, guest.name, guest.organization, guest.sector, at, at);
}

export function setAttendanceStatus(db: Db, id: string, status: AttendanceStatus, at: string): void {
  db.prepare('UPDATE attendees SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
}

export function setAttendeeSubstitute(db: Db, id: string, substitute: { memberId: string | null; name: string } | null, at: string): void {
  db.prepare('UPDATE attendees SET substitute_member_id = ?, substitute_name = ?, updated_at = ? WHERE id = ?').run(
    substitute?.memberId ?? null,
    substitute && substitute.memberId === null ? substitute.name : null,
    at,
    id,
  );
}

export function deleteAttendee(db: Db, id: string): void {
  db.prepare('DELETE FROM attendees WHERE id = ?').run(id);
}

export function listAttendees(db: Db, meetingId: string): Attendee[] {
  return (db.prepare(attendeeQuery('WHERE a.meeting_id = @meetingId')).all({ meetingId }) as AttendeeRow[]).map(toAttendee);
}

export function findAttendee(db: Db, id: string): Attendee | undefined {
  const row = db.prepare(attendeeQuery('WHERE a.id = @id')).get({ id }) as AttendeeRow | undefined;
  return row && toAttendee(row);
}

/** Who an invitation reaches: chosen people, and the active members of chosen organizations, workgroups and sectors. */
export interface InviteSelection {
  memberIds: readonly string[];
  organizationIds: readonly string[];
  workgroupIds: readonly string[];
  sectors: readonly SectorId[];
}

export function activeMemberIdsFor(db: Db, selection: InviteSelection): string[] {
  const json = (values: readonly string[]) => JSON.stringify(values);
  const rows = db
    .prepare(
      `SELECT m.id FROM members m LEFT JOIN organizations o ON o.id = m.organization_id
       WHERE m.archived_at IS NULL AND (
         m.id IN (SELECT value FROM json_each(@memberIds))
         OR m.organization_id IN (SELECT value FROM json_each(@organizationIds))
         OR m.id IN (SELECT wm.member_id FROM workgroup_members wm WHERE wm.workgroup_id IN (SELECT value FROM json_each(@workgroupIds)))
         OR (o.archived_at IS NULL AND o.sector IN (SELECT value FROM json_each(@sectors)))
       )
       ORDER BY m.id`,
    )
    .all({
      memberIds: json(selection.memberIds),
      organizationIds: json(selection.organizationIds),
      workgroupIds: json(selection.workgroupIds),
      sectors: json(selection.sectors),
    }) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

function attendeeQuery(where: string): string {
  return `
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
    ${where}
    ORDER BY a.member_id IS NULL, m.sort_key, shownName COLLATE NOCASE, a.id`;
}

function toAttendee(row: AttendeeRow): Attendee {
  const { substituteMemberId, substituteName, votingMember, guest, ...attendee } = row;
  const substitute = substituteName === null ? null : { memberId: substituteMemberId, shownName: substituteName };
  return { ...attendee, votingMember: votingMember === 1, guest: guest === 1, substitute };
}
