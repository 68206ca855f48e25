import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import type { WorkspaceSummary } from '../../shared/contract';
import { onLockedError, subscribeToEvents } from '../api';
import { useNotify } from '../components/notifications/NotificationContext';
import { LoadingScreen } from '../components/LoadingScreen';
import { StartupErrorScreen } from '../components/StartupErrorScreen';
import { SessionContext, type DamagedWorkspace, type LockReason, type Session } from './SessionContext';
import { sharedQueryKeys } from './queryKeys';
import { useAppStatus } from './useAppStatus';
import { useDataChangeRefresh } from './useDataChangeRefresh';

const lockMessages: Partial<Record<LockReason, string>> = {
  idle: 'Locked after inactivity.',
  expired: 'The workspace is locked. Unlock it to go on.',
};

/** Decides between the gate and the open workspace, and follows lock events from the host. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const status = useAppStatus();
  const queryClient = useQueryClient();
  const { notify } = useNotify();
  const [workspace, setWorkspace] = useState<WorkspaceSummary | null | undefined>(undefined);
  const [damaged, setDamaged] = useState<DamagedWorkspace | null>(null);
  useDataChangeRefresh();

  // The first answer decides where the window starts; after that only enter() and leave() move it.
  if (workspace === undefined && status.data) {
    setWorkspace(status.data.session.state === 'unlocked' ? status.data.session.workspace : null);
  }

  const leave = (reason: LockReason) => {
    // Drop every answer that came from the workspace; keep (and refresh) only the lock state the gate needs.
    // Idempotent, because the host's event and the caller's own success can both arrive.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sharedQueryKeys.appStatus[0] });
    void queryClient.invalidateQueries({ queryKey: sharedQueryKeys.appStatus });
    if (!workspace) return;
    setWorkspace(null);
    const message = lockMessages[reason];
    if (message) notify(message, 'info');
  };

  const onHostLock = useEffectEvent(leave);
  const onDamaged = useEffectEvent(({ path, message }: DamagedWorkspace) => {
    setDamaged({ path, message });
    leave('damaged');
  });
  useEffect(
    () =>
      subscribeToEvents((event) => {
        if (event.type === 'session.locked') onHostLock(event.reason);
        if (event.type === 'workspace.damaged') onDamaged(event);
      }),
    [],
  );
  useEffect(() => onLockedError(() => onHostLock('expired')), []);

  if (workspace === undefined) {
    return status.isError ? <StartupErrorScreen error={status.error} onRetry={() => void status.refetch()} /> : <LoadingScreen />;
  }
  const enter = (opened: WorkspaceSummary) => {
    setDamaged(null);
    setWorkspace(opened);
  };
  const opened = status.data?.session;
  const storage = opened?.state === 'unlocked' ? opened.storage : 'workspace';
  const session: Session = { workspace, damaged, storage, enter, leave };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
