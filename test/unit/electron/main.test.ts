import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/contract';
import type { CoalitionDesk, CoalitionDeskOptions } from '../../../main/app/coalitionDesk';
import { createCoalitionDesk } from '../../../main/app/createCoalitionDesk';
import { EventHub } from '../../../main/app/eventHub';
import { FakeBrowserWindow, FakeWebContents, fakeElectron, navigationEvent } from './fakeElectron';
import { expectedWebPreferences } from './expectedWebPreferences';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);
vi.mock('../../../main/app/createCoalitionDesk', () => ({
  createCoalitionDesk: vi.fn(
    (): CoalitionDesk => ({
      router: { invoke: vi.fn() },
      events: new EventHub(),
      lock: vi.fn(),
      lockIfIdle: vi.fn(() => false),
      close: vi.fn(),
    }),
  ),
}));

interface MenuItem {
  label?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

const { app, ipcMain, powerMonitor, protocol, session, Menu } = fakeElectron;
let window: FakeBrowserWindow;
let desk: CoalitionDesk;
let deskOptions: CoalitionDeskOptions;

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  await import('../../../main/electron/main');
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
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

  it('forwards app events to the window', () => {
    desk.events.emit({ type: 'session.locked', reason: 'idle' });
    expect(window.webContents.send).toHaveBeenCalledWith('app-event', { type: 'session.locked', reason: 'idle' });
  });

  it('locks the workspace from the menu with CmdOrCtrl+Shift+L', () => {
    const template = Menu.setApplicationMenu.mock.calls[0]?.[0] as MenuItem[];
    const lockItem = menuItems(template).find((item) => item.label === 'Lock workspace');
    expect(lockItem?.accelerator).toBe('CmdOrCtrl+Shift+L');
    lockItem?.click?.();
    expect(desk.lock).toHaveBeenCalledWith('menu');
  });

  it.each(['lock-screen', 'suspend'])('locks the workspace when the computer reports %s', (event) => {
    vi.mocked(desk.lock).mockClear();
    powerMonitor.emit(event);
    expect(desk.lock).toHaveBeenCalledExactlyOnceWith('idle');
  });

  it('focuses the existing window when a second instance starts', () => {
    app.emit('second-instance');
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('closes the workspace once before quitting', () => {
    app.emit('before-quit');
    app.emit('before-quit');
    expect(desk.close).toHaveBeenCalledOnce();
  });
});
