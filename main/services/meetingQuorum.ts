import type { Attendee, MeetingDetail, MeetingSummary, QuorumRule } from '../../shared/contract';
import type { Db } from '../db/openDatabase';
import { eligibleVotingIds } from '../db/votingMembersRepository';
import { attendanceFactsOf, quorumOf, sectorPresenceOf } from '../meetings/quorumMath';

/** The live quorum and the sectors in the room, from the attendance list (see docs/meetings.md). */
export function quorumAndPresence(db: Db, meeting: MeetingSummary, attendees: readonly Attendee[], rule: QuorumRule): Pick<MeetingDetail, 'quorum' | 'sectorPresence'> {
  const facts = attendees.map(attendanceFactsOf);
  return { quorum: quorumOf(rule, eligibleVotingIds(db, meeting), facts), sectorPresence: sectorPresenceOf(facts) };
}
