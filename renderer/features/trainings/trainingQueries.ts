import type { DataArea } from '../../../shared/dataAreas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import type { DutyId } from '../../../shared/childWelfareDuties';
import type { DutyLinkKind } from '../../../shared/contract/trainingSchemas';
import { invoke } from '../../api';

/** Every answer about trainings, outreach and the duties starts its key with this scope; a change refreshes them all. */
export const trainingQueryScope = 'trainings' satisfies DataArea;

export const useTrainings = () => useQuery({ queryKey: [trainingQueryScope, 'list'], queryFn: () => invoke('trainings.list', {}) });
export const useOutreach = () => useQuery({ queryKey: [trainingQueryScope, 'outreach'], queryFn: () => invoke('outreach.list', {}) });
export const useTrainingCounts = (quarters: number) =>
  useQuery({ queryKey: [trainingQueryScope, 'counts', quarters], queryFn: () => invoke('trainings.counts', { quarters }) });
/** The duty pickers' answers (the words typed are added by the picker); a link or unlink refreshes them with the checklist. */
export const dutyLinkChoicesKey = (duty: DutyId, subjectKind: DutyLinkKind) => [trainingQueryScope, 'duty-link-choices', duty, subjectKind] as const;
/** The duties one meeting or action item serves, for its "Serves duty" control; a link or unlink anywhere refreshes it. */
export const useDutiesServedBy = (subjectKind: DutyLinkKind, subjectId: string) =>
  useQuery({ queryKey: [trainingQueryScope, 'served-by', subjectKind, subjectId], queryFn: () => invoke('duties.servedBy', { subjectKind, subjectId }) });
export const useDutyChecklist = () => useQuery({ queryKey: [trainingQueryScope, 'duties'], queryFn: () => invoke('duties.checklist', {}) });

type ChangeChannel = Extract<ChannelName, `${'trainings' | 'outreach'}.${'create' | 'update' | 'delete'}` | 'duties.link' | 'duties.unlink'>;

export function useTrainingChange<C extends ChangeChannel>(
  channel: C,
  options: { onSuccess?: (result: ChannelOutput<C>) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => invoke(channel, input),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: [trainingQueryScope] });
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
}
