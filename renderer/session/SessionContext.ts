import { createContext, useContext } from 'react';
import type { AppEvent, WorkspaceSummary } from '../../shared/contract';

/**
 * Why the window went back to the gate; 'expired' is a call that found the workspace already locked, 'damaged' the
 * background integrity check after unlock finding damage.
 */
export type LockReason = Extract<AppEvent, { type: 'session.locked' }>['reason'] | 'expired' | 'damaged';

/** What the damaged-workspace screen needs when the background check closed the workspace. */
export type DamagedWorkspace = Omit<Extract<AppEvent, { type: 'workspace.damaged' }>, 'type'>;

export interface Session {
  /** The open workspace, or null while the gate (create, unlock, recover) is shown. */
  workspace: WorkspaceSummary | null;
  /** Set when the background check closed the workspace: the gate then opens on the damaged-workspace screen. */
  damaged: DamagedWorkspace | null;
  /**
   * Where the records are: a workspace file unlocked with its passphrase, or a PostgreSQL server database (browser
   * mode started with --database), which has no lock, passphrase or backups in the app.
   */
  storage: 'workspace' | 'postgres';
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
