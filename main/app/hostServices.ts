import type { HostInfo } from '../../shared/contract';

/** What a host (Electron or browser mode) lends the app: who it is, and native dialogs where it has them. */
export interface HostServices {
  info: HostInfo;
  pickFolder(title?: string): Promise<string | null>;
}

export const browserHostServices: HostServices = {
  info: { kind: 'browser', canPickFolders: false },
  pickFolder: async () => null,
};
