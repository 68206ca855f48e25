import { z } from 'zod';
import { type Attendee, type Quorum, attendeeSchema, quorumSchema } from '../../shared/contract';
import { attendanceFactsOf, quorumOf } from '../meetings/quorumMath';
import { listAttendees } from './attendeeRepository';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';
import { readQuorumRule } from './meetingSettings';
import { eligibleVotingIds } from './votingMembersRepository';

/** What an approved record shows of the roster, as it stood when the minutes were approved. */
export interface RecordSnapshot {
  attendees: Attendee[];
  quorum: Quorum;
}

const storedSnapshot = z.object({ attendees: z.array(attendeeSchema), quorum: quorumSchema });

/**
 * Stores the attendance (names, organizations, sectors, voting) and the quorum line of a meeting as they are now:
 * taken when minutes are approved and when an amendment closes, so later roster changes leave the record alone.
 */
export function takeRecordSnapshot(db: Db, meetingId: string, at: string): void {
  const meeting = db.prepare('SELECT id, kind, workgroup_id AS workgroupId FROM meetings WHERE id = ?').get(meetingId) as Parameters<typeof eligibleVotingIds>[1] | undefined;
  if (!meeting) return;
  const attendees = listAttendees(db, meetingId);
  const quorum = quorumOf(readQuorumRule(db), eligibleVotingIds(db, meeting), attendees.map(attendanceFactsOf));
  db.prepare(
    `INSERT INTO meeting_record_snapshots (meeting_id, attendees, quorum, taken_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (meeting_id) DO UPDATE SET attendees = excluded.attendees, quorum = excluded.quorum, taken_at = excluded.taken_at`,
  ).run(meetingId, JSON.stringify(attendees), JSON.stringify(quorum), at);
}

/**
 * The stored snapshot, or undefined when there is none (or it cannot be read: the live data is shown instead).
 * Someone marked protected since is shown as the app shows them now, never by the name stored before.
 */
export function findRecordSnapshot(db: Db, meetingId: string): RecordSnapshot | undefined {
  const row = db.prepare('SELECT attendees, quorum FROM meeting_record_snapshots WHERE meeting_id = ?').get(meetingId) as { attendees: string; quorum: string } | undefined;
  if (!row) return undefined;
  const parsed = storedSnapshot.safeParse({ attendees: JSON.parse(row.attendees), quorum: JSON.parse(row.quorum) });
  if (!parsed.success) return undefined;
  return { attendees: withProtectedNamesNow(db, parsed.data.attendees), quorum: parsed.data.quorum };
}

function withProtectedNamesNow(db: Db, attendees: Attendee[]): Attendee[] {
  const shownNow = new Map(db.prepare(`SELECT m.id, ${shownNameSql('m')} FROM members m WHERE m.protected_identity = 1`).raw().all() as Array<[string, string]>);
  if (shownNow.size === 0) return attendees;
  const shown = (memberId: string | null, stored: string) => (memberId !== null && shownNow.has(memberId) ? (shownNow.get(memberId) ?? stored) : stored);
  return attendees.map((attendee) => ({
    ...attendee,
    shownName: shown(attendee.memberId, attendee.shownName),
    substitute: attendee.substitute && { ...attendee.substitute, shownName: shown(attendee.substitute.memberId, attendee.substitute.shownName) },
  }));
}
