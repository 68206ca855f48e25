import type { Objective, ObjectiveProgress } from '../../shared/contract';
import { isActivePlanStatus } from '../../shared/planStatus';
import type { ObjectiveRow, ProgressFacts } from '../db/planRepository';

/**
 * How far an objective has come, as a share from 0 to 1.
 * - Entered by hand: where the newest recorded value stands between the baseline and the target (a target below the
 *   baseline counts down: fewer youth missing from care). No baseline counts from 0. Unknown without a target or a value.
 * - Following linked action items: the share of them done. Cancelled items are not counted either way (the work was
 *   called off, not left undone). Unknown with no linked item counted.
 * A done objective is complete whatever the figures say.
 */
export function progressShare(row: Pick<ObjectiveRow, 'progressMode' | 'baseline' | 'target' | 'status'>, facts: ProgressFacts): number | null {
  if (row.status === 'done') return 1;
  if (row.progressMode === 'linked-actions') return facts.linkedCounted === 0 ? null : facts.linkedDone / facts.linkedCounted;
  if (row.target === null || facts.latestValue === null) return null;
  const start = row.baseline ?? 0;
  if (row.target === start) return facts.latestValue === row.target ? 1 : 0;
  return clamp((facts.latestValue - start) / (row.target - start));
}

const clamp = (share: number): number => Math.min(1, Math.max(0, share));

/** Still being worked on, and its target date is already past. */
export function isOverdue(row: Pick<ObjectiveRow, 'status' | 'targetDate'>, today: string): boolean {
  return isActivePlanStatus(row.status) && row.targetDate !== null && row.targetDate < today;
}

export function objectiveFrom(row: ObjectiveRow, facts: ProgressFacts, today: string): Objective {
  const progress: ObjectiveProgress = {
    share: progressShare(row, facts),
    latestValue: facts.latestValue,
    latestOn: facts.latestOn,
    linkedDone: facts.linkedDone,
    linkedCounted: facts.linkedCounted,
  };
  return {
    id: row.id,
    goalId: row.goalId,
    title: row.title,
    owner: ownerOf(row),
    measure: row.measure,
    baseline: row.baseline,
    target: row.target,
    targetDate: row.targetDate,
    status: row.status,
    progressMode: row.progressMode,
    progress,
    overdue: isOverdue(row, today),
    linkedActionItems: facts.linkedActionItems,
    linkedDecisions: facts.linkedDecisions,
    updatedAt: row.updatedAt,
  };
}

function ownerOf(row: ObjectiveRow): Objective['owner'] {
  if (row.ownerMemberId !== null) return { kind: 'member', id: row.ownerMemberId, name: row.ownerMemberName ?? '', archived: row.ownerMemberArchived !== null };
  if (row.ownerWorkgroupId !== null) return { kind: 'workgroup', id: row.ownerWorkgroupId, name: row.ownerWorkgroupName ?? '', archived: row.ownerWorkgroupArchived !== null };
  return null;
}
