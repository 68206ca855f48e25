import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../../shared/bridge';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

const { contextBridge, ipcRenderer } = fakeElectron;
let bridge: DesktopBridge;

beforeAll(async () => {
  await import('../../../main/electron/preload');
  bridge = contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as DesktopBridge;
});

beforeEach(() => {
  ipcRenderer.invoke.mockReset();
  ipcRenderer.on.mockReset();
  ipcRenderer.removeListener.mockReset();
});

describe('preload', () => {
  it('exposes exactly one object, window.coalitionDesk, with only invoke and onEvent', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('coalitionDesk');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('sends a contract call over its rpc: channel and returns the answer', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { done: true } });
    await expect(bridge.invoke('workspace.lock', {})).resolves.toEqual({ ok: true, value: { done: true } });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('rpc:workspace.lock', {});
  });

  it.each(['no.suchChannel', 'toString', '__proto__', ''])('answers the unknown channel "%s" without IPC', async (channel) => {
    await expect(bridge.invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed IPC call into a typed error instead of a rejection', async () => {
    ipcRenderer.invoke.mockRejectedValue(new Error('No handler registered'));
    await expect(bridge.invoke('app.status', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('hands the page only the event payload, never the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    const [channel, forward] = ipcRenderer.on.mock.calls[0] as [string, (...args: unknown[]) => void];
    expect(channel).toBe('app-event');

    forward({ sender: 'ipc internals' }, { type: 'session.locked', reason: 'idle' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ type: 'session.locked', reason: 'idle' });

    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith('app-event', forward);
  });
});
