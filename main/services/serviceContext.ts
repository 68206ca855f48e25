import type { EventHub } from './eventHub';
import type { ScryptCost } from '../workspace/kdf';
import type { LockHolderApp } from '../workspace/workspaceLock';
import type { BackupVerifyJobs } from './backupVerifyJobs';
import type { ExportJobs } from './exportJobs';
import type { DocumentFiles } from './documentFiles';
import type { ImportJobs } from './importJobs';
import type { RecentWorkspaces } from './recentWorkspaces';
import type { UnlockThrottle } from './unlockThrottle';
import type { WorkspaceSession } from './workspaceSession';

/** What every workspace use case needs; built once by the composition root. */
export interface ServiceContext {
  dataDir: string;
  session: WorkspaceSession;
  events: EventHub;
  recent: RecentWorkspaces;
  throttle: UnlockThrottle;
  kdfCost: ScryptCost;
  profile: string;
  now: () => Date;
  nativeBinding?: string | undefined;
  exportJobs: ExportJobs;
  importJobs: ImportJobs;
  /** Documents on their way in, and the private copies opened for viewing: both dropped on lock. */
  documentFiles: DocumentFiles;
  /** Reads the words of stored PDFs and Word documents in the background (DocumentTexts); stopped on lock. */
  documentTexts: { wake(context: ServiceContext): void };
  backupVerifyJobs: BackupVerifyJobs;
  /** Which app holds the workspaces this context opens, as the lock owner file says. */
  app: LockHolderApp;
}

export function openOptions(context: ServiceContext) {
  return { nativeBinding: context.nativeBinding, now: context.now, app: context.app };
}
