import { useSyncExternalStore } from 'react';
import { HashRouter, Navigate, useLocation } from 'react-router';
import { connectionKind, onConnectionChange } from './api';
import { appNotices, appPages, appSearch } from './appPages';
import { appRailSections } from './appRailSections';
import { MissingTokenNotice } from './components/MissingTokenNotice';
import { lazyComponent } from './components/lazy/lazyComponent';
import { pageBelongsToAnotherWorkspace } from './features/frame/pageWorkspace';
import { Gate } from './features/gate/Gate';
import { SessionProvider } from './session/SessionProvider';
import { useSession } from './session/SessionContext';

// The open workspace's frame and pages load after unlock: the unlock screen loads only what it needs.
const AppFrame = lazyComponent(() => import('./features/frame/AppFrame'), 'AppFrame');

/**
 * The page lives in the address's fragment (`#/members/…`), so Back, Forward, reload and bookmarks work in browser
 * mode, and the router sits above the gate, so unlocking returns to the page the person was on.
 */
export function App() {
  const connection = useSyncExternalStore(onConnectionChange, connectionKind);
  if (connection === 'missing-token') return <MissingTokenNotice reason="missing" />;
  if (connection === 'link-expired') return <MissingTokenNotice reason="expired" />;
  return (
    <HashRouter>
      <SessionProvider>
        <GateOrWorkspace />
      </SessionProvider>
    </HashRouter>
  );
}

function GateOrWorkspace() {
  const { workspace } = useSession();
  const { pathname } = useLocation();
  if (!workspace) return <Gate />;
  // The page in the address was another workspace's (a member of one coalition is not in another): start at the dashboard.
  if (pathname !== '/' && pageBelongsToAnotherWorkspace(workspace.id)) return <Navigate to="/" replace />;
  return <AppFrame workspace={workspace} pages={appPages} railSections={appRailSections} search={appSearch} notices={appNotices} />;
}
