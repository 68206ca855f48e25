import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput, Goal, Objective, Plan } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { appendAudit } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import {
  type ObjectiveRow,
  countLiveObjectives,
  deleteObjectivesOfGoal,
  findGoalRow,
  insertGoal,
  listGoalRows,
  listObjectiveRows,
  nextGoalPosition,
  progressFacts,
  readMission,
  restoreObjectivesOfGoal,
  setGoalDeletedAt,
  setGoalPosition,
  updateGoal as writeGoal,
  writeMission,
} from '../db/planRepository';
import { todayInZone } from '../meetings/meetingTime';
import { changedFields, initialFields } from './directoryAudit';
import { followedFiguresOf } from './objectiveFigures';
import { objectiveFrom } from './planProgress';
import { loadPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

/** The strategic plan as a whole: its mission and its goals (objectives are in planObjectives.ts). */

export async function planToday(context: ServiceContext, db: StorageExecutor): Promise<string> {
  return todayInZone(context.now(), (await loadPreferences(db)).timeZone);
}

export async function writePlanHistory(
  context: ServiceContext,
  db: StorageExecutor,
  at: string,
  change: { entity: 'plan-mission' | 'plan-goal' | 'plan-objective'; id: string | null; action: string; changes?: Record<string, unknown> },
): Promise<void> {
  await appendAudit(db, { profile: context.profile, entity: change.entity, entityId: change.id, action: change.action, changes: change.changes ?? {} }, at);
}

/** Objectives with their progress: a few queries for any number of them (progress facts, followed figures). */
export async function objectivesOf(db: StorageExecutor, rows: readonly ObjectiveRow[], today: string): Promise<Objective[]> {
  const facts = await progressFacts(
    db,
    rows.map((row) => row.id),
  );
  const figures = await followedFiguresOf(db, rows, today);
  return rows.flatMap((row) => {
    const fact = facts.get(row.id);
    return fact ? [objectiveFrom(row, fact, today, figures.get(row.id) ?? null)] : [];
  });
}

/** The whole plan in a few queries, whatever its size: mission, goals, objectives, and their progress. */
export async function readPlan(context: ServiceContext, db: StorageExecutor): Promise<Plan> {
  const today = await planToday(context, db);
  const goals = await listGoalRows(db);
  const byGoal = new Map<string, Goal['objectives']>(goals.map((goal) => [goal.id, []]));
  for (const objective of await objectivesOf(db, await listObjectiveRows(db), today)) byGoal.get(objective.goalId)?.push(objective);
  return {
    mission: await readMission(db),
    goals: goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      description: goal.description,
      updatedAt: goal.updatedAt,
      objectives: byGoal.get(goal.id) ?? [],
    })),
    today,
  };
}

export function getPlan(context: ServiceContext): Promise<Plan> {
  return readPlan(context, storage(context));
}

export function setMission(context: ServiceContext, { statement }: ChannelParsedInput<'plan.setMission'>) {
  return inTransaction(context, async (trx, at) => {
    const before = await readMission(trx);
    if (before.statement === statement) return before;
    await writeMission(trx, statement, at);
    await writePlanHistory(context, trx, at, {
      entity: 'plan-mission',
      id: null,
      action: 'updated',
      changes: changedFields({ statement: before.statement }, { statement }),
    });
    return readMission(trx);
  });
}

/** A goal that exists and has not been deleted. */
export async function requireLiveGoal(db: StorageExecutor, id: string) {
  const goal = await findGoalRow(db, id);
  return requireFound(goal && goal.deletedAt === null ? goal : undefined, 'goal');
}

async function goalOf(context: ServiceContext, db: StorageExecutor, id: string): Promise<Goal> {
  return requireFound(
    (await readPlan(context, db)).goals.find((goal) => goal.id === id),
    'goal',
  );
}

export function createGoal(context: ServiceContext, input: ChannelParsedInput<'plan.createGoal'>): Promise<Goal> {
  return inTransaction(context, async (trx, at) => {
    const id = uuidv7();
    await insertGoal(trx, id, input, await nextGoalPosition(trx), at);
    await writePlanHistory(context, trx, at, { entity: 'plan-goal', id, action: 'created', changes: initialFields({ ...input }) });
    return goalOf(context, trx, id);
  });
}

export function updateGoal(context: ServiceContext, { id, ...fields }: ChannelParsedInput<'plan.updateGoal'>): Promise<Goal> {
  return inTransaction(context, async (trx, at) => {
    const before = await requireLiveGoal(trx, id);
    await writeGoal(trx, id, fields, at);
    await writePlanHistory(context, trx, at, {
      entity: 'plan-goal',
      id,
      action: 'updated',
      changes: changedFields({ title: before.title, description: before.description }, fields),
    });
    return goalOf(context, trx, id);
  });
}

export function reorderGoals(context: ServiceContext, { ids }: ChannelParsedInput<'plan.reorderGoals'>): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    const current = (await listGoalRows(trx)).map((goal) => goal.id);
    const sameGoals = ids.length === current.length && new Set(ids).size === ids.length && ids.every((id) => current.includes(id));
    if (!sameGoals) throw new AppError('CONFLICT', 'The plan’s goals changed while you were ordering them. Reload the plan and try again.');
    for (const [index, id] of ids.entries()) await setGoalPosition(trx, id, index + 1, at);
    await writePlanHistory(context, trx, at, { entity: 'plan-goal', id: null, action: 'reordered', changes: { ids } });
    return { done: true as const };
  });
}

/**
 * A goal with objectives is deleted only when the person says its objectives go with it. They are marked as put away
 * with the goal, so undo brings back the goal with exactly those objectives (not ones deleted earlier on their own).
 */
export function deleteGoal(context: ServiceContext, { id, withObjectives }: ChannelParsedInput<'plan.deleteGoal'>): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    await requireLiveGoal(trx, id);
    const objectives = await countLiveObjectives(trx, id);
    if (objectives > 0 && !withObjectives) {
      const counted = objectives === 1 ? 'one objective' : `${objectives} objectives`;
      throw new AppError('CONFLICT', `This goal has ${counted}. Delete them with it, or move them to another goal first.`);
    }
    await deleteObjectivesOfGoal(trx, id, at);
    await setGoalDeletedAt(trx, id, at, at);
    await writePlanHistory(context, trx, at, { entity: 'plan-goal', id, action: 'deleted', changes: { objectives } });
    return { done: true as const };
  });
}

export function restoreGoal(context: ServiceContext, { id }: { id: string }): Promise<Goal> {
  return inTransaction(context, async (trx, at) => {
    const goal = requireFound(await findGoalRow(trx, id), 'goal');
    if (goal.deletedAt === null) return goalOf(context, trx, id);
    await restoreObjectivesOfGoal(trx, id, at);
    await setGoalDeletedAt(trx, id, null, at);
    await writePlanHistory(context, trx, at, { entity: 'plan-goal', id, action: 'restored' });
    return goalOf(context, trx, id);
  });
}
