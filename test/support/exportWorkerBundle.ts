import { bundledWorker } from './workerBundle';

/** The export worker as the app runs it, bundled from main/export/exportWorker.ts (see workerBundle.ts). */
export const bundledExportWorker = (): string => bundledWorker('export-worker', 'main/export/exportWorker.ts');
