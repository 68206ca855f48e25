import path from 'node:path';
import type { BrowserWindow, Dialog, NotificationConstructorOptions, OpenDialogOptions, SaveDialogOptions, Shell } from 'electron';
import { AppError } from '../../shared/errors';
import type { HostServices } from '../services/hostServices';

/** Electron's Notification class, as far as the app uses it. */
export interface SystemNotifications {
  isSupported(): boolean;
  new (options: NotificationConstructorOptions): { show(): void };
}

/** Where saved files go and how they are shown: the system shell and the person's Documents folder. */
export interface SystemFiles {
  shell: Pick<Shell, 'showItemInFolder' | 'openPath'>;
  documentsFolder(): string;
}

/**
 * The desktop host lends the app the system's folder picker and save dialog, attached to the app window, system
 * notifications, and "Show in folder".
 */
export function createDesktopHostServices(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  parentWindow: () => BrowserWindow | null,
  notifications: SystemNotifications,
  files: SystemFiles,
): HostServices {
  return {
    info: { kind: 'desktop', canPickFolders: true },
    async pickFolder(title) {
      const options: OpenDialogOptions = {
        title: title ?? 'Choose a folder',
        properties: ['openDirectory', 'createDirectory'],
      };
      const parent = parentWindow();
      const choice = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    notify({ title, body }) {
      if (notifications.isSupported()) new notifications({ title, body, silent: false }).show();
    },
    async chooseSavePath({ fileName, defaultFolder }) {
      const extension = path.extname(fileName).slice(1);
      const options: SaveDialogOptions = {
        title: 'Save the exported file',
        defaultPath: path.join(defaultFolder ?? files.documentsFolder(), fileName),
        filters: extension ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }] : [],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const choice = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    showInFolder(filePath) {
      files.shell.showItemInFolder(filePath);
    },
    async openFile(filePath) {
      // openPath answers an error message, or '' once the system has handed the file to its viewer.
      const failure = await files.shell.openPath(filePath);
      if (failure !== '')
        throw new AppError('IO', 'Your computer has no program to open this kind of file. Install a viewer for it (for example a PDF reader), then try again.');
    },
  };
}
