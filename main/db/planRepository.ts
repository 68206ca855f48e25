import { sql } from 'kysely';
import type { PlanLinkKind, PlanOwnerInput } from '../../shared/contract';
import type { PlanProgressMode, PlanStatus } from '../../shared/planStatus';
import type { StorageExecutor } from './engine/storageEngine';
import { LINK_CHOICES, actionItemsTitled, columnContains } from './linkChoiceQueries';
import { shownNameOf } from './memberShownName';

/** The strategic plan's rows (migration 0090): mission, goals, objectives, progress updates and links. */

// ---------- Mission ----------

export async function readMission(db: StorageExecutor): Promise<{ statement: string; updatedAt: string | null }> {
  const row = await db.selectFrom('plan_mission').select(['statement', 'updated_at as updatedAt']).executeTakeFirst();
  return row ?? { statement: '', updatedAt: null };
}

export async function writeMission(db: StorageExecutor, statement: string, at: string): Promise<void> {
  await db
    .insertInto('plan_mission')
    .values({ singleton: 1, statement, updated_at: at })
    .onConflict((conflict) => conflict.column('singleton').doUpdateSet({ statement, updated_at: at }))
    .execute();
}

// ---------- Goals ----------

export interface GoalRow {
  id: string;
  title: string;
  description: string;
  position: number;
  deletedAt: string | null;
  updatedAt: string;
}

const goalColumns = ['id', 'title', 'description', 'position', 'deleted_at as deletedAt', 'updated_at as updatedAt'] as const;

export function listGoalRows(db: StorageExecutor): Promise<GoalRow[]> {
  return db.selectFrom('plan_goals').select(goalColumns).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute();
}

export function findGoalRow(db: StorageExecutor, id: string): Promise<GoalRow | undefined> {
  return db.selectFrom('plan_goals').select(goalColumns).where('id', '=', id).executeTakeFirst();
}

export async function nextGoalPosition(db: StorageExecutor): Promise<number> {
  const row = await db
    .selectFrom('plan_goals')
    .select((eb) => eb.fn.max('position').as('last'))
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

export async function insertGoal(db: StorageExecutor, id: string, fields: { title: string; description: string }, position: number, at: string): Promise<void> {
  await db.insertInto('plan_goals').values({ id, title: fields.title, description: fields.description, position, created_at: at, updated_at: at }).execute();
}

export async function updateGoal(db: StorageExecutor, id: string, fields: { title: string; description: string }, at: string): Promise<void> {
  await db.updateTable('plan_goals').set({ title: fields.title, description: fields.description, updated_at: at }).where('id', '=', id).execute();
}

export async function setGoalPosition(db: StorageExecutor, id: string, position: number, at: string): Promise<void> {
  await db.updateTable('plan_goals').set({ position, updated_at: at }).where('id', '=', id).execute();
}

export async function setGoalDeletedAt(db: StorageExecutor, id: string, deletedAt: string | null, at: string): Promise<void> {
  await db.updateTable('plan_goals').set({ deleted_at: deletedAt, updated_at: at }).where('id', '=', id).execute();
}

// ---------- Objectives ----------

export interface ObjectiveFields {
  goalId: string;
  title: string;
  owner: PlanOwnerInput;
  measure: string;
  baseline: number | null;
  target: number | null;
  targetDate: string | null;
  status: PlanStatus;
  progressMode: PlanProgressMode;
}

const storedFields = (fields: ObjectiveFields) => ({
  goal_id: fields.goalId,
  title: fields.title,
  owner_member_id: fields.owner?.kind === 'member' ? fields.owner.id : null,
  owner_workgroup_id: fields.owner?.kind === 'workgroup' ? fields.owner.id : null,
  measure: fields.measure,
  baseline: fields.baseline,
  target: fields.target,
  target_date: fields.targetDate,
  status: fields.status,
  // Following the figures is a row of plan_objective_measures; the column keeps what the objective falls back to.
  progress_mode: fields.progressMode === 'figures' ? ('manual' as const) : fields.progressMode,
});

export async function insertObjective(db: StorageExecutor, id: string, fields: ObjectiveFields, position: number, at: string): Promise<void> {
  await db
    .insertInto('plan_objectives')
    .values({ id, ...storedFields(fields), position, created_at: at, updated_at: at })
    .execute();
}

export async function updateObjective(db: StorageExecutor, id: string, fields: ObjectiveFields, position: number, at: string): Promise<void> {
  await db
    .updateTable('plan_objectives')
    .set({ ...storedFields(fields), position, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setObjectiveStatus(db: StorageExecutor, id: string, status: PlanStatus, at: string): Promise<void> {
  await db.updateTable('plan_objectives').set({ status, updated_at: at }).where('id', '=', id).execute();
}

export async function setObjectiveDeletedAt(db: StorageExecutor, id: string, deletedAt: string | null, at: string): Promise<void> {
  await db.updateTable('plan_objectives').set({ deleted_at: deletedAt, updated_at: at }).where('id', '=', id).execute();
}

/** Puts away a goal's live objectives, marked as gone with it, so undoing the goal brings back exactly these. */
export async function deleteObjectivesOfGoal(db: StorageExecutor, goalId: string, at: string): Promise<void> {
  await db
    .updateTable('plan_objectives')
    .set({ deleted_at: at, deleted_with_goal: 1, updated_at: at })
    .where('goal_id', '=', goalId)
    .where('deleted_at', 'is', null)
    .execute();
}

export async function restoreObjectivesOfGoal(db: StorageExecutor, goalId: string, at: string): Promise<void> {
  await db
    .updateTable('plan_objectives')
    .set({ deleted_at: null, deleted_with_goal: 0, updated_at: at })
    .where('goal_id', '=', goalId)
    .where('deleted_with_goal', '=', 1)
    .execute();
}

export async function countLiveObjectives(db: StorageExecutor, goalId: string): Promise<number> {
  const row = await db
    .selectFrom('plan_objectives')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('goal_id', '=', goalId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function nextObjectivePosition(db: StorageExecutor, goalId: string): Promise<number> {
  const row = await db
    .selectFrom('plan_objectives')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('goal_id', '=', goalId)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

function objectiveQuery(db: StorageExecutor) {
  return db
    .selectFrom('plan_objectives as o')
    .leftJoin('members as m', 'm.id', 'o.owner_member_id')
    .leftJoin('workgroups as w', 'w.id', 'o.owner_workgroup_id')
    .select(['o.id', 'o.goal_id as goalId', 'o.position', 'o.title', 'o.measure', 'o.baseline', 'o.target', 'o.target_date as targetDate', 'o.status'])
    .select(['o.progress_mode as progressMode', 'o.deleted_at as deletedAt', 'o.updated_at as updatedAt'])
    .select(['o.owner_member_id as ownerMemberId', shownNameOf('m').as('ownerMemberName'), 'm.archived_at as ownerMemberArchived'])
    .select(['o.owner_workgroup_id as ownerWorkgroupId', 'w.name as ownerWorkgroupName', 'w.archived_at as ownerWorkgroupArchived']);
}

export type ObjectiveRow = Awaited<ReturnType<ReturnType<typeof objectiveQuery>['executeTakeFirstOrThrow']>>;

/** The live objectives of live goals, in goal order then their own. */
export function listObjectiveRows(db: StorageExecutor): Promise<ObjectiveRow[]> {
  return objectiveQuery(db)
    .innerJoin('plan_goals as g', 'g.id', 'o.goal_id')
    .where('o.deleted_at', 'is', null)
    .where('g.deleted_at', 'is', null)
    .orderBy('g.position')
    .orderBy('o.position')
    .orderBy('o.id')
    .execute();
}

export function findObjectiveRow(db: StorageExecutor, id: string): Promise<ObjectiveRow | undefined> {
  return objectiveQuery(db).where('o.id', '=', id).executeTakeFirst();
}

// ---------- Progress ----------

export interface ProgressFacts {
  /** The newest update that carries a value. */
  latestValue: number | null;
  latestOn: string | null;
  linkedDone: number;
  linkedCounted: number;
  linkedActionItems: number;
  linkedDecisions: number;
}

const NO_FACTS: ProgressFacts = { latestValue: null, latestOn: null, linkedDone: 0, linkedCounted: 0, linkedActionItems: 0, linkedDecisions: 0 };

/** Three queries for any number of objectives: their newest values, their linked action items, their linked decisions. */
export async function progressFacts(db: StorageExecutor, objectiveIds: readonly string[]): Promise<Map<string, ProgressFacts>> {
  const facts = new Map<string, ProgressFacts>(objectiveIds.map((id) => [id, { ...NO_FACTS }]));
  if (objectiveIds.length === 0) return facts;
  const values = await db
    .selectFrom('plan_progress_updates')
    .select(['objective_id as objectiveId', 'recorded_on as recordedOn', 'value'])
    .where('objective_id', 'in', objectiveIds)
    .where('value', 'is not', null)
    .orderBy('recorded_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of values) Object.assign(facts.get(row.objectiveId) ?? {}, { latestValue: row.value, latestOn: row.recordedOn });
  const actions = await db
    .selectFrom('plan_objective_actions as l')
    .innerJoin('action_items as a', 'a.id', 'l.action_item_id')
    .select(['l.objective_id as objectiveId'])
    .select((eb) => [
      eb.fn.countAll<number>().as('linked'),
      eb.fn.sum<number>(eb.case().when('a.status', '=', 'done').then(1).else(0).end()).as('done'),
      eb.fn.sum<number>(eb.case().when('a.status', '=', 'cancelled').then(0).else(1).end()).as('counted'),
    ])
    .where('l.objective_id', 'in', objectiveIds)
    .groupBy('l.objective_id')
    .execute();
  for (const row of actions)
    Object.assign(facts.get(row.objectiveId) ?? {}, {
      linkedActionItems: Number(row.linked),
      linkedDone: Number(row.done),
      linkedCounted: Number(row.counted),
    });
  const decisions = await db
    .selectFrom('plan_objective_decisions')
    .select(['objective_id as objectiveId', (eb) => eb.fn.countAll<number>().as('linked')])
    .where('objective_id', 'in', objectiveIds)
    .groupBy('objective_id')
    .execute();
  for (const row of decisions) Object.assign(facts.get(row.objectiveId) ?? {}, { linkedDecisions: Number(row.linked) });
  return facts;
}

export interface ProgressUpdateFields {
  objectiveId: string;
  recordedOn: string;
  value: number | null;
  status: PlanStatus;
  note: string;
  recordedById: string | null;
}

export async function insertProgressUpdate(db: StorageExecutor, id: string, fields: ProgressUpdateFields, at: string): Promise<void> {
  await db
    .insertInto('plan_progress_updates')
    .values({
      id,
      objective_id: fields.objectiveId,
      recorded_on: fields.recordedOn,
      value: fields.value,
      status: fields.status,
      note: fields.note,
      recorded_by_id: fields.recordedById,
      created_at: at,
    })
    .execute();
}

/** The newest update's day, to tell whether a new one is the latest word on the objective. */
export async function latestUpdateDay(db: StorageExecutor, objectiveId: string): Promise<string | null> {
  const row = await db
    .selectFrom('plan_progress_updates')
    .select((eb) => eb.fn.max('recorded_on').as('day'))
    .where('objective_id', '=', objectiveId)
    .executeTakeFirst();
  return row?.day ?? null;
}

/** Newest first. */
export async function listProgressUpdates(db: StorageExecutor, objectiveId: string) {
  const rows = await db
    .selectFrom('plan_progress_updates as u')
    .leftJoin('members as m', 'm.id', 'u.recorded_by_id')
    .select([
      'u.id',
      'u.recorded_on as recordedOn',
      'u.value',
      'u.status',
      'u.note',
      'u.created_at as createdAt',
      'u.recorded_by_id as recordedById',
      shownNameOf('m').as('recordedByName'),
    ])
    .where('u.objective_id', '=', objectiveId)
    .orderBy('u.recorded_on', 'desc')
    .orderBy('u.created_at', 'desc')
    .orderBy('u.id', 'desc')
    .execute();
  return rows.map(({ recordedById, recordedByName, ...row }) => ({
    ...row,
    recordedBy: recordedById === null ? null : { id: recordedById, shownName: recordedByName ?? '' },
  }));
}

// ---------- Links ----------

export async function linkExists(db: StorageExecutor, objectiveId: string, kind: PlanLinkKind, targetId: string): Promise<boolean> {
  const row =
    kind === 'action-item'
      ? await db
          .selectFrom('plan_objective_actions')
          .select('objective_id')
          .where('objective_id', '=', objectiveId)
          .where('action_item_id', '=', targetId)
          .executeTakeFirst()
      : await db
          .selectFrom('plan_objective_decisions')
          .select('objective_id')
          .where('objective_id', '=', objectiveId)
          .where('decision_id', '=', targetId)
          .executeTakeFirst();
  return row !== undefined;
}

export async function linkTargetExists(db: StorageExecutor, kind: PlanLinkKind, targetId: string): Promise<boolean> {
  const row =
    kind === 'action-item'
      ? await db.selectFrom('action_items').select('id').where('id', '=', targetId).executeTakeFirst()
      : await db.selectFrom('decisions').select('id').where('id', '=', targetId).executeTakeFirst();
  return row !== undefined;
}

export async function insertLink(db: StorageExecutor, objectiveId: string, kind: PlanLinkKind, targetId: string, at: string): Promise<void> {
  if (kind === 'action-item')
    await db.insertInto('plan_objective_actions').values({ objective_id: objectiveId, action_item_id: targetId, created_at: at }).execute();
  else await db.insertInto('plan_objective_decisions').values({ objective_id: objectiveId, decision_id: targetId, created_at: at }).execute();
}

export async function deleteLink(db: StorageExecutor, objectiveId: string, kind: PlanLinkKind, targetId: string): Promise<void> {
  if (kind === 'action-item')
    await db.deleteFrom('plan_objective_actions').where('objective_id', '=', objectiveId).where('action_item_id', '=', targetId).execute();
  else await db.deleteFrom('plan_objective_decisions').where('objective_id', '=', objectiveId).where('decision_id', '=', targetId).execute();
}

export function linkedActionItems(db: StorageExecutor, objectiveId: string) {
  return db
    .selectFrom('plan_objective_actions as l')
    .innerJoin('action_items as a', 'a.id', 'l.action_item_id')
    .leftJoin('members as m', 'm.id', 'a.owner_id')
    .select([
      'a.id',
      'a.title',
      'a.status',
      'a.due_on as dueOn',
      sql<string | null>`CASE WHEN ${sql.ref('m.id')} IS NULL THEN NULL ELSE ${shownNameOf('m')} END`.as('ownerName'),
    ])
    .where('l.objective_id', '=', objectiveId)
    .orderBy('a.due_on')
    .orderBy('a.id')
    .execute();
}

export function linkedDecisions(db: StorageExecutor, objectiveId: string) {
  return db
    .selectFrom('plan_objective_decisions as l')
    .innerJoin('decisions as d', 'd.id', 'l.decision_id')
    .innerJoin('meetings as mt', 'mt.id', 'd.meeting_id')
    .select(['d.id', 'd.text', 'd.outcome', 'mt.id as meetingId', 'mt.title as meetingTitle', 'mt.starts_at as meetingStartsAt'])
    .where('l.objective_id', '=', objectiveId)
    .orderBy('mt.starts_at_utc', 'desc')
    .orderBy('d.created_at')
    .execute();
}

export function actionItemChoices(db: StorageExecutor, objectiveId: string, text: string) {
  return actionItemsTitled(db, text)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('plan_objective_actions as l')
            .select('l.objective_id')
            .where('l.objective_id', '=', objectiveId)
            .whereRef('l.action_item_id', '=', 'a.id'),
        ),
      ),
    )
    .execute();
}

export function decisionChoices(db: StorageExecutor, objectiveId: string, text: string) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('meetings as mt', 'mt.id', 'd.meeting_id')
    .select(['d.id', 'd.text', 'd.outcome', 'mt.title as meetingTitle', 'mt.starts_at as meetingStartsAt'])
    .where(columnContains('d.text', text))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('plan_objective_decisions as l')
            .select('l.objective_id')
            .where('l.objective_id', '=', objectiveId)
            .whereRef('l.decision_id', '=', 'd.id'),
        ),
      ),
    )
    .orderBy('mt.starts_at_utc', 'desc')
    .orderBy('d.id')
    .limit(LINK_CHOICES)
    .execute();
}

/** The live objectives (of live goals) an action item or a decision serves. */
export function objectivesServedBy(db: StorageExecutor, kind: PlanLinkKind, targetId: string) {
  const query = db
    .selectFrom('plan_objectives as o')
    .innerJoin('plan_goals as g', 'g.id', 'o.goal_id')
    .select(['o.id', 'o.title', 'g.title as goalTitle', 'o.status'])
    .where('o.deleted_at', 'is', null)
    .where('g.deleted_at', 'is', null)
    .orderBy('g.position')
    .orderBy('o.position');
  return kind === 'action-item'
    ? query.innerJoin('plan_objective_actions as l', 'l.objective_id', 'o.id').where('l.action_item_id', '=', targetId).execute()
    : query.innerJoin('plan_objective_decisions as l', 'l.objective_id', 'o.id').where('l.decision_id', '=', targetId).execute();
}

/** Each objective's newest update that says something, for the exported plan (one query for all of them). */
export async function latestNotes(db: StorageExecutor, objectiveIds: readonly string[]): Promise<Map<string, { recordedOn: string; note: string }>> {
  const notes = new Map<string, { recordedOn: string; note: string }>();
  if (objectiveIds.length === 0) return notes;
  const rows = await db
    .selectFrom('plan_progress_updates')
    .select(['objective_id as objectiveId', 'recorded_on as recordedOn', 'note'])
    .where('objective_id', 'in', objectiveIds)
    .where('note', '<>', '')
    .orderBy('recorded_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of rows) notes.set(row.objectiveId, { recordedOn: row.recordedOn, note: row.note });
  return notes;
}
