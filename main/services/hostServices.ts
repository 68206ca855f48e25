import type { HostInfo } from '../../shared/contract';

/** What a host (Electron or browser mode) lends the app: who it is, and native dialogs and notifications where it has them. */
export interface HostServices {
  info: HostInfo;
  pickFolder(title?: string): Promise<string | null>;
  /** A system notification; browser mode has none (the renderer shows its own banner there). */
  notify(notice: { title: string; body: string }): void;
  /** Desktop: the system's save dialog; null when the person closes it. */
  chooseSavePath(suggestion: { fileName: string; defaultFolder: string | null }): Promise<string | null>;
  /** Desktop: reveals a file in the system's file manager. */
  showInFolder(filePath: string): void | Promise<void>;
  /** Desktop: opens a file with the system's viewer for its kind (a document's private temporary copy). */
  openFile(filePath: string): Promise<void>;
}
