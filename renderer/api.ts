/** The one client of the contract: every call from the renderer to the main process goes through `invoke`. */
import { BRIDGE_GLOBAL_NAME, type DesktopBridge } from '../shared/bridge';
import type { AppEvent, ChannelInput, ChannelName, ChannelOutput } from '../shared/contract';
import type { AppErrorShape, ErrorCode } from '../shared/errors';
import { createBrowserTransport } from './transport/browserTransport';
import { forgetBrowserToken, takeBrowserToken } from './transport/browserToken';
import { notConnectedMessage } from './transport/notConnected';
import type { Transport } from './transport/transport';

export class ApiError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly retryAfterMs?: number;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    if (shape.fieldErrors) this.fieldErrors = shape.fieldErrors;
    if (shape.retryAfterMs !== undefined) this.retryAfterMs = shape.retryAfterMs;
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** 'link-expired': the host refused this tab's token (it was started again since, so the tab's link is stale). */
export type ConnectionKind = 'desktop' | 'browser' | 'missing-token' | 'link-expired';
type ConnectionState = { kind: 'desktop' | 'browser'; transport: Transport } | { kind: 'missing-token' | 'link-expired' };

let connection: ConnectionState | undefined;
const connectionListeners = new Set<() => void>();

function connect(): ConnectionState {
  const bridge = (window as unknown as Partial<Record<string, DesktopBridge>>)[BRIDGE_GLOBAL_NAME];
  if (bridge) return { kind: 'desktop', transport: bridge };
  const token = takeBrowserToken();
  return token ? { kind: 'browser', transport: createBrowserTransport(token, { onTokenRefused: linkExpired }) } : { kind: 'missing-token' };
}

function linkExpired(): void {
  forgetBrowserToken();
  connection = { kind: 'link-expired' };
  connectionListeners.forEach((listener) => listener());
}

/** Reads the host once at startup; browser mode without a token (or with a refused one) cannot talk to anything. */
export function connectionKind(): ConnectionKind {
  connection ??= connect();
  return connection.kind;
}

/** Called when the connection changes kind (a browser tab whose link the host no longer accepts). */
export function onConnectionChange(listener: () => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}

function transport(): Transport {
  connection ??= connect();
  const current = connection;
  if (!('transport' in current)) throw new ApiError({ code: 'UNSUPPORTED', message: notConnectedMessage });
  return current.transport;
}

const lockedListeners = new Set<() => void>();

/** Called whenever any call finds the workspace locked, so the window can return to the Unlock screen. */
export function onLockedError(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

export async function invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await transport().invoke(channel, input);
  if (result.ok) return result.value as ChannelOutput<C>;
  if (result.error.code === 'LOCKED') lockedListeners.forEach((listener) => listener());
  throw new ApiError(result.error);
}

export function subscribeToEvents(listener: (event: AppEvent) => void): () => void {
  return transport().onEvent(listener);
}
