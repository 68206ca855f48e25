import type { RpcResult } from '../../shared/errors';
import type { CoalitionDesk, CoalitionDeskOptions } from '../app/coalitionDesk';
import { createCoalitionDesk } from '../app/createCoalitionDesk';
import { createPostgresPool } from '../db/engine/postgresPool';
import { postgresEngine } from '../db/engine/storageEngine';
import { logError } from '../log';
import { locateReaderWorker, readersEnded } from '../workspace/readerWorkers';
import { type BackendConfig, type HostServiceRequest, type MessageLink, type ToHost, toBackendSchema } from './protocol';
import { remoteHostServices } from './remoteHostServices';

export type ComposeDesk = (options: CoalitionDeskOptions) => CoalitionDesk;

/**
 * The backend's side of the protocol: builds the app on `start`, answers calls, pushes the app's events, and asks
 * the host for the services only the host has. Messages that do not follow the protocol are logged and dropped.
 */
export function serveBackend(link: MessageLink, compose: ComposeDesk = createCoalitionDesk): void {
  let desk: CoalitionDesk | null = null;
  let nextRequestId = 0;
  const waitingForHost = new Map<number, (result: RpcResult<unknown>) => void>();
  const send = (message: ToHost) => link.send(message);

  const askHost = (request: HostServiceRequest) =>
    new Promise<RpcResult<unknown>>((resolve) => {
      const id = nextRequestId++;
      waitingForHost.set(id, resolve);
      send({ type: 'host.request', id, request });
    });

  const start = (config: BackendConfig) => {
    if (desk) return;
    try {
      const { host, exportWorkerFile, readerWorkerFile, serverDatabase, ...options } = config;
      if (readerWorkerFile) locateReaderWorker(() => readerWorkerFile);
      desk = compose({
        ...options,
        host: remoteHostServices(host, askHost),
        ...(exportWorkerFile ? { exportWorkerFile: () => exportWorkerFile } : {}),
        ...(serverDatabase ? { serverDatabase: postgresEngine(createPostgresPool(serverDatabase.url)), serverDatabaseAddress: serverDatabase.address } : {}),
      });
      desk.events.subscribe((event) => send({ type: 'event', event }));
      send({ type: 'ready' });
    } catch (error) {
      logError('starting the backend', error);
      send({ type: 'failed', message: 'Coalition Desk could not start its background part. Please restart it; your data was not changed.' });
    }
  };

  link.onMessage((raw) => {
    const parsed = toBackendSchema.safeParse(raw);
    if (!parsed.success) return logError('the backend dropped a message outside the protocol', parsed.error);
    const message = parsed.data;
    switch (message.type) {
      case 'start':
        return start(message.config);
      case 'invoke': {
        if (!desk)
          return send({
            type: 'result',
            id: message.id,
            result: { ok: false, error: { code: 'INTERNAL', message: 'Coalition Desk is still starting. Please try again.' } },
          });
        send({ type: 'started', id: message.id });
        void desk.router.invoke(message.channel, message.input).then((result) => send({ type: 'result', id: message.id, result }));
        return;
      }
      case 'host.reply': {
        const resolve = waitingForHost.get(message.id);
        waitingForHost.delete(message.id);
        return resolve?.(message.result);
      }
      case 'lock':
        return desk?.lock(message.reason);
      case 'close':
        desk?.close();
        desk = null;
        // Checks still running end at their next step: their threads must not be torn down inside SQLite.
        return void readersEnded().then(() => send({ type: 'closed' }));
    }
  });
}
