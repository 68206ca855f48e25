import type { HostInfo } from '../../shared/contract';

/** What a host (Electron or browser mode) lends the app: who it is, and native dialogs and notifications where it has them. */
export interface HostServices {
  info: HostInfo;
  pickFolder(title?: string): Promise<string | null>;
  /** A system notification; browser mode has none (the renderer shows its own banner there). */
  notify(notice: { title: string; body: string }): void;
}

export const browserHostServices: HostServices = {
  info: { kind: 'browser', canPickFolders: false },
  pickFolder: async () => null,
  notify: () => undefined,
};
