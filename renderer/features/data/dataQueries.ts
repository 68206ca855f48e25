import type { DataArea } from '../../../shared/dataAreas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { invoke } from '../../api';
import { planKeys } from '../../components/plan/planQueries';

/** Every data review query starts with this scope, so one saved change refreshes them all. */
const dataScope = 'data' satisfies DataArea;

export const dataKeys = {
  catalogue: () => [dataScope, 'catalogue'] as const,
  overview: (period: string) => [dataScope, 'overview', period] as const,
  submission: (organizationId: string, period: string) => [dataScope, 'submission', organizationId, period] as const,
  smallNumbers: () => [dataScope, 'small-numbers'] as const,
};

export function useCatalogue() {
  return useQuery({ queryKey: dataKeys.catalogue(), queryFn: () => invoke('data.catalogue', {}) });
}

export function usePeriodOverview(period: string) {
  return useQuery({ queryKey: dataKeys.overview(period), queryFn: () => invoke('data.overview', { period }) });
}

export function useSubmission(organizationId: string, period: string) {
  return useQuery({ queryKey: dataKeys.submission(organizationId, period), queryFn: () => invoke('data.submission', { organizationId, period }) });
}

export function useSmallNumbers() {
  return useQuery({ queryKey: dataKeys.smallNumbers(), queryFn: () => invoke('data.smallNumbers', {}) });
}

type DataWrite = 'data.setMeasureSet' | 'data.createMeasure' | 'data.updateMeasure' | 'data.saveSubmission' | 'data.setSmallNumbers' | 'data.partnerFileImport';

/** A change to the data module; on success every data query is read again. */
export function useDataChange<C extends DataWrite & ChannelName>(
  channel: C,
  options: { onSuccess?: (value: ChannelOutput<C>) => void; onError?: (error: unknown) => void } = {},
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => invoke(channel, input),
    onSuccess: async (value) => {
      await client.invalidateQueries({ queryKey: [dataScope] });
      // Objectives that follow a measure's figures move with them.
      await client.invalidateQueries({ queryKey: planKeys.plan() });
      options.onSuccess?.(value);
    },
    onError: options.onError,
  });
}
