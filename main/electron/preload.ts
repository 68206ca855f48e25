/**
 * Runs sandboxed before the renderer: exposes exactly one object, the DesktopBridge.
 * Sandboxed preloads may only require 'electron', so this file is bundled with what it imports.
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL_NAME, type DesktopBridge } from '../../shared/bridge';
import { type AppEvent, isChannelName } from '../../shared/contract';
import type { RpcResult } from '../../shared/errors';
import { APP_EVENT_CHANNEL, rpcChannelFor } from './ipcChannels';

const unknownChannelResult: RpcResult<never> = { ok: false, error: { code: 'NOT_FOUND', message: 'Unknown request.' } };
const ipcFailedResult: RpcResult<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'The app could not answer. Your data was not changed.' },
};

const bridge: DesktopBridge = {
  async invoke(channel, input) {
    if (!isChannelName(channel)) return unknownChannelResult;
    try {
      return (await ipcRenderer.invoke(rpcChannelFor(channel), input)) as RpcResult<unknown>;
    } catch {
      return ipcFailedResult;
    }
  },
  onEvent(listener) {
    // The IPC event object carries the sender; only the payload may reach the page.
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent): void => listener(appEvent);
    ipcRenderer.on(APP_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(APP_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL_NAME, bridge);
