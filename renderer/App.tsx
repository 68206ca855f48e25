import { connectionKind } from './api';
import { appNotices, appPages, appSearch } from './appPages';
import { MissingTokenNotice } from './components/MissingTokenNotice';
import { AppFrame } from './features/frame/AppFrame';
import { Gate } from './features/gate/Gate';
import { SessionProvider } from './session/SessionProvider';
import { useSession } from './session/SessionContext';

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
