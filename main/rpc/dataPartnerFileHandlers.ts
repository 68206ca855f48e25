import { exportPartnerFiles } from '../services/dataPartnerFileExport';
import { importPartnerFile, stagePartnerFile } from '../services/dataPartnerFileImport';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

export type DataPartnerFileHandlers = Pick<Handlers, 'data.partnerFilesExport' | 'data.partnerFileStage' | 'data.partnerFileImport'>;

/** Partner files (issue 14): fill-in XLSX out, returned files in; the rules live in services. */
export function createDataPartnerFileHandlers(context: ServiceContext): DataPartnerFileHandlers {
  return {
    'data.partnerFilesExport': (input) => exportPartnerFiles(context, input),
    'data.partnerFileStage': (input) => stagePartnerFile(context, input),
    'data.partnerFileImport': (input) => importPartnerFile(context, input),
  };
}
