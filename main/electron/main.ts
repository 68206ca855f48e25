/** Electron entry (bundled to dist/main/electron-main.cjs): one instance, one hardened window, the app behind the contract. */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Notification, powerMonitor, session, shell } from 'electron';
import { type BackendClient, connectBackend } from '../backend/backendClient';
import { logError } from '../log';
import { installApplicationMenu } from './applicationMenu';
import { bindAppProtocol, registerAppScheme } from './appProtocol';
import { unpackedPath } from '../fs/asarPaths';
import { spawnUtilityBackend } from './backendProcess';
import { createDesktopHostServices } from './desktopHostServices';
import { bindContract, forwardAppEvents } from './ipc';
import { createMainWindow } from './mainWindow';
import { resolveNativeBinding } from './nativeBinding';
import { restrictPermissions, hardenWebContents } from './security';
import { userDataDirOverride } from './testOverrides';

const APP_NAME = 'Coalition Desk';

// The bundle runs from dist/main (inside app.asar when packaged): the renderer build and the preload sit beside it.
const bundleDir = __dirname;
const rendererDir = path.join(bundleDir, '..', 'renderer');
const preloadPath = path.join(bundleDir, 'preload.cjs');
const projectRoot = path.join(bundleDir, '..', '..');

app.setName(APP_NAME);
const userDataDir = userDataDirOverride(process.env, app.isPackaged);
if (userDataDir) app.setPath('userData', userDataDir);
app.enableSandbox();
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  startDesktopShell();
} else {
  app.quit();
}

function startDesktopShell(): void {
  let mainWindow: BrowserWindow | null = null;
  let desk: BackendClient | null = null;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Closing the window quits on every platform: quitting locks the workspace.
  app.on('window-all-closed', () => app.quit());
  // Quitting waits for the backend to lock and close the workspace, then quits for real.
  app.on('before-quit', (event) => {
    const closing = desk;
    if (!closing) return;
    desk = null;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(() => {
      bindAppProtocol(rendererDir);
      restrictPermissions(session.defaultSession);

      // The backend (services, database) runs in a utility process; this process keeps the windows, menus,
      // dialogs and notifications, and answers the backend's requests for them.
      const hostServices = createDesktopHostServices(dialog, () => mainWindow, Notification, { shell, documentsFolder: () => app.getPath('documents') });
      const openDesk = connectBackend({
        spawn: () => spawnUtilityBackend(path.join(bundleDir, 'backend.cjs')),
        host: hostServices,
        config: {
          dataDir: app.getPath('userData'),
          host: hostServices.info,
          exportWorkerFile: unpackedPath(path.join(bundleDir, 'export-worker.cjs')),
          nativeBinding: resolveNativeBinding({
            electronVersion: process.versions.electron,
            isPackaged: app.isPackaged,
            resourcesPath: process.resourcesPath,
            appRoot: projectRoot,
          }),
        },
        onCrash: ({ restarted }) => {
          if (!restarted)
            dialog.showErrorBox(APP_NAME, 'Coalition Desk stopped working in the background several times. Please restart it; your data was not changed.');
        },
      });
      desk = openDesk;
      openDesk.ready.catch((error: unknown) => {
        logError('starting the backend', error);
        dialog.showErrorBox(APP_NAME, 'Coalition Desk could not start. Please restart it; your data was not changed.');
        app.exit(1);
      });
      bindContract(ipcMain, openDesk);
      forwardAppEvents(openDesk, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
      installApplicationMenu({ lockWorkspace: () => openDesk.lock('menu') }, app.isPackaged);
      powerMonitor.on('lock-screen', () => openDesk.lock('idle'));
      powerMonitor.on('suspend', () => openDesk.lock('idle'));

      mainWindow = createMainWindow(preloadPath);
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    })
    .catch((error: unknown) => {
      logError('starting Coalition Desk', error);
      dialog.showErrorBox(APP_NAME, 'Coalition Desk could not start. Please restart it; your data was not changed.');
      app.exit(1);
    });
}
