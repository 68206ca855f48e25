/** The IPC adapter: the contract's channels over ipcMain, and the app's events out to every window. */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelNames } from '../../shared/contract';
import type { RpcResult } from '../../shared/errors';
import type { CoalitionDesk } from '../app/coalitionDesk';
import { logInfo } from '../log';
import { APP_EVENT_CHANNEL, rpcChannelFor } from './ipcChannels';
import { isTrustedSender } from './security';

const untrustedSenderResult: RpcResult<never> = {
  ok: false,
  error: { code: 'UNSUPPORTED', message: 'This request is only accepted from the Coalition Desk window.' },
};

/** Binds one handler per contract channel, all through the same sender check. */
export function bindContract(ipcMain: Pick<IpcMain, 'handle'>, desk: Pick<CoalitionDesk, 'router'>): void {
  for (const channel of channelNames) {
    ipcMain.handle(rpcChannelFor(channel), (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        logInfo(`refused ${channel} from a frame outside the app`);
        return untrustedSenderResult;
      }
      return desk.router.invoke(channel, input);
    });
  }
}

/** Sends every app event to every live window; returns the unsubscribe. */
export function forwardAppEvents(desk: Pick<CoalitionDesk, 'events'>, listWebContents: () => readonly WebContents[]): () => void {
  return desk.events.subscribe((event) => {
    for (const contents of listWebContents()) {
      if (!contents.isDestroyed()) contents.send(APP_EVENT_CHANNEL, event);
    }
  });
}
