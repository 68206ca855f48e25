import { WEB_EVENTS_PATH, WEB_INVOKE_PATH, WEB_TOKEN_HEADER } from '../../shared/bridge';
import { appEventSchema, type AppEvent } from '../../shared/contract';
import { type ErrorCode, isAppErrorShape, type RpcResult } from '../../shared/errors';
import { fileBytesInCall, fileTooLargeMessage } from '../../shared/importLimits';
import { hostStoppedMessage, notConnectedMessage } from './notConnected';
import { readServerSentEvents } from './serverSentEvents';
import type { Transport } from './transport';

const RECONNECT_DELAY_MS = 3_000;
/** The host's answer to a token it did not give out in this run. */
const TOKEN_REFUSED = 401;

export interface BrowserTransportOptions {
  /** The host no longer accepts this tab's token: it was started again since the tab was opened. */
  onTokenRefused?: () => void;
}

/** Browser mode: the same contract over loopback HTTP, events as a server-sent stream. */
export function createBrowserTransport(token: string, { onTokenRefused = () => undefined }: BrowserTransportOptions = {}): Transport {
  return {
    invoke: (channel, input) => postInvoke(token, channel, input, onTokenRefused),
    onEvent: sharedEventStream(token, onTokenRefused),
  };
}

/**
 * One event stream per tab, whatever the number of listeners: a browser keeps at most six connections to a host, and
 * a page whose panels each held a stream of their own left no connection for its calls, which then waited forever.
 * The stream opens with the first listener and closes with the last.
 */
function sharedEventStream(token: string, onTokenRefused: () => void): Transport['onEvent'] {
  const listeners = new Set<(event: AppEvent) => void>();
  let stop: (() => void) | null = null;
  return (listener) => {
    listeners.add(listener);
    stop ??= streamEvents(token, (event) => [...listeners].forEach((each) => each(event)), onTokenRefused);
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      stop?.();
      stop = null;
    };
  };
}

async function postInvoke(token: string, channel: string, input: unknown, onTokenRefused: () => void): Promise<RpcResult<unknown>> {
  const call = JSON.stringify({ channel, input });
  let response: Response;
  try {
    response = await fetch(WEB_INVOKE_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: token },
      body: call,
    });
  } catch {
    return failure(hostStoppedMessage);
  }
  if (response.status === TOKEN_REFUSED) {
    onTokenRefused();
    return failure(notConnectedMessage, 'UNSUPPORTED');
  }
  const body: unknown = await response.json().catch(() => null);
  if (isRpcResult(body)) return body;
  // The host answers 413 with its own message; this is for an answer without one. Only a file makes a call that large.
  if (response.status === 413) return failure(fileTooLargeMessage(fileBytesInCall(call.length)), 'VALIDATION');
  return failure('Coalition Desk sent an answer this window did not understand. Reload the window and try again.');
}

function isRpcResult(value: unknown): value is RpcResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : 'error' in value && isAppErrorShape(value.error);
}

function failure(message: string, code: ErrorCode = 'IO'): RpcResult<unknown> {
  return { ok: false, error: { code, message } };
}

function streamEvents(token: string, listener: (event: AppEvent) => void, onTokenRefused: () => void): () => void {
  const controller = new AbortController();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const deliver = (data: string) => {
    const parsed = appEventSchema.safeParse(safeJson(data));
    if (parsed.success) listener(parsed.data);
  };

  const connect = async () => {
    try {
      const response = await fetch(WEB_EVENTS_PATH, {
        headers: { [WEB_TOKEN_HEADER]: token, accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (response.status === TOKEN_REFUSED) {
        onTokenRefused();
        return;
      }
      if (response.ok && response.body) await readServerSentEvents(response.body, deliver);
    } catch {
      // A dropped stream is expected when the host restarts or the machine sleeps; we reconnect below.
    }
    if (!controller.signal.aborted) retryTimer = setTimeout(() => void connect(), RECONNECT_DELAY_MS);
  };

  void connect();
  return () => {
    controller.abort();
    clearTimeout(retryTimer);
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
