import type { HostServices } from '../services/hostServices';
import { downloadExport, saveExport, showExportInFolder, startExport } from '../services/exports';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

export type ExportHandlers = Pick<
  Handlers,
  'exports.start' | 'exports.status' | 'exports.cancel' | 'exports.save' | 'exports.download' | 'exports.showInFolder'
>;

/** Exports: one line per channel, the rules live in services. */
export function createExportHandlers(context: ServiceContext, host: HostServices): ExportHandlers {
  return {
    'exports.start': (input) => startExport(context, input),
    'exports.status': ({ jobId }) => context.exportJobs.status(jobId),
    'exports.cancel': ({ jobId }) => {
      context.exportJobs.cancel(jobId);
      return { done: true };
    },
    'exports.save': (input) => saveExport(context, host, input),
    'exports.download': (input) => downloadExport(context, input),
    'exports.showInFolder': (input) => showExportInFolder(context, host, input),
  };
}
