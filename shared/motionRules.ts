import type { Attendee } from './contract';

/** What a motion's rules need to know about the meeting: who is there, and how many voting members count. */
export interface MotionContext {
  attendees: readonly Pick<Attendee, 'memberId' | 'status' | 'substitute'>[];
  /** Voting members present or represented by a substitute, as the quorum counts them. */
  presentVoting: number;
}

export interface MotionChoice {
  movedById: string | null;
  secondedById: string | null;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

export type MotionFieldErrors = Partial<Record<'movedById' | 'secondedById' | 'motion.votes', string[]>>;

/** Members who can move or second a motion: present or remote, or standing in for someone as their substitute. */
export function membersAtMeeting(attendees: MotionContext['attendees']): Set<string> {
  const ids = new Set<string>();
  for (const attendee of attendees) {
    if (attendee.memberId !== null && (attendee.status === 'present' || attendee.status === 'remote')) ids.add(attendee.memberId);
    if (attendee.substitute?.memberId && (attendee.status === 'absent' || attendee.status === 'excused')) ids.add(attendee.substitute.memberId);
  }
  return ids;
}

export const votesCast = (motion: Pick<MotionChoice, 'votesFor' | 'votesAgainst' | 'votesAbstain'>) =>
  motion.votesFor + motion.votesAgainst + motion.votesAbstain;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The sentence for votes that outnumber the voting members there; null when they fit. */
export function tooManyVotes(cast: number, presentVoting: number): string | null {
  if (cast <= presentVoting) return null;
  if (presentVoting === 0) return 'No voting member is marked present or represented yet. Take attendance before recording a vote.';
  return `For, against and abstained add up to ${cast}, but only ${plural(presentVoting, 'voting member is', 'voting members are')} present or represented. Check the counts or the attendance.`;
}

/**
 * A motion's rules, the same in the form and in the service: the mover and seconder are at the meeting and are
 * two people, and the votes cast are no more than the voting members there. `keep` holds the mover and seconder
 * already on the record, which may stay even if their attendance changed since.
 */
export function motionProblems(motion: MotionChoice, meeting: MotionContext, keep: readonly (string | null)[] = []): MotionFieldErrors {
  const problems: MotionFieldErrors = {};
  const there = membersAtMeeting(meeting.attendees);
  const absent = (id: string | null) => id !== null && !keep.includes(id) && !there.has(id);
  if (absent(motion.movedById)) problems.movedById = ['Only someone at the meeting can move a motion. Mark them present first, or choose someone who is.'];
  if (absent(motion.secondedById))
    problems.secondedById = ['Only someone at the meeting can second a motion. Mark them present first, or choose someone who is.'];
  if (motion.movedById !== null && motion.movedById === motion.secondedById)
    problems.secondedById = ['The person who moved the motion cannot also second it. Choose someone else.'];
  const votes = tooManyVotes(votesCast(motion), meeting.presentVoting);
  if (votes) problems['motion.votes'] = [votes];
  return problems;
}
