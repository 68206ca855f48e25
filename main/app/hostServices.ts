import { AppError } from '../../shared/errors';
import type { HostServices } from '../services/hostServices';

/** Browser mode has no native dialogs or notifications: files go through the browser's downloads. */
export const browserHostServices: HostServices = {
  info: { kind: 'browser', canPickFolders: false },
  pickFolder: async () => null,
  notify: () => undefined,
  chooseSavePath: () => Promise.reject(new AppError('UNSUPPORTED', "In browser mode files arrive through the browser's download instead.")),
  showInFolder: () => {
    throw new AppError('UNSUPPORTED', "In browser mode, open your browser's downloads to find the file.");
  },
  openFile: () => Promise.reject(new AppError('UNSUPPORTED', "In browser mode documents arrive through the browser's download instead.")),
};
