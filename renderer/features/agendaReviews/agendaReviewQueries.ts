import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { invoke } from '../../api';
import { meetingQueryScope } from '../../components/meetings/meetingQueries';

/** Plan and data reviews live under the meetings scope: a change refreshes the meeting, the plan and the minutes. */
export const agendaReviewKeys = {
  plan: (itemId: string) => [meetingQueryScope, 'agenda-review', 'plan', itemId] as const,
  data: (itemId: string) => [meetingQueryScope, 'agenda-review', 'data', itemId] as const,
  catalogue: () => [meetingQueryScope, 'agenda-review', 'catalogue'] as const,
};

export function usePlanReview(itemId: string) {
  return useQuery({ queryKey: agendaReviewKeys.plan(itemId), queryFn: () => invoke('agendaReviews.planReview', { itemId }) });
}

export function useDataReview(itemId: string) {
  return useQuery({ queryKey: agendaReviewKeys.data(itemId), queryFn: () => invoke('agendaReviews.dataReview', { itemId }) });
}

export function useMeasureCatalogue() {
  return useQuery({ queryKey: agendaReviewKeys.catalogue(), queryFn: () => invoke('data.catalogue', {}) });
}

type ReviewChange = 'agendaReviews.addItem' | 'agendaReviews.addToNextMeeting' | 'agendaReviews.recordPlanUpdate' | 'agendaReviews.takeDataSnapshot';

export function useReviewChange<C extends ReviewChange>(
  channel: C,
  options: { onSuccess?: (result: ChannelOutput<C>) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => invoke(channel, input),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: [meetingQueryScope] });
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
}
