import type { ChannelParsedInput, Objective, PlanReview, ProgressUpdate, ReviewedObjective } from '../../shared/contract';
import { type PlanUpdateRow, linkPlanUpdate, planUpdatesOfItems } from '../db/agendaReviewRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { readMeeting } from '../db/meetingRepository';
import { requireReviewItem } from './agendaReviews';
import { recordMeetingChange } from './meetingAudit';
import { requireEditable } from './meetingEditability';
import { planToday, readPlan } from './plan';
import { writeProgressUpdate } from './planObjectives';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

/**
 * A plan review agenda item walks the plan's objectives in a meeting: at risk, off track or overdue first, then the
 * others still being worked on, then done and dropped ones; in the plan's own order within each. An update recorded
 * here is an ordinary dated progress update of the plan (planObjectives.writeProgressUpdate), linked to the item so
 * the minutes list it.
 */

export const needsAttention = (objective: Objective) => objective.overdue || objective.status === 'at-risk' || objective.status === 'off-track';

function reviewRank(objective: Objective): number {
  if (needsAttention(objective)) return 0;
  return objective.status === 'on-track' ? 1 : 2;
}

export function progressUpdateOf(row: PlanUpdateRow): ProgressUpdate {
  return {
    id: row.id,
    recordedOn: row.recordedOn,
    value: row.value,
    status: row.status,
    note: row.note,
    recordedBy: row.recordedById === null ? null : { id: row.recordedById, shownName: row.recordedByName },
    createdAt: row.createdAt,
  };
}

/** The day an update recorded during the meeting carries: the meeting's own day, or today if the meeting is later. */
async function reviewDay(context: ServiceContext, db: StorageExecutor, meetingId: string): Promise<string> {
  const meeting = requireFound(await readMeeting(db, meetingId), 'meeting');
  const today = await planToday(context, db);
  const day = meeting.startsAt.slice(0, 10);
  return day < today ? day : today;
}

async function reviewOf(context: ServiceContext, db: StorageExecutor, itemId: string): Promise<PlanReview> {
  const { item, editable } = await requireReviewItem(db, itemId, 'plan-review');
  const plan = await readPlan(context, db);
  const updates = await planUpdatesOfItems(db, [itemId]).execute();
  const entries = plan.goals.flatMap((goal) =>
    goal.objectives.map((objective): ReviewedObjective => ({
      objective,
      goalTitle: goal.title,
      needsAttention: needsAttention(objective),
      updatesHere: updates.filter((row) => row.objectiveId === objective.id).map(progressUpdateOf),
    })),
  );
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => reviewRank(a.entry.objective) - reviewRank(b.entry.objective) || a.index - b.index);
  return { itemId, editable, recordedOn: await reviewDay(context, db, item.meetingId), objectives: ordered.map(({ entry }) => entry) };
}

export function planReview(context: ServiceContext, { itemId }: { itemId: string }): Promise<PlanReview> {
  return reviewOf(context, storage(context), itemId);
}

/** One transaction: the plan's update (its rules, its history), the link to the item, and the meeting's history. */
export function recordPlanReviewUpdate(context: ServiceContext, input: ChannelParsedInput<'agendaReviews.recordPlanUpdate'>): Promise<PlanReview> {
  const { itemId, ...update } = input;
  return inTransaction(context, async (trx, at) => {
    const { item } = await requireReviewItem(trx, itemId, 'plan-review');
    await requireEditable(trx, item.meetingId);
    const recordedOn = await reviewDay(context, trx, item.meetingId);
    const updateId = await writeProgressUpdate(context, trx, at, { ...update, recordedOn });
    await linkPlanUpdate(trx, updateId, itemId, at);
    await recordMeetingChange(context, trx, at, {
      id: item.meetingId,
      action: 'plan update recorded',
      changes: { itemId, objectiveId: update.objectiveId, status: update.status, value: update.value },
    });
    return reviewOf(context, trx, itemId);
  });
}
