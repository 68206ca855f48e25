import type { AppEvent } from './contract';
import type { RpcResult } from './errors';

/**
 * The one object the desktop preload exposes on `window.coalitionDesk`.
 * Browser mode has no such object; the renderer then speaks the same contract over loopback HTTP.
 */
export interface DesktopBridge {
  invoke(channel: string, input: unknown): Promise<RpcResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export const BRIDGE_GLOBAL_NAME = 'coalitionDesk';

/** Browser-mode wire format: POST /api/invoke with this header; GET /api/events streams server-sent events. */
export const WEB_TOKEN_HEADER = 'x-coalition-desk-token';
export const WEB_INVOKE_PATH = '/api/invoke';
export const WEB_EVENTS_PATH = '/api/events';
