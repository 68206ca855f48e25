import type { DataArea } from '../../../shared/dataAreas';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { invoke } from '../../api';
import { directoryQueryScope } from '../directory/directoryQueryScope';

/**
 * Every query whose answer comes from meetings, agendas, attendance, decisions or action items starts its key
 * with this scope, so one change refreshes them all (and the global search, which indexes them too).
 */
export const meetingQueryScope = 'meetings' satisfies DataArea;

export const meetingKeys = {
  list: (options: ChannelInput<'meetings.list'>) => [meetingQueryScope, 'list', options] as const,
  detail: (id: string) => [meetingQueryScope, 'detail', id] as const,
  workgroups: (includeArchived: boolean) => [meetingQueryScope, 'workgroups', { includeArchived }] as const,
  templates: () => [meetingQueryScope, 'templates'] as const,
  preferences: () => [meetingQueryScope, 'preferences'] as const,
  actions: (query: ChannelInput<'actions.query'>) => [meetingQueryScope, 'actions', query] as const,
  action: (id: string) => [meetingQueryScope, 'action', id] as const,
  actionCounts: () => [meetingQueryScope, 'action-counts'] as const,
  recentDecisions: (limit: number) => [meetingQueryScope, 'recent-decisions', limit] as const,
};

export function useMeetings(options: ChannelInput<'meetings.list'> = {}) {
  return useQuery({ queryKey: meetingKeys.list(options), queryFn: () => invoke('meetings.list', options) });
}

export function useMeetingDetail(id: string) {
  return useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => invoke('meetings.get', { id }) });
}

export function useWorkgroups(includeArchived = false) {
  return useQuery({ queryKey: meetingKeys.workgroups(includeArchived), queryFn: () => invoke('workgroups.list', { includeArchived }) });
}

export function useTemplates() {
  return useQuery({ queryKey: meetingKeys.templates(), queryFn: () => invoke('templates.list', {}) });
}

export function usePreferences() {
  return useQuery({ queryKey: meetingKeys.preferences(), queryFn: () => invoke('preferences.get', {}) });
}

/** One page of action items; the previous page stays shown while the next one loads, so paging does not flicker. */
export function useActionItems(query: ChannelInput<'actions.query'>) {
  return useQuery({ queryKey: meetingKeys.actions(query), queryFn: () => invoke('actions.query', query), placeholderData: keepPreviousData });
}

export function useActionItem(id: string) {
  return useQuery({ queryKey: meetingKeys.action(id), queryFn: () => invoke('actions.get', { id }) });
}

export function useActionCounts() {
  return useQuery({ queryKey: meetingKeys.actionCounts(), queryFn: () => invoke('actions.counts', {}) });
}

export function useRecentDecisions(limit = 5) {
  return useQuery({ queryKey: meetingKeys.recentDecisions(limit), queryFn: () => invoke('decisions.recent', { limit }) });
}

type ReadChannel =
  | 'meetings.list'
  | 'meetings.get'
  | 'workgroups.list'
  | 'templates.list'
  | 'preferences.get'
  | 'actions.query'
  | 'actions.get'
  | 'actions.counts'
  | 'decisions.recent';
type ChangeChannel = Exclude<
  Extract<ChannelName, `${'workgroups' | 'meetings' | 'agenda' | 'templates' | 'attendance' | 'decisions' | 'actions' | 'preferences'}.${string}`>,
  ReadChannel
>;

/**
 * A change to meetings, attendance, decisions, action items or preferences. Afterwards every meeting answer and
 * the search are refreshed. Saving notes passes `refresh: false`: the editor already holds what it saved.
 */
export function useMeetingChange<C extends ChangeChannel>(
  channel: C,
  options: { onSuccess?: (result: ChannelOutput<C>) => void; onError?: (error: unknown) => void; refresh?: boolean } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => invoke(channel, input),
    onSuccess: async (result) => {
      if (options.refresh !== false) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: [meetingQueryScope] }),
          queryClient.invalidateQueries({ queryKey: [directoryQueryScope, 'search'] }),
        ]);
      }
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
}
