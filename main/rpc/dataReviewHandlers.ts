import { reviewSeries } from '../services/dataReview';
import { coalitionHealth } from '../services/dataReviewHealth';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

export type DataReviewHandlers = Pick<Handlers, 'dataReview.series' | 'dataReview.health'>;

/** The data review (issue 14): one line per channel, the rules live in services. */
export function createDataReviewHandlers(context: ServiceContext): DataReviewHandlers {
  return {
    'dataReview.series': (input) => reviewSeries(context, input),
    'dataReview.health': (input) => coalitionHealth(context, input),
  };
}
