import os from 'node:os';
import { createHandlers } from '../rpc/handlers';
import { createRouter } from '../rpc/router';
import { BackupVerifyJobs } from '../services/backupVerifyJobs';
import { ExportJobs } from '../services/exportJobs';
import { DocumentFiles } from '../services/documentFiles';
import { DocumentTexts } from '../services/documentTexts';
import { ImportJobs } from '../services/importJobs';
import { RecentWorkspaces } from '../services/recentWorkspaces';
import type { ServiceContext } from '../services/serviceContext';
import { UnlockThrottle } from '../services/unlockThrottle';
import { WorkspaceSession } from '../services/workspaceSession';
import { bundledWorkerFile } from '../fs/asarPaths';
import { removeStartLeftovers } from '../workspace/crashLeftovers';
import { DEFAULT_SCRYPT_COST } from '../workspace/kdf';
import type { CoalitionDesk, CoalitionDeskOptions } from './coalitionDesk';
import { EventHub } from '../services/eventHub';
import { installMainPassphraseEstimator } from './passphraseEstimator';
import type { DataArea } from '../../shared/dataAreas';
import { dataChangedBy } from '../../shared/dataChanges';

const IDLE_CHECK_INTERVAL_MS = 15_000;

/** The composition root: builds the services once and puts them behind the router. Hosts call only this. */
export function createCoalitionDesk(options: CoalitionDeskOptions): CoalitionDesk {
  installMainPassphraseEstimator();
  const now = options.now ?? (() => new Date());
  removeStartLeftovers(options.dataDir);
  const events = new EventHub();
  const exportJobs = new ExportJobs(options.exportWorkerFile ?? bundledExportWorker, undefined, undefined, (jobId, status) =>
    events.emit({ type: 'export.job', jobId, status }),
  );
  const documentTexts = new DocumentTexts();
  const session = new WorkspaceSession(
    events,
    () => now().getTime(),
    () => {
      if (options.warmExportWorker !== false) exportJobs.warmUp();
      documentTexts.wake(context);
    },
  );
  const importJobs = new ImportJobs(events, () => session.opened);
  const documentFiles = new DocumentFiles();
  const backupVerifyJobs = new BackupVerifyJobs(events);
  events.subscribe((event) => {
    if (event.type !== 'session.locked') return;
    exportJobs.forgetAll();
    importJobs.forgetAll();
    documentFiles.forgetAll();
    documentTexts.stop();
    backupVerifyJobs.forgetAll();
  });
  if (options.serverDatabase) session.openServerDatabase(options.serverDatabase, options.serverDatabaseAddress ?? 'PostgreSQL database');
  const context: ServiceContext = {
    dataDir: options.dataDir,
    session,
    events,
    recent: new RecentWorkspaces(options.dataDir),
    throttle: new UnlockThrottle(undefined, () => now().getTime()),
    kdfCost: options.kdfCost ?? DEFAULT_SCRYPT_COST,
    profile: options.profile ?? localProfileName(),
    now,
    nativeBinding: options.nativeBinding,
    exportJobs,
    importJobs,
    documentFiles,
    documentTexts,
    backupVerifyJobs,
    app: options.host.info.kind,
  };
  // A server database is open from the start: read what waits (documents stored before step 170) now.
  if (options.serverDatabase) documentTexts.wake(context);
  const dataChanged = (areas: readonly DataArea[]) => events.emit({ type: 'data.changed', areas: [...areas] });
  const router = createRouter(createHandlers(context, options.host), { onActivity: () => session.touch(), onDataChanged: dataChanged });
  // An import writes after its call has answered: the directory changed when its job finishes.
  events.subscribe((event) => {
    if (event.type === 'import.job' && event.status.state === 'finished') dataChanged(dataChangedBy('directory.importCommit'));
  });
  const idleTimer = setInterval(() => session.lockIfIdle() || session.checkpoint(), IDLE_CHECK_INTERVAL_MS);
  idleTimer.unref();

  return {
    router,
    events,
    lock: (reason) => session.lock(reason),
    lockIfIdle: () => session.lockIfIdle(),
    close: () => {
      clearInterval(idleTimer);
      exportJobs.forgetAll();
      importJobs.forgetAll();
      documentFiles.forgetAll();
      documentTexts.stop();
      backupVerifyJobs.forgetAll();
      session.close();
    },
  };
}

/** Beside the bundle that runs the app: dist/main/export-worker.cjs (see scripts/build-main.mjs). */
const bundledExportWorker = () => bundledWorkerFile('export-worker.cjs');

function localProfileName(): string {
  try {
    return os.userInfo().username || 'local';
  } catch {
    return 'local';
  }
}
