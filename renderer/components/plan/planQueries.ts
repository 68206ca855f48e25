import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput, PlanLinkKind } from '../../../shared/contract';
import { invoke } from '../../api';
import { meetingQueryScope } from '../meetings/meetingQueries';

/**
 * The plan's answers live under the meetings scope: an action item done or a decision removed changes an objective's
 * progress and links, and a plan change refreshes the objectives an action item or decision shows.
 */
export const planKeys = {
  plan: () => [meetingQueryScope, 'plan'] as const,
  objective: (id: string) => [meetingQueryScope, 'plan', 'objective', id] as const,
  servedBy: (kind: PlanLinkKind, id: string) => [meetingQueryScope, 'plan', 'served-by', kind, id] as const,
  linkChoices: (input: Omit<ChannelInput<'plan.linkChoices'>, 'text'>) => [meetingQueryScope, 'plan', 'link-choices', input] as const,
  measureChoices: () => [meetingQueryScope, 'plan', 'measure-choices'] as const,
};

export function usePlan() {
  return useQuery({ queryKey: planKeys.plan(), queryFn: () => invoke('plan.get', {}) });
}

export function useObjective(id: string) {
  return useQuery({ queryKey: planKeys.objective(id), queryFn: () => invoke('plan.getObjective', { id }) });
}

export function useObjectivesServedBy(kind: PlanLinkKind, id: string) {
  return useQuery({ queryKey: planKeys.servedBy(kind, id), queryFn: () => invoke('plan.objectivesFor', { kind, id }) });
}

type PlanChangeChannel = Exclude<
  Extract<ChannelName, `plan.${string}`>,
  'plan.get' | 'plan.getObjective' | 'plan.objectivesFor' | 'plan.linkChoices' | 'plan.measureChoices' | 'plan.export'
>;

/** A change to the plan; afterwards the plan and everything that shows it are read again. */
export function usePlanChange<C extends PlanChangeChannel>(
  channel: C,
  options: { onSuccess?: (result: ChannelOutput<C>, input: ChannelInput<C>) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => invoke(channel, input),
    onSuccess: async (result, input) => {
      await queryClient.invalidateQueries({ queryKey: [meetingQueryScope] });
      options.onSuccess?.(result, input);
    },
    onError: options.onError,
  });
}
