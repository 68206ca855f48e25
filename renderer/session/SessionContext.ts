import { createContext, useContext } from 'react';
import type { AppEvent, WorkspaceSummary } from '../../shared/contract';

/** Why the window went back to the Unlock screen; 'expired' is a call that found the workspace already locked. */
export type LockReason = Extract<AppEvent, { type: 'session.locked' }>['reason'] | 'expired';

export interface Session {
  /** The open workspace, or null while the gate (create, unlock, recover) is shown. */
  workspace: WorkspaceSummary | null;
  enter(workspace: WorkspaceSummary): void;
  /** Forgets every cached answer so no workspace data stays in memory, then shows the gate. */
  leave(reason: LockReason): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it.');
  return session;
}
