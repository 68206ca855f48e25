import { connectionKind } from './api';
import { appNotices, appPages, appSearch } from './appPages';
import { MissingTokenNotice } from './components/MissingTokenNotice';
import { lazyComponent } from './components/lazy/lazyComponent';
import { Gate } from './features/gate/Gate';
import { SessionProvider } from './session/SessionProvider';
import { useSession } from './session/SessionContext';

// The open workspace's frame and pages load after unlock: the unlock screen loads only what it needs.
const AppFrame = lazyComponent(() => import('./features/frame/AppFrame'), 'AppFrame');

export function App() {
  if (connectionKind() === 'missing-token') return <MissingTokenNotice />;
  return (
    <SessionProvider>
      <GateOrWorkspace />
    </SessionProvider>
  );
}

function GateOrWorkspace() {
  const { workspace } = useSession();
  return workspace ? <AppFrame workspace={workspace} pages={appPages} search={appSearch} notices={appNotices} /> : <Gate />;
}
