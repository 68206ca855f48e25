import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import type { CoalitionDesk, CoalitionDeskOptions } from '../../main/app/coalitionDesk';
import { EventHub } from '../../main/services/eventHub';
import { browserHostServices } from '../../main/app/hostServices';
import { connectBackend } from '../../main/backend/backendClient';
import type { BackendLink, MessageLink } from '../../main/backend/protocol';
import { serveBackend } from '../../main/backend/serveBackend';

const ports: MessagePort[] = [];
afterEach(() => {
  while (ports.length > 0) ports.pop()?.close();
});

function portLink(port: MessagePort): MessageLink {
  ports.push(port);
  return { send: (message) => port.postMessage(message), onMessage: (listener) => void port.on('message', listener) };
}

/** Both ends of the protocol over a real MessageChannel, with the app itself a stub the test controls. */
function connected(host = browserHostServices) {
  let options: CoalitionDeskOptions | undefined;
  const desk: CoalitionDesk = { router: { invoke: vi.fn() }, events: new EventHub(), lock: vi.fn(), lockIfIdle: vi.fn(() => false), close: vi.fn() };
  const { port1, port2 } = new MessageChannel();
  serveBackend(portLink(port2), (given) => {
    options = given;
    return desk;
  });
  const hostEnd = portLink(port1);
  const client = connectBackend({
    spawn: (): BackendLink => ({ ...hostEnd, onExit: () => undefined, stop: () => port1.close() }),
    config: { dataDir: '/data', host: host.info },
    host,
  });
  return { client, desk, options: () => options as CoalitionDeskOptions, raw: hostEnd };
}

describe('the host-backend protocol', () => {
  it('carries a call and its typed result, matched by id even when answered out of order', async () => {
    const { client, desk } = connected();
    await client.ready;
    let finishSlow: (value: unknown) => void = () => undefined;
    vi.mocked(desk.router.invoke).mockImplementation((channel) =>
      channel === 'slow'
        ? new Promise((resolve) => (finishSlow = () => resolve({ ok: true, value: 'slow' })))
        : Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'Unknown request.' } }),
    );
    const slow = client.router.invoke('slow', {});
    expect(await client.router.invoke('fast', { a: 1 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Unknown request.' } });
    finishSlow(null);
    expect(await slow).toEqual({ ok: true, value: 'slow' });
  });

  it("turns the host's AppError into the same AppError in the backend, and its answer into the value", async () => {
    const { client, options } = connected();
    await client.ready;
    const host = options().host;
    expect(host.info).toEqual(browserHostServices.info);
    expect(await host.pickFolder('Where?')).toBeNull();
    const refused = Promise.resolve(host.showInFolder('/tmp/x.csv'));
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });

  it('drops a message outside the protocol and goes on answering', async () => {
    const { client, desk, raw } = connected();
    await client.ready;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    raw.send({ type: 'invoke', id: -1, channel: 'app.status' });
    raw.send({ type: 'drop the database' });
    vi.mocked(desk.router.invoke).mockResolvedValue({ ok: true, value: 'still here' });
    expect(await client.router.invoke('app.status', {})).toEqual({ ok: true, value: 'still here' });
    expect(desk.router.invoke).toHaveBeenCalledOnce();
  });

  it('closes the app in the backend before it is stopped', async () => {
    const { client, desk } = connected();
    await client.ready;
    await client.close();
    expect(desk.close).toHaveBeenCalledOnce();
    expect(await client.router.invoke('app.status', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
