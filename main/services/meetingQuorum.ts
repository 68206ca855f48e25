import type { Attendee, MeetingDetail, MeetingSummary, QuorumRule } from '../../shared/contract';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { Db } from '../db/openDatabase';
import { eligibleVotingIds, votingMemberIds } from '../db/votingMembersRepository';
import { attendanceFactsOf, quorumOf, sectorPresenceOf } from '../meetings/quorumMath';

type QuorumAndPresence = Pick<MeetingDetail, 'quorum' | 'sectorPresence'>;

/** The live quorum and the sectors in the room, from the attendance list (see docs/meetings.md). */
export function quorumAndPresence(db: Db, meeting: MeetingSummary, attendees: readonly Attendee[], rule: QuorumRule): QuorumAndPresence {
  return fromFacts(rule, eligibleVotingIds(db, meeting), attendees);
}

/** The storage-engine form of quorumAndPresence. */
export async function countQuorum(db: StorageExecutor, meeting: MeetingSummary, attendees: readonly Attendee[], rule: QuorumRule): Promise<QuorumAndPresence> {
  return fromFacts(rule, await votingMemberIds(db, meeting), attendees);
}

function fromFacts(rule: QuorumRule, eligible: ReadonlySet<string>, attendees: readonly Attendee[]): QuorumAndPresence {
  const facts = attendees.map(attendanceFactsOf);
  return { quorum: quorumOf(rule, eligible, facts), sectorPresence: sectorPresenceOf(facts) };
}
