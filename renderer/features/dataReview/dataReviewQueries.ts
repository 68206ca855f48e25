import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReviewQuery } from '../../../shared/contract';
import { invoke } from '../../api';

/** Under the data module's scope ('data'), so a saved submission or measure refreshes the review too. */
export function useReviewSeries(query: ReviewQuery) {
  return useQuery({ queryKey: ['data', 'review', 'series', query], queryFn: () => invoke('dataReview.series', query), placeholderData: keepPreviousData });
}

export function useCoalitionHealth(range: { from: string; to: string }) {
  return useQuery({ queryKey: ['data', 'review', 'health', range], queryFn: () => invoke('dataReview.health', range), placeholderData: keepPreviousData });
}
