import type { Attendee, MeetingDetail, MeetingSummary, QuorumRule } from '../../shared/contract';
import type { Db } from '../db/openDatabase';
import { eligibleVotingIds } from '../db/votingMembersRepository';
import { type AttendanceFacts, quorumOf, sectorPresenceOf } from '../meetings/quorumMath';

/** The live quorum and the sectors in the room, from the attendance list (see docs/meetings.md). */
export function quorumAndPresence(db: Db, meeting: MeetingSummary, attendees: readonly Attendee[], rule: QuorumRule): Pick<MeetingDetail, 'quorum' | 'sectorPresence'> {
  const facts: AttendanceFacts[] = attendees.map((attendee) => ({
    memberId: attendee.memberId,
    status: attendee.status,
    sector: attendee.sector,
    hasSubstitute: attendee.substitute !== null,
  }));
  return { quorum: quorumOf(rule, eligibleVotingIds(db, meeting), facts), sectorPresence: sectorPresenceOf(facts) };
}
