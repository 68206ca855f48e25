import type { AttendanceStatus, Attendee, Quorum, QuorumRule } from '../../shared/contract';
import { type SectorId, sectorIds } from '../../shared/stakeholderSectors';

/** What the quorum and sector counts need to know about each attendee. */
export interface AttendanceFacts {
  memberId: string | null;
  status: AttendanceStatus;
  sector: SectorId | null;
  hasSubstitute: boolean;
}

export function attendanceFactsOf(attendee: Pick<Attendee, 'memberId' | 'status' | 'sector' | 'substitute'>): AttendanceFacts {
  return { memberId: attendee.memberId, status: attendee.status, sector: attendee.sector, hasSubstitute: attendee.substitute !== null };
}

const inTheRoom = (status: AttendanceStatus) => status === 'present' || status === 'remote';
const sentSubstitute = (attendee: AttendanceFacts) => (attendee.status === 'absent' || attendee.status === 'excused') && attendee.hasSubstitute;
/** Present or remote in person, or represented by a substitute. */
export const isRepresented = (attendee: AttendanceFacts) => inTheRoom(attendee.status) || sentSubstitute(attendee);

export function requiredForQuorum(rule: QuorumRule, eligibleVoting: number): number {
  return rule.kind === 'count' ? rule.count : Math.max(1, Math.ceil((eligibleVoting * rule.percent) / 100));
}

/** `eligibleVotingIds`: the voting members the rule counts from; only they count as present voting members. */
export function quorumOf(rule: QuorumRule, eligibleVotingIds: ReadonlySet<string>, attendees: readonly AttendanceFacts[]): Quorum {
  const presentVoting = attendees.filter(
    (attendee) => attendee.memberId !== null && eligibleVotingIds.has(attendee.memberId) && isRepresented(attendee),
  ).length;
  const required = requiredForQuorum(rule, eligibleVotingIds.size);
  return { rule, eligibleVoting: eligibleVotingIds.size, presentVoting, required, met: presentVoting >= required };
}

/** Invited and present people per sector; a substitute counts for the sector of the member they stand in for. */
export function sectorPresenceOf(attendees: readonly AttendanceFacts[]): Array<{ sector: SectorId; invited: number; present: number }> {
  return sectorIds.map((sector) => {
    const inSector = attendees.filter((attendee) => attendee.sector === sector);
    return { sector, invited: inSector.length, present: inSector.filter(isRepresented).length };
  });
}
