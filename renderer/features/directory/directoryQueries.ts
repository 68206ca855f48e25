import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput, MemberPageQuery, OrganizationPageQuery } from '../../../shared/contract';
import { invoke } from '../../api';
import { directoryQueryScope } from '../../components/directory/directoryQueryScope';

export const directoryKeys = {
  organizations: (includeArchived: boolean) => [directoryQueryScope, 'organizations', { includeArchived }] as const,
  organization: (id: string) => [directoryQueryScope, 'organization', id] as const,
  members: (includeArchived: boolean) => [directoryQueryScope, 'members', { includeArchived }] as const,
  member: (id: string) => [directoryQueryScope, 'member', id] as const,
  organizationPage: (query: OrganizationPageQuery) => [directoryQueryScope, 'organizationPage', query] as const,
  memberPage: (query: MemberPageQuery) => [directoryQueryScope, 'memberPage', query] as const,
};

/** One page of the Organizations grid; the page shown stays while the next one loads. */
export function useOrganizationPage(query: OrganizationPageQuery) {
  return useQuery({
    queryKey: directoryKeys.organizationPage(query),
    queryFn: () => invoke('directory.queryOrganizations', query),
    placeholderData: keepPreviousData,
  });
}

/** One page of the Members grid; the page shown stays while the next one loads. */
export function useMemberPage(query: MemberPageQuery) {
  return useQuery({ queryKey: directoryKeys.memberPage(query), queryFn: () => invoke('directory.queryMembers', query), placeholderData: keepPreviousData });
}

export function useOrganizations(includeArchived = false) {
  return useQuery({
    queryKey: directoryKeys.organizations(includeArchived),
    queryFn: () => invoke('directory.listOrganizations', { includeArchived }),
  });
}

export function useOrganizationDetail(id: string) {
  return useQuery({ queryKey: directoryKeys.organization(id), queryFn: () => invoke('directory.getOrganization', { id }) });
}

export function useMembers(includeArchived = false) {
  return useQuery({ queryKey: directoryKeys.members(includeArchived), queryFn: () => invoke('directory.listMembers', { includeArchived }) });
}

export function useMemberDetail(id: string) {
  return useQuery({ queryKey: directoryKeys.member(id), queryFn: () => invoke('directory.getMember', { id }) });
}

type DirectoryChange = Extract<
  ChannelName,
  | 'directory.createOrganization'
  | 'directory.updateOrganization'
  | 'directory.archiveOrganization'
  | 'directory.restoreOrganization'
  | 'directory.bulkEditOrganizations'
  | 'directory.createMember'
  | 'directory.updateMember'
  | 'directory.archiveMember'
  | 'directory.restoreMember'
  | 'directory.bulkEditMembers'
>;

/** A change to the directory; afterwards every directory answer (lists, details, coverage, search) is refreshed. */
export function useDirectoryChange<C extends DirectoryChange>(
  channel: C,
  options: { onSuccess?: (result: ChannelOutput<C>) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => invoke(channel, input),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: [directoryQueryScope] });
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
}
