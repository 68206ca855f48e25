import { z } from 'zod';
import { type Attendee, type Quorum, attendeeSchema, meetingKinds, quorumSchema } from '../../shared/contract';
import { attendanceFactsOf, quorumOf } from '../meetings/quorumMath';
import { listAttendees, readAttendees } from './attendeeRepository';
import type { StorageExecutor } from './engine/storageEngine';
import { shownNameOf } from './memberShownName';
import type { Db } from './openDatabase';
import { loadQuorumRule, readQuorumRule } from './meetingSettings';
import { eligibleVotingIds, votingMemberIds } from './votingMembersRepository';

/** What an approved record shows of the roster, as it stood when the minutes were approved. */
export interface RecordSnapshot {
  attendees: Attendee[];
  quorum: Quorum;
}

const storedSnapshot = z.object({ attendees: z.array(attendeeSchema), quorum: quorumSchema });

/** What the quorum counts from, of one meeting row read synchronously (checked, not cast). */
const quorumMeeting = z.object({ id: z.string(), kind: z.enum(meetingKinds), workgroupId: z.string().nullable() }).optional();

/**
 * Stores the attendance (names, organizations, sectors, voting) and the quorum line of a meeting as they are now:
 * taken when minutes are approved and when an amendment closes, so later roster changes leave the record alone.
 */
export function takeRecordSnapshot(db: Db, meetingId: string, at: string): void {
  const meeting = quorumMeeting.parse(db.prepare('SELECT id, kind, workgroup_id AS workgroupId FROM meetings WHERE id = ?').get(meetingId));
  if (!meeting) return;
  const attendees = listAttendees(db, meetingId);
  const quorum = quorumOf(readQuorumRule(db), eligibleVotingIds(db, meeting), attendees.map(attendanceFactsOf));
  db.prepare(
    `INSERT INTO meeting_record_snapshots (meeting_id, attendees, quorum, taken_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (meeting_id) DO UPDATE SET attendees = excluded.attendees, quorum = excluded.quorum, taken_at = excluded.taken_at`,
  ).run(meetingId, JSON.stringify(attendees), JSON.stringify(quorum), at);
}

function namesShownNow(shownNow: ReadonlyMap<string, string>, attendees: Attendee[]): Attendee[] {
  if (shownNow.size === 0) return attendees;
  const shown = (memberId: string | null, stored: string) => (memberId !== null && shownNow.has(memberId) ? (shownNow.get(memberId) ?? stored) : stored);
  return attendees.map((attendee) => ({
    ...attendee,
    shownName: shown(attendee.memberId, attendee.shownName),
    substitute: attendee.substitute && { ...attendee.substitute, shownName: shown(attendee.substitute.memberId, attendee.substitute.shownName) },
  }));
}

// ---------- The storage-engine forms. takeRecordSnapshot above serves the upgrade step that filled in older approved
// minutes (0040), which runs before any engine exists.

/** The storage-engine form of takeRecordSnapshot: the same JSON text on both engines, read back as it was written. */
export async function storeRecordSnapshot(db: StorageExecutor, meetingId: string, at: string): Promise<void> {
  const meeting = await db.selectFrom('meetings').select(['id', 'kind', 'workgroup_id as workgroupId']).where('id', '=', meetingId).executeTakeFirst();
  if (!meeting) return;
  const attendees = await readAttendees(db, meetingId);
  const quorum = quorumOf(await loadQuorumRule(db), await votingMemberIds(db, meeting), attendees.map(attendanceFactsOf));
  const stored = { attendees: JSON.stringify(attendees), quorum: JSON.stringify(quorum), taken_at: at };
  await db
    .insertInto('meeting_record_snapshots')
    .values({ meeting_id: meetingId, ...stored })
    .onConflict((conflict) => conflict.column('meeting_id').doUpdateSet(stored))
    .execute();
}

/**
 * The stored snapshot, or undefined when there is none (or it cannot be read: the live data is shown instead).
 * Someone marked protected since is shown as the app shows them now, never by the name stored before.
 */
export async function readRecordSnapshot(db: StorageExecutor, meetingId: string): Promise<RecordSnapshot | undefined> {
  const row = await db.selectFrom('meeting_record_snapshots').select(['attendees', 'quorum']).where('meeting_id', '=', meetingId).executeTakeFirst();
  if (!row) return undefined;
  const parsed = storedSnapshot.safeParse({ attendees: JSON.parse(row.attendees), quorum: JSON.parse(row.quorum) });
  if (!parsed.success) return undefined;
  const protectedNow = await db
    .selectFrom('members as m')
    .select(['m.id', shownNameOf('m').as('shownName')])
    .where('m.protected_identity', '=', 1)
    .execute();
  return { attendees: namesShownNow(new Map(protectedNow.map((member) => [member.id, member.shownName])), parsed.data.attendees), quorum: parsed.data.quorum };
}
