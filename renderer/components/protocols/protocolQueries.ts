import type { DataArea } from '../../../shared/dataAreas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { invoke } from '../../api';

/** Every query whose answer comes from the register starts its key with this scope, so one change refreshes them all. */
export const protocolQueryScope = 'protocols' satisfies DataArea;

export function useProtocols() {
  return useQuery({ queryKey: [protocolQueryScope, 'list'], queryFn: () => invoke('protocols.list', {}) });
}

export function useProtocol(id: string) {
  return useQuery({ queryKey: [protocolQueryScope, 'detail', id], queryFn: () => invoke('protocols.get', { id }) });
}

export function useProtocolReviews() {
  return useQuery({ queryKey: [protocolQueryScope, 'reviews'], queryFn: () => invoke('protocols.reviews', {}) });
}

type ChangeChannel = Exclude<Extract<ChannelName, `protocols.${string}`>, 'protocols.list' | 'protocols.get' | 'protocols.reviews'>;

/** A change to the register; afterwards every register answer (list, detail, dashboard card) is read again. */
export function useProtocolChange<C extends ChangeChannel>(
  channel: C,
  options: { onSuccess?: (result: ChannelOutput<C>) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => invoke(channel, input),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: [protocolQueryScope] });
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
}
