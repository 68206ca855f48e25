import type { DutyId } from '../../../shared/childWelfareDuties';
import type { Training, TrainingInput } from '../../../shared/contract';
import type { SectorId } from '../../../shared/stakeholderSectors';

/** The training form as typed: numbers stay text until sent, so "abc" is answered in words, not lost. */
export interface TrainingDraft {
  heldOn: string;
  title: string;
  curriculum: string;
  trainerOrganizationId: string | null;
  audienceSectors: SectorId[];
  audienceDetail: string;
  numberTrained: string;
  acknowledgmentsCollected: boolean;
  acknowledgmentCount: string;
  duties: DutyId[];
}

export const trainingFormKeys = [
  'heldOn',
  'title',
  'curriculum',
  'trainerOrganizationId',
  'audienceSectors',
  'audienceDetail',
  'numberTrained',
  'acknowledgmentCount',
  'duties',
] as const;

export const emptyTrainingDraft = (today: string): TrainingDraft => ({
  heldOn: today,
  title: '',
  curriculum: '',
  trainerOrganizationId: null,
  audienceSectors: [],
  audienceDetail: '',
  numberTrained: '',
  acknowledgmentsCollected: false,
  acknowledgmentCount: '',
  duties: [],
});

export const draftFromTraining = (training: Training): TrainingDraft => ({
  heldOn: training.heldOn,
  title: training.title,
  curriculum: training.curriculum,
  trainerOrganizationId: training.trainerOrganization?.id ?? null,
  audienceSectors: training.audienceSectors,
  audienceDetail: training.audienceDetail,
  numberTrained: String(training.numberTrained),
  acknowledgmentsCollected: training.acknowledgmentsCollected,
  acknowledgmentCount: training.acknowledgmentCount === null ? '' : String(training.acknowledgmentCount),
  duties: training.duties,
});

/** Empty is "not given"; anything else is read as a number (NaN is refused by the schema with its own words). */
const typedNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));

export function trainingInputOf(draft: TrainingDraft): Record<keyof TrainingInput, unknown> {
  return {
    ...draft,
    numberTrained: typedNumber(draft.numberTrained),
    acknowledgmentCount: draft.acknowledgmentsCollected ? (typedNumber(draft.acknowledgmentCount) ?? null) : null,
  };
}
