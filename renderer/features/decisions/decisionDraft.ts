import type { Decision } from '../../../shared/contract';

export interface DecisionDraft {
  text: string;
  agendaItemId: string;
  hasMotion: boolean;
  movedById: string | null;
  secondedById: string | null;
  votesFor: string;
  votesAgainst: string;
  votesAbstain: string;
  outcome: Decision['outcome'] | '';
}

export const decisionFormKeys = [
  'text',
  'agendaItemId',
  'outcome',
  'movedById',
  'secondedById',
  'motion.votes',
  'motion.votesFor',
  'motion.votesAgainst',
  'motion.votesAbstain',
] as const;

export function draftFromDecision(decision: Decision | undefined, agendaItemId: string | null): DecisionDraft {
  const motion = decision?.motion;
  return {
    text: decision?.text ?? '',
    agendaItemId: (decision ? decision.agendaItemId : agendaItemId) ?? '',
    hasMotion: Boolean(motion),
    movedById: motion?.movedById ?? null,
    secondedById: motion?.secondedById ?? null,
    votesFor: motion ? String(motion.votesFor) : '',
    votesAgainst: motion ? String(motion.votesAgainst) : '',
    votesAbstain: motion ? String(motion.votesAbstain) : '',
    outcome: decision?.outcome ?? '',
  };
}

/** An empty count is 0 votes; anything else is sent as typed so the schema can say what is wrong. */
const count = (typed: string) => (typed.trim() === '' ? 0 : Number(typed));

export function decisionFieldsFromDraft(draft: DecisionDraft) {
  return {
    text: draft.text,
    agendaItemId: draft.agendaItemId || null,
    outcome: draft.outcome || undefined,
    motion: draft.hasMotion
      ? {
          movedById: draft.movedById,
          secondedById: draft.secondedById,
          votesFor: count(draft.votesFor),
          votesAgainst: count(draft.votesAgainst),
          votesAbstain: count(draft.votesAbstain),
        }
      : null,
  };
}
