import { AppError } from '../../shared/errors';
import type { LockReason } from '../app/coalitionDesk';
import type { EventHub } from '../app/eventHub';
import { checkpointAndShrink } from '../db/walCheckpoint';
import { type OpenWorkspace, closeWorkspace } from '../workspace/openWorkspace';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

/**
 * The one open workspace, if any, and the idle clock that locks it. Locking closes the database
 * and zeroes the data key, so nothing that opens the workspace stays in memory.
 */
export class WorkspaceSession {
  private current: OpenWorkspace | null = null;
  private lastActivityAt = 0;
  private autoLockMinutes = DEFAULT_AUTO_LOCK_MINUTES;

  constructor(
    private readonly events: EventHub,
    private readonly now: () => number,
    /** Called after each unlock, for work best done ahead of need. */
    private readonly onOpen: () => void = () => undefined,
  ) {}

  open(workspace: OpenWorkspace, autoLockMinutes: number): void {
    this.release();
    this.current = workspace;
    this.autoLockMinutes = autoLockMinutes;
    this.touch();
    this.onOpen();
  }

  get workspace(): OpenWorkspace | null {
    return this.current;
  }

  require(): OpenWorkspace {
    if (!this.current) throw new AppError('LOCKED', 'The workspace is locked. Unlock it to continue.');
    return this.current;
  }

  touch(): void {
    this.lastActivityAt = this.now();
  }

  setAutoLockMinutes(minutes: number): void {
    this.autoLockMinutes = minutes;
  }

  lock(reason: LockReason): void {
    if (!this.current) return;
    this.release();
    this.events.emit({ type: 'session.locked', reason });
  }

  /** A workspace admits one opener (workspaceLock.ts): opening the one this session has open again locks it first. */
  lockIfOpen(folder: string): void {
    if (this.current?.files.folder === folder) this.lock('user');
  }

  /** Called on a timer by the app; locks when nobody has touched the app for the auto-lock time. */
  lockIfIdle(): boolean {
    if (!this.current) return false;
    if (this.now() - this.lastActivityAt < this.autoLockMinutes * 60_000) return false;
    this.lock('idle');
    return true;
  }

  /**
   * Copies committed pages from the WAL into the database file while nobody waits on it, so that the
   * encrypt-on-checkpoint cost is paid on the idle timer rather than inside a person's action.
   * It also empties the WAL file when no reader needs it, so a burst of writes leaves no 64 MiB file behind.
   */
  checkpoint(): void {
    if (this.current) checkpointAndShrink(this.current.db);
  }

  private release(): void {
    const workspace = this.current;
    this.current = null;
    if (workspace) closeWorkspace(workspace);
  }
}
