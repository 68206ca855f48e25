import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { HostServices } from '../app/hostServices';

/** The desktop host lends the app the system's folder picker, attached to the app window. */
export function createDesktopHostServices(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parentWindow: () => BrowserWindow | null,
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
  };
}
