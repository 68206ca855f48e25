import type { Attendee, MeetingDetail, MeetingSummary, QuorumRule } from '../../shared/contract';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { votingMemberIds } from '../db/votingMembersRepository';
import { attendanceFactsOf, quorumOf, sectorPresenceOf } from '../meetings/quorumMath';

type QuorumAndPresence = Pick<MeetingDetail, 'quorum' | 'sectorPresence'>;

/** The live quorum and the sectors in the room, from the attendance list (see docs/meetings.md). */
export async function countQuorum(db: StorageExecutor, meeting: MeetingSummary, attendees: readonly Attendee[], rule: QuorumRule): Promise<QuorumAndPresence> {
  return fromFacts(rule, await votingMemberIds(db, meeting), attendees);
}

function fromFacts(rule: QuorumRule, eligible: ReadonlySet<string>, attendees: readonly Attendee[]): QuorumAndPresence {
  const facts = attendees.map(attendanceFactsOf);
  return { quorum: quorumOf(rule, eligible, facts), sectorPresence: sectorPresenceOf(facts) };
}
