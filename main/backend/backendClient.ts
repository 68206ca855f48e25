import { AppError, type RpcResult } from '../../shared/errors';
import type { LockReason } from '../services/workspaceSession';
import { EventHub } from '../services/eventHub';
import type { HostServices } from '../services/hostServices';
import type { Router } from '../rpc/router';
import { logError, logInfo } from '../log';
import { type BackendConfig, type BackendLink, type ToBackend, toHostSchema } from './protocol';
import { runHostService } from './remoteHostServices';

export interface BackendClientOptions {
  /** Starts a backend (a worker, a utility process) and gives its link; called again after a crash. */
  spawn: () => BackendLink;
  config: BackendConfig;
  /** The host's own services, which the backend asks for. */
  host: HostServices;
  /** The backend stopped unexpectedly; `restarted` says whether a new one was started. */
  onCrash?: (detail: { detail: string; restarted: boolean }) => void;
  /** The backend has begun a call (its thread may be busy from here on). */
  onStarted?: (id: number) => void;
}

/** The app as a host sees it: the same router and events as the in-process app, with the work done elsewhere. */
export interface BackendClient {
  router: Router;
  events: EventHub;
  /** Resolves once the backend has built the app (rejects if it could not). */
  ready: Promise<void>;
  lock(reason: LockReason): void;
  /** Locks and closes the workspace in the backend, then stops it. */
  close(): Promise<void>;
}

const CLOSE_GRACE_MS = 30_000;

/** A backend restarted this many times without ever becoming ready again is left stopped. */
const MAX_RESTARTS_WITHOUT_READY = 3;

export const backendStoppedMessage = "Coalition Desk's background part stopped unexpectedly and was restarted. Your workspace is locked; unlock it to go on.";

/**
 * The host's side of the protocol. Calls get ids and wait for their result; events fan out through an EventHub as
 * before; host-service requests are answered with the host's real services. When the backend dies, the calls it
 * held are answered with an error, the renderer is told the workspace locked (it closed with the process), and a
 * new backend is started.
 */
export function connectBackend(options: BackendClientOptions): BackendClient {
  const events = new EventHub();
  const pending = new Map<number, (result: RpcResult<unknown>) => void>();
  let nextId = 0;
  let link: BackendLink;
  let closing: (() => void) | null = null;
  let restartsWithoutReady = 0;
  let markReady: () => void = () => undefined;
  let markFailed: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  ready.catch(() => undefined);

  const send = (message: ToBackend) => link.send(message);
  const failPending = (message: string) => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message } });
    pending.clear();
  };

  const answerHost = (id: number, request: Parameters<typeof runHostService>[1]) => {
    runHostService(options.host, request).then(
      (value) => send({ type: 'host.reply', id, result: { ok: true, value: value ?? null } }),
      (error: unknown) => {
        if (error instanceof AppError) return send({ type: 'host.reply', id, result: { ok: false, error: error.toShape() } });
        logError(`host service ${request.service} failed`, error);
        send({
          type: 'host.reply',
          id,
          result: { ok: false, error: { code: 'INTERNAL', message: 'That could not be done on this computer. Please try again.' } },
        });
      },
    );
  };

  const attach = () => {
    link = options.spawn();
    let exited = false;
    link.onMessage((raw) => {
      const parsed = toHostSchema.safeParse(raw);
      if (!parsed.success) return logError('the host dropped a message outside the protocol', parsed.error);
      const message = parsed.data;
      switch (message.type) {
        case 'ready':
          restartsWithoutReady = 0;
          return markReady();
        case 'failed':
          return markFailed(new Error(message.message));
        case 'started':
          return options.onStarted?.(message.id);
        case 'result': {
          const resolve = pending.get(message.id);
          pending.delete(message.id);
          return resolve?.(message.result);
        }
        case 'event':
          return events.emit(message.event);
        case 'host.request':
          return answerHost(message.id, message.request);
        case 'closed':
          return closing?.();
      }
    });
    link.onExit((detail) => {
      if (exited) return;
      exited = true;
      if (closing) return closing();
      failPending(backendStoppedMessage);
      const restarted = restartsWithoutReady < MAX_RESTARTS_WITHOUT_READY;
      logInfo(`the backend stopped (${detail}); ${restarted ? 'starting a new one' : 'not restarting it'}`);
      options.onCrash?.({ detail, restarted });
      // The workspace closed with the process; 'user' shows no inactivity notice (the failed call says what happened).
      events.emit({ type: 'session.locked', reason: 'user' });
      if (!restarted) return;
      restartsWithoutReady += 1;
      attach();
    });
    send({ type: 'start', config: options.config });
  };
  attach();

  return {
    events,
    ready,
    router: {
      invoke(channel, input) {
        if (closing) return Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'Coalition Desk is closing.' } });
        return new Promise((resolve) => {
          const id = nextId++;
          pending.set(id, resolve);
          send({ type: 'invoke', id, channel, input });
        });
      },
    },
    lock: (reason) => send({ type: 'lock', reason }),
    close: () =>
      new Promise<void>((resolve) => {
        if (closing) return resolve();
        // A backend deep in a long operation answers once it is done; one that never answers is stopped anyway
        // (the database's journal makes that as safe as a power cut).
        const giveUp = setTimeout(() => closing?.(), CLOSE_GRACE_MS);
        closing = () => {
          clearTimeout(giveUp);
          closing = () => undefined;
          failPending('Coalition Desk is closing.');
          link.stop();
          resolve();
        };
        send({ type: 'close' });
      }),
  };
}
