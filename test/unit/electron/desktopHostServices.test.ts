import { describe, expect, it, vi } from 'vitest';
import { createDesktopHostServices } from '../../../main/electron/desktopHostServices';

type Dialog = Parameters<typeof createDesktopHostServices>[0];
type Notifications = Parameters<typeof createDesktopHostServices>[2];

/** A stand-in for Electron's Notification class that records what was shown. */
function fakeNotifications(supported = true) {
  const shown: unknown[] = [];
  class FakeNotification {
    static isSupported = () => supported;
    constructor(private readonly options: unknown) {}
    show() {
      shown.push(this.options);
    }
  }
  return { notifications: FakeNotification as unknown as Notifications, shown };
}
const noNotifications = fakeNotifications().notifications;
const noFiles = { shell: { showItemInFolder: vi.fn(), openPath: vi.fn(async (_path: string) => '') }, documentsFolder: () => '/home/coordinator/Documents' };
type ParentWindow = ReturnType<Parameters<typeof createDesktopHostServices>[1]>;

function dialogAnswering(answer: { canceled: boolean; filePaths: string[] }, saveAnswer = { canceled: true, filePath: '' }) {
  const showOpenDialog = vi.fn(async (..._args: unknown[]) => answer);
  const showSaveDialog = vi.fn(async (..._args: unknown[]) => saveAnswer);
  return { dialog: { showOpenDialog, showSaveDialog } as unknown as Dialog, showOpenDialog, showSaveDialog };
}

describe('desktop host services', () => {
  it('says it is the desktop host and can pick folders', () => {
    expect(createDesktopHostServices(dialogAnswering({ canceled: true, filePaths: [] }).dialog, () => null, noNotifications, noFiles).info).toEqual({
      kind: 'desktop',
      canPickFolders: true,
    });
  });

  it('returns the chosen folder from a folder dialog attached to the app window', async () => {
    const { dialog, showOpenDialog } = dialogAnswering({ canceled: false, filePaths: ['/home/coordinator/Coalition'] });
    const appWindow = { id: 1 } as unknown as ParentWindow;
    const host = createDesktopHostServices(dialog, () => appWindow, noNotifications, noFiles);

    await expect(host.pickFolder('Where should the workspace live?')).resolves.toBe('/home/coordinator/Coalition');
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(appWindow, {
      title: 'Where should the workspace live?',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('returns null when the person cancels', async () => {
    const host = createDesktopHostServices(dialogAnswering({ canceled: true, filePaths: [] }).dialog, () => null, noNotifications, noFiles);
    await expect(host.pickFolder()).resolves.toBeNull();
  });

  it('shows a system notification where the system supports them, and nothing where it does not', () => {
    const supported = fakeNotifications(true);
    createDesktopHostServices(dialogAnswering({ canceled: true, filePaths: [] }).dialog, () => null, supported.notifications, noFiles).notify({
      title: 'Action items need attention',
      body: '2 overdue',
    });
    expect(supported.shown).toEqual([{ title: 'Action items need attention', body: '2 overdue', silent: false }]);

    const unsupported = fakeNotifications(false);
    createDesktopHostServices(dialogAnswering({ canceled: true, filePaths: [] }).dialog, () => null, unsupported.notifications, noFiles).notify({
      title: 't',
      body: 'b',
    });
    expect(unsupported.shown).toEqual([]);
  });

  it('asks where to save in the last folder used, or Documents the first time, and returns the chosen path', async () => {
    const chosen = '/home/coordinator/Minutes/Riverbend action items.csv';
    const { dialog, showSaveDialog } = dialogAnswering({ canceled: true, filePaths: [] }, { canceled: false, filePath: chosen });
    const appWindow = { id: 1 } as unknown as ParentWindow;
    const host = createDesktopHostServices(dialog, () => appWindow, noNotifications, noFiles);

    await expect(host.chooseSavePath({ fileName: 'Riverbend action items.csv', defaultFolder: '/home/coordinator/Minutes' })).resolves.toBe(chosen);
    expect(showSaveDialog).toHaveBeenCalledWith(
      appWindow,
      expect.objectContaining({
        defaultPath: '/home/coordinator/Minutes/Riverbend action items.csv',
        filters: [{ name: 'CSV file', extensions: ['csv'] }],
      }),
    );
    await host.chooseSavePath({ fileName: 'Record.pdf', defaultFolder: null });
    expect(showSaveDialog).toHaveBeenLastCalledWith(appWindow, expect.objectContaining({ defaultPath: '/home/coordinator/Documents/Record.pdf' }));
  });

  it('returns null when the person closes the save dialog, and shows saved files in their folder', async () => {
    const host = createDesktopHostServices(dialogAnswering({ canceled: true, filePaths: [] }).dialog, () => null, noNotifications, noFiles);
    await expect(host.chooseSavePath({ fileName: 'a.csv', defaultFolder: null })).resolves.toBeNull();
    await host.showInFolder('/home/coordinator/Minutes/a.csv');
    expect(noFiles.shell.showItemInFolder).toHaveBeenCalledWith('/home/coordinator/Minutes/a.csv');
  });
});
