import type { Objective, PlanOwnerInput } from '../../../shared/contract';
import type { FigureSpan, PlanProgressMode, PlanStatus } from '../../../shared/planStatus';

/** What the objective form holds while someone types: numbers stay text until sent. */
export interface ObjectiveDraft {
  goalId: string;
  title: string;
  ownerKind: 'none' | 'member' | 'workgroup';
  ownerMemberId: string | null;
  ownerWorkgroupId: string;
  measure: string;
  baseline: string;
  target: string;
  targetDate: string;
  status: PlanStatus;
  progressMode: PlanProgressMode;
  /** The catalogue measure progress follows (kept while another mode is chosen, sent only with 'figures'). */
  figures: { id: string; name: string } | null;
  span: FigureSpan;
}

export const objectiveFormKeys = ['goalId', 'title', 'owner', 'measure', 'baseline', 'target', 'targetDate', 'status', 'progressMode', 'figures'] as const;

export function emptyObjectiveDraft(goalId: string): ObjectiveDraft {
  return {
    goalId,
    title: '',
    ownerKind: 'none',
    ownerMemberId: null,
    ownerWorkgroupId: '',
    measure: '',
    baseline: '',
    target: '',
    targetDate: '',
    status: 'on-track',
    progressMode: 'manual',
    figures: null,
    span: 'latest-period',
  };
}

export function draftFromObjective(objective: Objective): ObjectiveDraft {
  return {
    goalId: objective.goalId,
    title: objective.title,
    ownerKind: objective.owner?.kind ?? 'none',
    ownerMemberId: objective.owner?.kind === 'member' ? objective.owner.id : null,
    ownerWorkgroupId: objective.owner?.kind === 'workgroup' ? objective.owner.id : '',
    measure: objective.measure,
    baseline: objective.baseline === null ? '' : String(objective.baseline),
    target: objective.target === null ? '' : String(objective.target),
    targetDate: objective.targetDate ?? '',
    status: objective.status,
    progressMode: objective.progressMode,
    figures: objective.figures ? { id: objective.figures.measureId, name: objective.figures.measureName } : null,
    span: objective.figures?.span ?? 'latest-period',
  };
}

/** A typed amount: empty is "not set"; anything else must read as a number (the schema says so if it does not). */
export function amountFromText(text: string): number | null {
  const trimmed = text.trim().replaceAll(',', '');
  return trimmed === '' ? null : Number(trimmed);
}

function ownerOf(draft: ObjectiveDraft): PlanOwnerInput {
  if (draft.ownerKind === 'member' && draft.ownerMemberId) return { kind: 'member', id: draft.ownerMemberId };
  if (draft.ownerKind === 'workgroup' && draft.ownerWorkgroupId) return { kind: 'workgroup', id: draft.ownerWorkgroupId };
  return null;
}

export function objectiveInputFrom(draft: ObjectiveDraft) {
  return {
    goalId: draft.goalId,
    title: draft.title,
    owner: ownerOf(draft),
    measure: draft.measure,
    baseline: amountFromText(draft.baseline),
    target: amountFromText(draft.target),
    targetDate: draft.targetDate === '' ? null : draft.targetDate,
    status: draft.status,
    progressMode: draft.progressMode,
    figures: draft.progressMode === 'figures' && draft.figures ? { measureId: draft.figures.id, span: draft.span } : null,
  };
}
