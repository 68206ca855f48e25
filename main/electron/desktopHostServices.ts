import type { BrowserWindow, Dialog, NotificationConstructorOptions, OpenDialogOptions } from 'electron';
import type { HostServices } from '../app/hostServices';

/** Electron's Notification class, as far as the app uses it. */
export interface SystemNotifications {
  isSupported(): boolean;
  new (options: NotificationConstructorOptions): { show(): void };
}

/** The desktop host lends the app the system's folder picker, attached to the app window, and system notifications. */
export function createDesktopHostServices(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parentWindow: () => BrowserWindow | null,
  notifications: SystemNotifications,
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
  };
}
