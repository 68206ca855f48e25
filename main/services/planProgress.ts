import type { FollowedFigures, Objective, ObjectiveProgress } from '../../shared/contract';
import { isActivePlanStatus } from '../../shared/planStatus';
import type { ObjectiveRow, ProgressFacts } from '../db/planRepository';

/**
 * How far an objective has come, as a share from 0 to 1.
 * - Entered by hand: where the newest recorded value stands between the baseline and the target (a target below the
 *   baseline counts down: fewer youth missing from care). No baseline counts from 0. Unknown without a target or a value.
 * - Following linked action items: the share of them done. Cancelled items are not counted either way (the work was
 *   called off, not left undone). Unknown with no linked item counted.
 * - Following the figures: the catalogue measure's count (objectiveFigureWindow.ts) in place of the newest value.
 *   Unknown with no figures yet, or once the measure is switched off.
 * A done objective is complete whatever the figures say.
 */
export function progressShare(
  row: Pick<ObjectiveRow, 'progressMode' | 'baseline' | 'target' | 'status'>,
  facts: ProgressFacts,
  figures: FollowedFigures | null = null,
): number | null {
  if (row.status === 'done') return 1;
  if (figures !== null) return shareBetween(row, figures.value);
  if (row.progressMode === 'linked-actions') return facts.linkedCounted === 0 ? null : facts.linkedDone / facts.linkedCounted;
  return shareBetween(row, facts.latestValue);
}

function shareBetween(row: Pick<ObjectiveRow, 'baseline' | 'target'>, value: number | null): number | null {
  if (row.target === null || value === null) return null;
  const start = row.baseline ?? 0;
  if (row.target === start) return value === row.target ? 1 : 0;
  return clamp((value - start) / (row.target - start));
}

const clamp = (share: number): number => Math.min(1, Math.max(0, share));

/** Still being worked on, and its target date is already past. */
export function isOverdue(row: Pick<ObjectiveRow, 'status' | 'targetDate'>, today: string): boolean {
  return isActivePlanStatus(row.status) && row.targetDate !== null && row.targetDate < today;
}

/** An objective with a row in plan_objective_measures follows the figures, whatever its stored progress_mode. */
export function objectiveFrom(row: ObjectiveRow, facts: ProgressFacts, today: string, figures: FollowedFigures | null = null): Objective {
  const progress: ObjectiveProgress = {
    share: progressShare(row, facts, figures),
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
    progressMode: figures === null ? row.progressMode : 'figures',
    progress,
    figures,
    overdue: isOverdue(row, today),
    linkedActionItems: facts.linkedActionItems,
    linkedDecisions: facts.linkedDecisions,
    updatedAt: row.updatedAt,
  };
}

function ownerOf(row: ObjectiveRow): Objective['owner'] {
  if (row.ownerMemberId !== null) return { kind: 'member', id: row.ownerMemberId, name: row.ownerMemberName ?? '', archived: row.ownerMemberArchived !== null };
  if (row.ownerWorkgroupId !== null)
    return { kind: 'workgroup', id: row.ownerWorkgroupId, name: row.ownerWorkgroupName ?? '', archived: row.ownerWorkgroupArchived !== null };
  return null;
}
