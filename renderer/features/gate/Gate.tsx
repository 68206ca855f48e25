import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppStatus, WorkspaceSummary } from '../../../shared/contract';
import { useNotify } from '../../components/notifications/NotificationContext';
import { LoadingScreen } from '../../components/LoadingScreen';
import { StartupErrorScreen } from '../../components/StartupErrorScreen';
import { sharedQueryKeys } from '../../session/queryKeys';
import { type DamagedWorkspace, useSession } from '../../session/SessionContext';
import { useAppStatus } from '../../session/useAppStatus';
import { CreateWorkspacePage } from './CreateWorkspacePage';
import { DamagedWorkspacePage } from './DamagedWorkspacePage';
import type { GateView } from './gateView';
import { RecoverPage } from './RecoverPage';
import { RecoveryCodePage } from './RecoveryCodePage';
import { UnlockPage } from './UnlockPage';
import { WorkspaceTooNewPage } from './WorkspaceTooNewPage';

/** Everything shown while no workspace is open: create, unlock, recover, and the damaged-workspace help. */
export function Gate() {
  const status = useAppStatus();
  if (status.isError) return <StartupErrorScreen error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return <LoadingScreen />;
  return <GateScreens status={status.data} />;
}

function GateScreens({ status }: { status: AppStatus }) {
  const session = useSession();
  const [view, setView] = useState<GateView>(() => firstView(status, session.damaged));
  const queryClient = useQueryClient();
  const { notify } = useNotify();

  const enter = (workspace: WorkspaceSummary) => {
    void queryClient.invalidateQueries({ queryKey: sharedQueryKeys.appStatus });
    session.enter(workspace);
  };
  const showUnlock = (selectedPath?: string, notice?: string) => {
    void queryClient.invalidateQueries({ queryKey: sharedQueryKeys.appStatus });
    setView({ name: 'unlock', selectedPath, notice });
  };
  const showDamaged = (path: string, message: string) => setView({ name: 'damaged', path, message });

  switch (view.name) {
    case 'create':
      return (
        <CreateWorkspacePage
          status={status}
          onCreated={({ workspace, recoveryCode }) => setView({ name: 'recoveryCode', workspace, recoveryCode })}
          onOpenExisting={() => showUnlock()}
        />
      );
    case 'recoveryCode':
      return <RecoveryCodePage coalitionName={view.workspace.name} recoveryCode={view.recoveryCode} onContinue={() => enter(view.workspace)} />;
    case 'unlock':
      return (
        <UnlockPage
          key={view.selectedPath ?? ''}
          status={status}
          initialPath={view.selectedPath}
          notice={view.notice}
          onUnlocked={enter}
          onForgotPassphrase={(path) => setView({ name: 'recover', path })}
          onDamaged={showDamaged}
          onTooNew={(message) => setView({ name: 'tooNew', message })}
          onCreateNew={() => setView({ name: 'create' })}
        />
      );
    case 'recover':
      return (
        <RecoverPage
          path={view.path}
          onRecovered={(workspace) => {
            notify('Your new passphrase is set. Use it from now on.', 'success');
            enter(workspace);
          }}
          onDamaged={showDamaged}
          onBack={() => showUnlock(view.path)}
        />
      );
    case 'damaged':
      return (
        <DamagedWorkspacePage
          path={view.path}
          message={view.message}
          onRestored={(restoredPath) =>
            showUnlock(restoredPath, `The backup was restored into a new workspace at ${restoredPath}. Enter its passphrase to open it.`)
          }
          onBack={() => showUnlock(view.path)}
        />
      );
    case 'tooNew':
      return <WorkspaceTooNewPage message={view.message} onBack={() => showUnlock()} />;
  }
}

function firstView(status: AppStatus, damaged: DamagedWorkspace | null): GateView {
  if (damaged) return { name: 'damaged', ...damaged };
  return status.recent.length > 0 ? { name: 'unlock' } : { name: 'create' };
}
