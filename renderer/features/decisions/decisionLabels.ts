import type { Decision } from '../../../shared/contract';

export const decisionOutcomeLabels: Record<Decision['outcome'], string> = {
  adopted: 'Adopted',
  rejected: 'Rejected',
  consensus: 'Agreed by consensus',
  tabled: 'Tabled',
};

/** "Moved by Ana Muñoz, seconded by Lee Park. For 9, against 2, abstained 1." */
export function motionWords(motion: NonNullable<Decision['motion']>): string {
  const people = [motion.movedByName && `Moved by ${motion.movedByName}`, motion.secondedByName && `seconded by ${motion.secondedByName}`]
    .filter(Boolean)
    .join(', ');
  const votes = `For ${motion.votesFor}, against ${motion.votesAgainst}, abstained ${motion.votesAbstain}.`;
  return people ? `${people}. ${votes}` : votes;
}
