import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput, LinkChoice, Objective, ObjectiveDetail, PlanLinkKind, PlanOwnerInput, ServedObjective } from '../../shared/contract';
import { actionStatusLabels } from '../../shared/actionLabels';
import { AppError } from '../../shared/errors';
import { planStatusMoveProblem, type PlanStatus } from '../../shared/planStatus';
import type { StorageExecutor } from '../db/engine/storageEngine';
import {
  type ObjectiveRow,
  actionItemChoices,
  decisionChoices,
  deleteLink,
  findGoalRow,
  findObjectiveRow,
  insertLink,
  insertObjective,
  insertProgressUpdate,
  latestUpdateDay,
  linkExists,
  linkTargetExists,
  linkedActionItems,
  linkedDecisions,
  listProgressUpdates,
  nextObjectivePosition,
  objectivesServedBy,
  setObjectiveDeletedAt,
  setObjectiveStatus,
  updateObjective as writeObjective,
} from '../db/planRepository';
import { changedFields, initialFields } from './directoryAudit';
import { setFollowedMeasure } from '../db/objectiveMeasureRepository';
import { requireFollowableMeasure } from './objectiveFigures';
import { objectivesOf, planToday, writePlanHistory } from './plan';
import { referenceError, requireAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';
import { dayWriter } from '../export/meetingRecord/recordWording';
import { loadPreferences } from './preferences';

/** Objectives of the plan: their owners, statuses, dated progress updates, and the work linked to them. */

async function requireLiveObjective(db: StorageExecutor, id: string): Promise<ObjectiveRow> {
  const row = await findObjectiveRow(db, id);
  return requireFound(row && row.deletedAt === null ? row : undefined, 'objective');
}

async function objectiveOf(context: ServiceContext, db: StorageExecutor, row: ObjectiveRow): Promise<Objective> {
  const [objective] = await objectivesOf(db, [row], await planToday(context, db));
  if (!objective) throw new AppError('INTERNAL', 'The objective’s progress could not be read.');
  return objective;
}

/**
 * Following the figures is a row of plan_objective_measures (checked: a measure in the catalogue, switched on unless
 * already followed); the stored progress_mode is then 'manual', what the objective falls back to.
 */
async function writeFollowedMeasure(
  db: StorageExecutor,
  id: string,
  fields: ChannelParsedInput<'plan.createObjective'>,
  before: Objective | null,
  at: string,
): Promise<void> {
  const figures = fields.progressMode === 'figures' ? await requireFollowableMeasure(db, fields.figures, before?.figures?.measureId ?? null) : null;
  await setFollowedMeasure(db, id, figures, at);
}

/** The goal an objective is put under must be in the plan (not deleted): a form's choice, so VALIDATION on its field. */
async function requireGoalChoice(db: StorageExecutor, goalId: string): Promise<void> {
  const goal = await findGoalRow(db, goalId);
  if (!goal || goal.deletedAt !== null) throw referenceError('goalId', 'That goal is no longer in the plan. Reload and choose another.');
}

/** The owner is an active member or workgroup; one the objective already had may stay after being archived. */
async function requireOwner(db: StorageExecutor, owner: PlanOwnerInput, before: ObjectiveRow | null): Promise<void> {
  if (owner === null) return;
  const current = before ? [before.ownerMemberId, before.ownerWorkgroupId] : [];
  await requireAvailable(db, owner.kind === 'member' ? 'members' : 'workgroups', 'owner', owner.id, current);
}

function requireStatusMove(from: PlanStatus, to: PlanStatus): void {
  const problem = planStatusMoveProblem(from, to);
  if (problem) throw new AppError('VALIDATION', problem, { fieldErrors: { status: [problem] } });
}

const auditedFields = (objective: Objective) => ({
  goalId: objective.goalId,
  title: objective.title,
  owner: objective.owner ? { kind: objective.owner.kind, id: objective.owner.id } : null,
  measure: objective.measure,
  baseline: objective.baseline,
  target: objective.target,
  targetDate: objective.targetDate,
  status: objective.status,
  progressMode: objective.progressMode,
  figures: objective.figures ? { measureId: objective.figures.measureId, span: objective.figures.span } : null,
});

export function createObjective(context: ServiceContext, input: ChannelParsedInput<'plan.createObjective'>): Promise<Objective> {
  return inTransaction(context, async (trx, at) => {
    await requireGoalChoice(trx, input.goalId);
    await requireOwner(trx, input.owner, null);
    const id = uuidv7();
    await insertObjective(trx, id, input, await nextObjectivePosition(trx, input.goalId), at);
    await writeFollowedMeasure(trx, id, input, null, at);
    await writePlanHistory(context, trx, at, { entity: 'plan-objective', id, action: 'created', changes: initialFields({ ...input }) });
    return objectiveOf(context, trx, await requireLiveObjective(trx, id));
  });
}

export function updateObjective(context: ServiceContext, { id, ...fields }: ChannelParsedInput<'plan.updateObjective'>): Promise<Objective> {
  return inTransaction(context, async (trx, at) => {
    const beforeRow = await requireLiveObjective(trx, id);
    const before = await objectiveOf(context, trx, beforeRow);
    if (fields.goalId !== before.goalId) await requireGoalChoice(trx, fields.goalId);
    await requireOwner(trx, fields.owner, beforeRow);
    requireStatusMove(before.status, fields.status);
    const position = fields.goalId === before.goalId ? beforeRow.position : await nextObjectivePosition(trx, fields.goalId);
    await writeObjective(trx, id, fields, position, at);
    await writeFollowedMeasure(trx, id, fields, before, at);
    const after = await objectiveOf(context, trx, await requireLiveObjective(trx, id));
    await writePlanHistory(context, trx, at, {
      entity: 'plan-objective',
      id,
      action: 'updated',
      changes: changedFields(auditedFields(before), auditedFields(after)),
    });
    return after;
  });
}

/** Put away, with its updates and links, so undo brings it back whole. */
export function deleteObjective(context: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    await requireLiveObjective(trx, id);
    await setObjectiveDeletedAt(trx, id, at, at);
    await writePlanHistory(context, trx, at, { entity: 'plan-objective', id, action: 'deleted' });
    return { done: true as const };
  });
}

export function restoreObjective(context: ServiceContext, { id }: { id: string }): Promise<Objective> {
  return inTransaction(context, async (trx, at) => {
    const row = requireFound(await findObjectiveRow(trx, id), 'objective');
    if (row.deletedAt === null) return objectiveOf(context, trx, row);
    const goal = await findGoalRow(trx, row.goalId);
    if (!goal || goal.deletedAt !== null)
      throw new AppError('CONFLICT', 'This objective’s goal was deleted. Restore the goal first; its objectives come back with it.');
    await setObjectiveDeletedAt(trx, id, null, at);
    await writePlanHistory(context, trx, at, { entity: 'plan-objective', id, action: 'restored' });
    return objectiveOf(context, trx, await requireLiveObjective(trx, id));
  });
}

async function detailOf(context: ServiceContext, db: StorageExecutor, id: string): Promise<ObjectiveDetail> {
  const row = await requireLiveObjective(db, id);
  const goal = requireFound(await findGoalRow(db, row.goalId), 'goal');
  const decisions = await linkedDecisions(db, id);
  return {
    objective: await objectiveOf(context, db, row),
    goalTitle: goal.title,
    updates: await listProgressUpdates(db, id),
    actionItems: await linkedActionItems(db, id),
    decisions: decisions.map(({ meetingStartsAt, ...decision }) => ({ ...decision, meetingDate: meetingStartsAt.slice(0, 10) })),
  };
}

export function getObjective(context: ServiceContext, { id }: { id: string }): Promise<ObjectiveDetail> {
  return detailOf(context, storage(context), id);
}

/**
 * A dated update: a value (when the objective counts one), the status at that time, and a note. The newest update is
 * the objective's current word, so its status becomes the objective's (within the status rules); one dated before
 * the newest is history and changes nothing else. Nothing can be recorded for a day after today.
 */
export function recordProgress(context: ServiceContext, input: ChannelParsedInput<'plan.recordProgress'>): Promise<ObjectiveDetail> {
  return inTransaction(context, async (trx, at) => {
    await writeProgressUpdate(context, trx, at, input);
    return detailOf(context, trx, input.objectiveId);
  });
}

/** The rules of recordProgress inside a caller's transaction (a plan review at a meeting); answers the update's id. */
export async function writeProgressUpdate(
  context: ServiceContext,
  trx: StorageExecutor,
  at: string,
  input: ChannelParsedInput<'plan.recordProgress'>,
): Promise<string> {
  const row = await requireLiveObjective(trx, input.objectiveId);
  const today = await planToday(context, trx);
  if (input.recordedOn > today)
    throw new AppError('VALIDATION', 'An update cannot be dated after today.', { fieldErrors: { recordedOn: ['An update cannot be dated after today.'] } });
  await requireAvailable(trx, 'members', 'recordedById', input.recordedById);
  const latest = await latestUpdateDay(trx, row.id);
  const isNewest = latest === null || input.recordedOn >= latest;
  if (isNewest) requireStatusMove(row.status, input.status);
  const id = uuidv7();
  await insertProgressUpdate(trx, id, input, at);
  if (isNewest && input.status !== row.status) await setObjectiveStatus(trx, row.id, input.status, at);
  await writePlanHistory(context, trx, at, {
    entity: 'plan-objective',
    id: row.id,
    action: 'progress recorded',
    changes: { recordedOn: input.recordedOn, value: input.value, status: input.status },
  });
  return id;
}

const targetWords: Record<PlanLinkKind, string> = { 'action-item': 'That action item no longer exists.', decision: 'That decision no longer exists.' };

/** Linking what is already linked, or unlinking what is not, changes nothing and writes no history. */
export function linkToObjective(context: ServiceContext, input: ChannelParsedInput<'plan.link'>): Promise<ObjectiveDetail> {
  return inTransaction(context, async (trx, at) => {
    await requireLiveObjective(trx, input.objectiveId);
    if (!(await linkTargetExists(trx, input.kind, input.targetId))) throw referenceError('targetId', targetWords[input.kind]);
    if (!(await linkExists(trx, input.objectiveId, input.kind, input.targetId))) {
      await insertLink(trx, input.objectiveId, input.kind, input.targetId, at);
      await writePlanHistory(context, trx, at, {
        entity: 'plan-objective',
        id: input.objectiveId,
        action: 'linked',
        changes: { kind: input.kind, targetId: input.targetId },
      });
    }
    return detailOf(context, trx, input.objectiveId);
  });
}

export function unlinkFromObjective(context: ServiceContext, input: ChannelParsedInput<'plan.unlink'>): Promise<ObjectiveDetail> {
  return inTransaction(context, async (trx, at) => {
    await requireLiveObjective(trx, input.objectiveId);
    if (await linkExists(trx, input.objectiveId, input.kind, input.targetId)) {
      await deleteLink(trx, input.objectiveId, input.kind, input.targetId);
      await writePlanHistory(context, trx, at, {
        entity: 'plan-objective',
        id: input.objectiveId,
        action: 'unlinked',
        changes: { kind: input.kind, targetId: input.targetId },
      });
    }
    return detailOf(context, trx, input.objectiveId);
  });
}

export async function linkChoices(context: ServiceContext, { objectiveId, kind, text }: ChannelParsedInput<'plan.linkChoices'>): Promise<LinkChoice[]> {
  const db = storage(context);
  await requireLiveObjective(db, objectiveId);
  const day = dayWriter((await loadPreferences(db)).dateStyle);
  if (kind === 'action-item') {
    return (await actionItemChoices(db, objectiveId, text)).map((item) => ({
      id: item.id,
      label: item.title,
      detail: [actionStatusLabels[item.status], item.dueOn ? `due ${day(item.dueOn)}` : 'no due date'].join(' · '),
    }));
  }
  return (await decisionChoices(db, objectiveId, text)).map((decision) => ({
    id: decision.id,
    label: decision.text,
    detail: `${decision.meetingTitle}, ${day(decision.meetingStartsAt.slice(0, 10))}`,
  }));
}

export function objectivesFor(context: ServiceContext, { kind, id }: ChannelParsedInput<'plan.objectivesFor'>): Promise<ServedObjective[]> {
  return objectivesServedBy(storage(context), kind, id);
}
