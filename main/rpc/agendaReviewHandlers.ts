import { addReviewAgendaItem, addReviewToNextMeeting } from '../services/agendaReviews';
import { dataReview, takeDataSnapshot } from '../services/dataReviewSnapshot';
import { planReview, recordPlanReviewUpdate } from '../services/planReview';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

export type AgendaReviewHandlers = Pick<Handlers, `agendaReviews.${string}` & keyof Handlers>;

/** Plan and data review agenda items: one line per channel. */
export function createAgendaReviewHandlers(context: ServiceContext): AgendaReviewHandlers {
  return {
    'agendaReviews.addItem': (input) => addReviewAgendaItem(context, input),
    'agendaReviews.addToNextMeeting': (input) => addReviewToNextMeeting(context, input),
    'agendaReviews.planReview': (input) => planReview(context, input),
    'agendaReviews.recordPlanUpdate': (input) => recordPlanReviewUpdate(context, input),
    'agendaReviews.dataReview': (input) => dataReview(context, input),
    'agendaReviews.takeDataSnapshot': (input) => takeDataSnapshot(context, input),
  };
}
