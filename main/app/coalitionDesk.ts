import type { StorageEngine } from '../db/engine/storageEngine';
import type { Router } from '../rpc/router';
import type { ScryptCost } from '../workspace/kdf';
import type { EventHub } from '../services/eventHub';
import type { HostServices } from '../services/hostServices';
import type { LockReason } from '../services/workspaceSession';

/** The whole app behind one router, ready for a host to expose. */
export interface CoalitionDesk {
  router: Router;
  events: EventHub;
  lock(reason: LockReason): void;
  /** Locks when the idle time has passed; the app calls it on a timer. */
  lockIfIdle(): boolean;
  /** Locks and releases everything; call on quit. */
  close(): void;
}

export interface CoalitionDeskOptions {
  /** Where recent-workspace list and new workspaces go by default (Electron: app.getPath('userData')). */
  dataDir: string;
  host: HostServices;
  /** Path of the Electron-ABI build of the SQLCipher module, when running under Electron. */
  nativeBinding?: string | undefined;
  kdfCost?: ScryptCost;
  /** Name of the local profile written to the audit log (defaults to the OS user name). */
  profile?: string;
  now?: () => Date;
  /** Where the export worker's script is (default: export-worker.cjs beside the running bundle). */
  exportWorkerFile?: () => string;
  /** Start an export worker after each unlock so the first export does not wait for it (default true). */
  warmExportWorker?: boolean;
  /**
   * Run on this PostgreSQL database (already migrated, holding its coalition record) instead of workspace files:
   * `--database postgres://…`. The desk closes it on close.
   */
  serverDatabase?: StorageEngine;
  /** How the server database is named to people: its address without the password (redactedDatabaseUrl). */
  serverDatabaseAddress?: string;
}
