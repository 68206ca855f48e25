import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { channelNames } from '../../../shared/contract';
import type { RpcResult } from '../../../shared/errors';
import { EventHub } from '../../../main/services/eventHub';
import type { Router } from '../../../main/rpc/router';
import { bindContract, forwardAppEvents } from '../../../main/electron/ipc';
import { FakeWebContents } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

type IpcHandler = (event: { senderFrame: unknown }, input: unknown) => Promise<RpcResult<unknown>> | RpcResult<unknown>;

const appFrame = { url: 'app://coalition-desk/index.html', parent: null };
const routerAnswer: RpcResult<unknown> = { ok: true, value: { answered: true } };

let handlers: Map<string, IpcHandler>;
let invoke: Mock<Router['invoke']>;

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  handlers = new Map();
  invoke = vi.fn<Router['invoke']>(async () => routerAnswer);
  const ipcMain = {
    handle: (channel: string, handler: IpcHandler) => {
      if (handlers.has(channel)) throw new Error(`${channel} bound twice`);
      handlers.set(channel, handler);
    },
  };
  bindContract(ipcMain as unknown as Parameters<typeof bindContract>[0], { router: { invoke } });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function call(channel: string, senderFrame: unknown, input: unknown = {}) {
  const handler = handlers.get(`rpc:${channel}`);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame }, input);
}

describe('bindContract', () => {
  it('binds exactly one rpc: handler per contract channel', () => {
    expect([...handlers.keys()].sort()).toEqual(channelNames.map((name) => `rpc:${name}`).sort());
  });

  it("passes calls from the app's main frame to the router", async () => {
    const input = { path: '/home/coordinator/coalition.cdesk' };
    await expect(call('workspace.listBackups', appFrame, input)).resolves.toEqual(routerAnswer);
    expect(invoke).toHaveBeenCalledExactlyOnceWith('workspace.listBackups', input);
  });

  it.each([
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/index.html', parent: null }],
    ['a subframe of the app', { url: 'app://coalition-desk/index.html', parent: appFrame }],
    ['a destroyed frame', null],
  ])('refuses %s with a typed error and never reaches the router', async (_label, senderFrame) => {
    for (const channel of channelNames) {
      const result = await call(channel, senderFrame);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('logs a refusal by channel name only, never the input', async () => {
    await call('workspace.unlock', null, { path: '/x', passphrase: 'correct horse battery staple' });
    expect(console.log).toHaveBeenCalledOnce();
    expect(String(vi.mocked(console.log).mock.calls[0])).not.toContain('correct horse');
  });
});

describe('forwardAppEvents', () => {
  it('sends every event to every live window and stops after unsubscribe', () => {
    const events = new EventHub();
    const open = new FakeWebContents();
    const closed = Object.assign(new FakeWebContents(), { destroyed: true });
    const listWindows = (() => [open, closed]) as unknown as Parameters<typeof forwardAppEvents>[1];
    const stop = forwardAppEvents({ events }, listWindows);

    events.emit({ type: 'session.locked', reason: 'idle' });
    expect(open.send).toHaveBeenCalledExactlyOnceWith('app-event', { type: 'session.locked', reason: 'idle' });
    expect(closed.send).not.toHaveBeenCalled();

    stop();
    events.emit({ type: 'session.locked', reason: 'menu' });
    expect(open.send).toHaveBeenCalledTimes(1);
  });
});
