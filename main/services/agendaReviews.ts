import { uuidv7 } from 'uuidv7';
import type { AgendaItem, AgendaReviewKind, ChannelParsedInput, NextMeetingReview } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { addAgendaItems } from '../db/agendaItemRepository';
import { findNextPlannedMeeting, findReviewItem, insertReviewKind } from '../db/agendaReviewRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { readMeetingState } from '../db/meetingRepository';
import { requireAgendaItem } from './agenda';
import { recordMeetingChange } from './meetingAudit';
import { editabilityProblem, requireEditable } from './meetingEditability';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound } from './workspaceTransaction';

/** Plan and data review agenda items: adding them, and the checks their own services share. */

const REVIEW_ITEMS: Record<AgendaReviewKind, { title: string; description: string; timeboxMinutes: number }> = {
  'plan-review': { title: 'Plan review', description: 'Walk through the plan’s objectives and record where each one stands.', timeboxMinutes: 20 },
  'data-review': { title: 'Data review', description: 'Look at the chosen figures together.', timeboxMinutes: 15 },
};

async function addReviewItem(context: ServiceContext, trx: StorageExecutor, at: string, meetingId: string, kind: AgendaReviewKind): Promise<AgendaItem> {
  await requireEditable(trx, meetingId);
  const id = uuidv7();
  const words = REVIEW_ITEMS[kind];
  await addAgendaItems(
    trx,
    [id],
    [{ ...words, meetingId, type: 'discussion', presenterId: null, role: 'regular', carriedOverFromItemId: null, approvesMeetingId: null }],
    at,
  );
  await insertReviewKind(trx, id, kind, at);
  await recordMeetingChange(context, trx, at, { id: meetingId, action: 'agenda item added', changes: { itemId: id, title: words.title, kind } });
  return requireAgendaItem(trx, id);
}

export function addReviewAgendaItem(context: ServiceContext, input: ChannelParsedInput<'agendaReviews.addItem'>): Promise<AgendaItem> {
  return inTransaction(context, (trx, at) => addReviewItem(context, trx, at, input.meetingId, input.kind));
}

/** The next planned meeting gets the review at the end of its agenda, unless it already has one of that kind. */
export function addReviewToNextMeeting(context: ServiceContext, { kind }: ChannelParsedInput<'agendaReviews.addToNextMeeting'>): Promise<NextMeetingReview> {
  return inTransaction(context, async (trx, at) => {
    const meeting = await findNextPlannedMeeting(trx, context.now().toISOString());
    if (!meeting) throw new AppError('NOT_FOUND', 'No meeting is planned yet. Plan the next meeting on the Meetings page, then add the review to its agenda.');
    const existing = await findReviewItem(trx, meeting.id, kind);
    const item = existing ? await requireAgendaItem(trx, existing.id) : await addReviewItem(context, trx, at, meeting.id, kind);
    return {
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      startsAt: meeting.startsAt,
      timeZone: meeting.timeZone,
      item,
      alreadyThere: existing !== undefined,
    };
  });
}

/** The agenda item, which must be a review of this kind (VALIDATION otherwise), and whether its meeting may change. */
export async function requireReviewItem(db: StorageExecutor, itemId: string, kind: AgendaReviewKind): Promise<{ item: AgendaItem; editable: boolean }> {
  const item = await requireAgendaItem(db, itemId);
  if (item.role !== kind)
    throw new AppError('VALIDATION', kind === 'plan-review' ? 'That agenda item is not a plan review.' : 'That agenda item is not a data review.');
  const state = requireFound(await readMeetingState(db, item.meetingId), 'meeting');
  return { item, editable: editabilityProblem(state) === null };
}
