import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/contract';
import type { CoalitionDesk, CoalitionDeskOptions } from '../../../main/app/coalitionDesk';
import { createCoalitionDesk } from '../../../main/app/createCoalitionDesk';
import { EventHub } from '../../../main/services/eventHub';
import { backendStoppedMessage } from '../../../main/backend/backendClient';
import { serveBackend } from '../../../main/backend/serveBackend';
import type { RpcResult } from '../../../shared/errors';
import { FakeBrowserWindow, type FakeMessagePort, FakeUtilityProcess, FakeWebContents, fakeElectron, navigationEvent } from './fakeElectron';
import { expectedWebPreferences } from './expectedWebPreferences';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);
vi.mock('../../../main/app/createCoalitionDesk', () => ({
  createCoalitionDesk: vi.fn((): CoalitionDesk => ({
    router: { invoke: vi.fn() },
    events: new EventHub(),
    lock: vi.fn(),
    lockIfIdle: vi.fn(() => false),
    close: vi.fn(),
  })),
}));

interface MenuItem {
  label?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

const { app, dialog, ipcMain, powerMonitor, protocol, session, utilityProcess, Menu } = fakeElectron;
let window: FakeBrowserWindow;
let desk: CoalitionDesk;
let deskOptions: CoalitionDeskOptions;

type IpcHandler = (event: { senderFrame: unknown }, input: unknown) => Promise<RpcResult<unknown>>;
const appFrame = { parent: null, url: 'app://coalition-desk/index.html' };
const latestDesk = () => vi.mocked(createCoalitionDesk).mock.results.at(-1)?.value as CoalitionDesk;
function ipcHandler(channel: string): IpcHandler {
  return ipcMain.handle.mock.calls.find(([name]) => name === `rpc:${channel}`)?.[1] as IpcHandler;
}

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  // The utility process's body: the real backend entry's protocol over the port it is sent (the app itself mocked).
  FakeUtilityProcess.run = (port: FakeMessagePort) => {
    serveBackend({
      send: (message) => port.postMessage(message),
      onMessage: (listener) => void port.on('message', ({ data }: { data: unknown }) => listener(data)),
    });
    port.start();
  };
  await import('../../../main/electron/main');
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
  await vi.waitFor(() => expect(createCoalitionDesk).toHaveBeenCalledOnce());
  window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
  desk = vi.mocked(createCoalitionDesk).mock.results[0]?.value as CoalitionDesk;
  deskOptions = vi.mocked(createCoalitionDesk).mock.calls[0]?.[0] as CoalitionDeskOptions;
});

function menuItems(items: MenuItem[]): MenuItem[] {
  return items.flatMap((item) => [item, ...menuItems(item.submenu ?? [])]);
}

describe('desktop entry', () => {
  it('runs as one instance, named Coalition Desk, with every renderer sandboxed', () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.setName).toHaveBeenCalledWith('Coalition Desk');
    expect(app.enableSandbox).toHaveBeenCalledOnce();
  });

  it('registers app:// as privileged before the app is ready, and serves it once ready', () => {
    const registered = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity;
    const ready = app.whenReady.mock.invocationCallOrder[0] ?? -Infinity;
    expect(registered).toBeLessThan(ready);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('creates exactly one window, with the secure web preferences and the bundled preload', () => {
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(window.options.webPreferences).toEqual(expectedWebPreferences(expect.stringMatching(/[\\/]preload\.cjs$/)));
  });

  it('loads the app from app://, never file://, and shows the window on its first paint', () => {
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://coalition-desk/index.html');
    expect(window.options).toMatchObject({ show: false, minWidth: 900, minHeight: 600 });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('hardens every web contents the app creates', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const navigation = navigationEvent('https://example.com/');
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission on the default session', () => {
    const callback = vi.fn();
    session.defaultSession.permissionRequestHandler?.(null, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.defaultSession.permissionCheckHandler?.(null, 'media', 'app://coalition-desk', {})).toBe(false);
  });

  it('runs the app (services, database) in a utility process, not in the main process', () => {
    expect(utilityProcess.fork).toHaveBeenCalledOnce();
    expect(utilityProcess.fork.mock.calls[0]?.[0]).toMatch(/[\\/]backend\.cjs$/);
    expect(deskOptions.exportWorkerFile?.()).toMatch(/[\\/]export-worker\.cjs$/);
  });

  it('opens the app in the user data folder as a desktop host that can pick folders', () => {
    expect(deskOptions.dataDir).toBe('/fake/user-data');
    expect(deskOptions.host.info).toEqual({ kind: 'desktop', canPickFolders: true });
    // No native/electron-<version>/ build exists here, so better-sqlite3 falls back to its own lookup.
    expect(deskOptions.nativeBinding).toBeUndefined();
  });

  it('binds every contract channel over IPC', () => {
    const bound = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(bound.sort()).toEqual(channelNames.map((name) => `rpc:${name}`).sort());
  });

  it('forwards app events from the backend to the window', async () => {
    desk.events.emit({ type: 'session.locked', reason: 'idle' });
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledWith('app-event', { type: 'session.locked', reason: 'idle' }));
  });

  it('relays calls from the app window to the backend, and refuses other senders in the main process', async () => {
    vi.mocked(desk.router.invoke).mockResolvedValue({ ok: true, value: { answered: 'by the backend' } });
    expect(await ipcHandler('app.status')({ senderFrame: appFrame }, {})).toEqual({ ok: true, value: { answered: 'by the backend' } });
    expect(desk.router.invoke).toHaveBeenCalledExactlyOnceWith('app.status', {});

    vi.mocked(desk.router.invoke).mockClear();
    const outside = await ipcHandler('app.status')({ senderFrame: { parent: null, url: 'https://attacker.example/' } }, {});
    expect(outside).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    const framed = await ipcHandler('app.status')({ senderFrame: { parent: appFrame, url: 'app://coalition-desk/index.html' } }, {});
    expect(framed).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    expect(desk.router.invoke).not.toHaveBeenCalled();
  });

  it("answers the backend's host-service requests with the real dialogs, attached to the window", async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/me/Documents/roster.csv' });
    expect(await deskOptions.host.chooseSavePath({ fileName: 'roster.csv', defaultFolder: '/home/me/Documents' })).toBe('/home/me/Documents/roster.csv');
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(window, expect.objectContaining({ defaultPath: '/home/me/Documents/roster.csv' }));

    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await deskOptions.host.pickFolder('Choose the backup folder')).toBeNull();
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, expect.objectContaining({ title: 'Choose the backup folder' }));

    await deskOptions.host.showInFolder('/home/me/Documents/roster.csv');
    expect(fakeElectron.shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith('/home/me/Documents/roster.csv');
  });

  it('locks the workspace from the menu with CmdOrCtrl+Shift+L', async () => {
    const template = Menu.setApplicationMenu.mock.calls[0]?.[0] as MenuItem[];
    const lockItem = menuItems(template).find((item) => item.label === 'Lock workspace');
    expect(lockItem?.accelerator).toBe('CmdOrCtrl+Shift+L');
    lockItem?.click?.();
    await vi.waitFor(() => expect(desk.lock).toHaveBeenCalledWith('menu'));
  });

  it.each(['lock-screen', 'suspend'])('locks the workspace when the computer reports %s', async (event) => {
    vi.mocked(desk.lock).mockClear();
    powerMonitor.emit(event);
    await vi.waitFor(() => expect(desk.lock).toHaveBeenCalledExactlyOnceWith('idle'));
  });

  it('focuses the existing window when a second instance starts', () => {
    app.emit('second-instance');
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('answers the calls a crashed backend held, tells the window the workspace locked, and starts a new backend', async () => {
    vi.mocked(desk.router.invoke).mockReturnValue(new Promise(() => undefined));
    const held = ipcHandler('workspace.details')({ senderFrame: appFrame }, {});
    await vi.waitFor(() => expect(desk.router.invoke).toHaveBeenCalledWith('workspace.details', {}));
    window.webContents.send.mockClear();

    FakeUtilityProcess.forked[0]?.emit('exit', 1);

    expect(await held).toEqual({ ok: false, error: { code: 'INTERNAL', message: backendStoppedMessage } });
    expect(window.webContents.send).toHaveBeenCalledWith('app-event', { type: 'session.locked', reason: 'user' });
    expect(utilityProcess.fork).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(createCoalitionDesk).toHaveBeenCalledTimes(2));
    vi.mocked(latestDesk().router.invoke).mockResolvedValue({ ok: true, value: { answered: 'by the new backend' } });
    expect(await ipcHandler('app.status')({ senderFrame: appFrame }, {})).toEqual({ ok: true, value: { answered: 'by the new backend' } });
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('waits for the backend to close the workspace before quitting, once', async () => {
    const quitting = { preventDefault: vi.fn() };
    app.emit('before-quit', quitting);
    app.emit('before-quit', { preventDefault: vi.fn() });
    expect(quitting.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(latestDesk().close).toHaveBeenCalledOnce();
    expect(FakeUtilityProcess.forked[1]?.kill).toHaveBeenCalledOnce();
  });
});
