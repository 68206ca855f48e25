import { bundledWorker } from './workerBundle';

/** The export worker as the app runs it, bundled from main/export/exportWorker.ts (see workerBundle.ts). */
export const bundledExportWorker = (): string => bundledWorker('export-worker', 'main/export/exportWorker.ts');

/** The backend (main/backend/main.ts) that browser mode runs in a worker thread. */
export const bundledBackend = (): string => bundledWorker('backend', 'main/backend/main.ts');
