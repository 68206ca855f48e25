/**
 * A stand-in for the parts of 'electron' the shell uses, since the binary cannot run here.
 * Use as: vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron)
 */
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** Records listeners by event name and lets a test fire them. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...values: unknown[]) => unknown)(...args);
  }
}

export interface NavigationEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function navigationEvent(url: string): NavigationEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  readonly send = vi.fn();

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeSession {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;

  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.created;
  }

  readonly webContents = new FakeWebContents();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly loadURL = vi.fn(async (_url: string) => undefined);

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
}

/** MessagePortMain: messages are cloned and delivered later, queued until the receiving end has started. */
export class FakeMessagePort extends FakeEmitter {
  peer: FakeMessagePort | null = null;
  private started = false;
  private closed = false;
  private readonly queued: unknown[] = [];

  postMessage(message: unknown): void {
    const peer = this.peer;
    if (this.closed || !peer || peer.closed) return;
    peer.queued.push(structuredClone(message));
    peer.deliverSoon();
  }

  start(): void {
    this.started = true;
    this.deliverSoon();
  }

  close(): void {
    this.closed = true;
  }

  private deliverSoon(): void {
    setImmediate(() => {
      while (this.started && !this.closed && this.queued.length > 0) this.emit('message', { data: this.queued.shift(), ports: [] });
    });
  }
}

export class FakeMessageChannelMain {
  readonly port1 = new FakeMessagePort();
  readonly port2 = new FakeMessagePort();

  constructor() {
    this.port1.peer = this.port2;
    this.port2.peer = this.port1;
  }
}

/** A utility process that runs nothing by itself: a test gives it a body (`run`) that receives the port it is sent. */
export class FakeUtilityProcess extends FakeEmitter {
  static readonly forked: FakeUtilityProcess[] = [];
  static run: ((port: FakeMessagePort) => void) | null = null;
  readonly kill = vi.fn(() => true);

  constructor(
    readonly modulePath: string,
    readonly options: Record<string, unknown>,
  ) {
    super();
    FakeUtilityProcess.forked.push(this);
  }

  postMessage(_message: unknown, transfer: FakeMessagePort[] = []): void {
    const port = transfer[0];
    if (port) FakeUtilityProcess.run?.(port);
  }
}

function createFakeApp() {
  const emitter = new FakeEmitter();
  return Object.assign(emitter, {
    isPackaged: false,
    setName: vi.fn(),
    setPath: vi.fn(),
    getPath: vi.fn((_name: string) => '/fake/user-data'),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
  });
}

export const fakeElectron = {
  app: createFakeApp(),
  BrowserWindow: FakeBrowserWindow,
  contextBridge: { exposeInMainWorld: vi.fn() },
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
  ipcMain: { handle: vi.fn() },
  Notification: Object.assign(
    vi.fn(() => ({ show: vi.fn() })),
    { isSupported: vi.fn(() => false) },
  ),
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => template),
    setApplicationMenu: vi.fn(),
  },
  powerMonitor: new FakeEmitter(),
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  session: { defaultSession: new FakeSession() },
  shell: { openExternal: vi.fn(async (_url: string) => undefined), showItemInFolder: vi.fn(), openPath: vi.fn(async (_path: string) => '') },
  utilityProcess: { fork: vi.fn((modulePath: string, _args: string[], options: Record<string, unknown>) => new FakeUtilityProcess(modulePath, options)) },
  MessageChannelMain: FakeMessageChannelMain,
};
