import type { DataArea } from '../../../shared/dataAreas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';

const setupChecklistKey = ['dashboard' satisfies DataArea, 'setup-checklist'] as const;

/** Read afresh each time the dashboard opens: the steps are done on other pages. */
export function useSetupChecklist() {
  return useQuery({ queryKey: setupChecklistKey, queryFn: () => invoke('dashboard.setupChecklist', {}), refetchOnMount: 'always' });
}

export function useDismissSetupChecklist() {
  const queryClient = useQueryClient();
  const { notifyError } = useNotify();
  return useMutation({
    mutationFn: () => invoke('dashboard.dismissSetupChecklist', {}),
    onSuccess: (checklist) => queryClient.setQueryData(setupChecklistKey, checklist),
    onError: notifyError,
  });
}
