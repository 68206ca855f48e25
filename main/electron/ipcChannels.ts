/** IPC channel names shared by the preload and the main process. One contract channel is one `rpc:` channel. */
export const RPC_CHANNEL_PREFIX = 'rpc:';
export const APP_EVENT_CHANNEL = 'app-event';

export function rpcChannelFor(contractChannel: string): string {
  return RPC_CHANNEL_PREFIX + contractChannel;
}
