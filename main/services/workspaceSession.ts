import { AppError } from '../../shared/errors';
import type { EventHub } from './eventHub';
import { type StorageEngine, type StorageExecutor, joinedEngine, sqlcipherEngine } from '../db/engine/storageEngine';
import type { Db } from '../db/openDatabase';
import { checkpointAndShrink } from '../db/walCheckpoint';
import { type OpenWorkspace, closeWorkspace } from '../workspace/openWorkspace';

/** What locked the workspace: the idle timer, the person's Lock button, a keyboard shortcut or the app menu. */
export type LockReason = 'idle' | 'user' | 'shortcut' | 'menu';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

/**
 * The one open workspace, if any, and the idle clock that locks it. Locking closes the database
 * and zeroes the data key, so nothing that opens the workspace stays in memory.
 */
export class WorkspaceSession {
  private current: OpenWorkspace | null = null;
  /** The typed query layer over the open workspace, or over a PostgreSQL database opened with openServerDatabase. */
  private engine: StorageEngine | null = null;
  private engineConnection: Db | null = null;
  /** Where the open server database is (its address without the password), when one is open. */
  private serverAddress: string | null = null;
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
    this.engine = null;
    this.autoLockMinutes = autoLockMinutes;
    this.touch();
    this.onOpen();
  }

  get workspace(): OpenWorkspace | null {
    return this.current;
  }

  /**
   * Runs on a PostgreSQL database instead of a workspace file (`--database`): there is no passphrase and no lock, the
   * database server keeps the data at rest. Only services written on the storage engine work there.
   */
  openServerDatabase(engine: StorageEngine, address: string): void {
    this.release();
    this.engine = engine;
    this.serverAddress = address;
  }

  /** The open server database, if the session runs on one: its address, never its password. */
  get server(): { address: string } | null {
    return this.serverAddress === null || !this.engine ? null : { address: this.serverAddress };
  }

  /** What is open, workspace or server database: jobs and staged files belong to it and end with it. */
  get opened(): object | null {
    return this.current ?? this.engine;
  }

  requireOpened(): object {
    const opened = this.opened;
    if (!opened) throw new AppError('LOCKED', 'The workspace is locked. Unlock it to continue.');
    return opened;
  }

  require(): OpenWorkspace {
    if (this.current) return this.current;
    if (this.engine) throw new AppError('UNSUPPORTED', 'This part of Coalition Desk does not work on a PostgreSQL database yet.');
    throw new AppError('LOCKED', 'The workspace is locked. Unlock it to continue.');
  }

  /** The storage engine of the open workspace or server database: what services on the storage layer query. */
  storage(): StorageEngine {
    if (this.current) return this.workspaceEngine(this.current);
    if (!this.engine) throw new AppError('LOCKED', 'The workspace is locked. Unlock it to continue.');
    return this.engine;
  }

  /**
   * This session as seen from inside one open transaction (`trx`): storage() answers an engine that joins it, so every
   * service reached through a context holding the view reads and writes in that one transaction. Everything else is
   * the session itself.
   */
  joining(trx: StorageExecutor): WorkspaceSession {
    const joined = joinedEngine(this.storage().dialect, trx);
    const view = Object.create(this) as WorkspaceSession;
    view.storage = () => joined;
    return view;
  }

  /** Built on first use, and again after a re-key, which moves the open workspace onto a new connection. */
  private workspaceEngine(workspace: OpenWorkspace): StorageEngine {
    if (!this.engine || this.engineConnection !== workspace.db) {
      if (this.engine) void this.engine.close();
      this.engine = sqlcipherEngine(workspace.db);
      this.engineConnection = workspace.db;
    }
    return this.engine;
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

  /** When the app shuts down: the workspace locks and a server database's connections end. */
  close(): void {
    this.lock('user');
    this.release();
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
    const engine = this.engine;
    this.current = null;
    this.engine = null;
    this.engineConnection = null;
    this.serverAddress = null;
    // Over the workspace, closing the engine only drops Kysely's statement cache: the workspace closes its connection.
    if (engine) void engine.close();
    if (workspace) closeWorkspace(workspace);
  }
}
