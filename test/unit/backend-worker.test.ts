import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEB_EVENTS_PATH, WEB_INVOKE_PATH, WEB_TOKEN_HEADER } from '../../shared/bridge';
import type { RpcResult } from '../../shared/errors';
import { sectors } from '../../shared/stakeholderSectors';
import { browserHostServices } from '../../main/app/hostServices';
import { type BackendClient, backendStoppedMessage, connectBackend } from '../../main/backend/backendClient';
import type { BackendLink } from '../../main/backend/protocol';
import { spawnWorkerBackend } from '../../main/backend/workerBackend';
import { FAST_TEST_SCRYPT_COST } from '../../main/workspace/kdf';
import { type WebHost, startWebHost } from '../../main/web/webHost';
import { bundledBackend, bundledExportWorker } from '../support/exportWorkerBundle';
import { bundledReaderWorker } from '../support/workerBundle';
import { PASSPHRASE, tempDir } from './support/testDesk';

/** Enough rows that the commit keeps the backend's thread busy far longer than one small HTTP exchange. */
const IMPORT_ROWS = 4_000;

function organizationsCsv(rows: number): string {
  const usable = sectors.filter((sector) => sector.id !== 'other');
  const lines = ['Organization,Sector,Kind,Involvement,Jurisdiction served,Notes'];
  for (let index = 0; index < rows; index += 1)
    lines.push(`"Agency ${index}","${usable[index % usable.length]!.label}",nonprofit,core,Riverbend County,"Row ${index}"`);
  return lines.join('\r\n');
}

function get(port: number, pathName: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathName, headers }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('browser mode with the backend in a worker thread', () => {
  let backend: BackendClient;
  let host: WebHost;
  const links: BackendLink[] = [];
  const started: number[] = [];
  const crashes: Array<{ restarted: boolean }> = [];

  beforeEach(async () => {
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Coalition Desk</title>');
    links.length = 0;
    started.length = 0;
    crashes.length = 0;
    backend = connectBackend({
      spawn: () => {
        const link = spawnWorkerBackend(bundledBackend());
        links.push(link);
        return link;
      },
      config: {
        dataDir: tempDir(),
        host: browserHostServices.info,
        kdfCost: FAST_TEST_SCRYPT_COST,
        profile: 'tester',
        exportWorkerFile: bundledExportWorker(),
        readerWorkerFile: bundledReaderWorker(),
        warmExportWorker: false,
      },
      host: browserHostServices,
      onStarted: (id) => started.push(id),
      onCrash: (crash) => crashes.push(crash),
    });
    await backend.ready;
    host = await startWebHost({ desk: backend, rendererDir });
  });
  afterEach(async () => {
    await host.close();
    await backend.close();
  });

  const invoke = (channel: string, input: unknown): Promise<RpcResult<unknown>> =>
    new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: WEB_INVOKE_PATH,
          headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: host.token },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve(JSON.parse(body) as RpcResult<unknown>));
        },
      );
      request.on('error', reject);
      request.end(JSON.stringify({ channel, input }));
    });
  const createWorkspace = () =>
    invoke('workspace.create', { name: 'Riverside Youth Safety Coalition', jurisdiction: { state: 'Oregon' }, passphrase: PASSPHRASE, location: null });

  it('answers calls, runs host services on the host, and streams events, all through the worker', async () => {
    expect(await invoke('app.status', {})).toMatchObject({ ok: true, value: { session: { state: 'locked' }, host: { kind: 'browser' } } });
    // The backend asks the host for a folder picker; browser mode's host has none and answers null.
    expect(await invoke('host.pickFolder', {})).toEqual({ ok: true, value: { path: null } });
    expect(await createWorkspace()).toMatchObject({ ok: true });
    // The same validation as in-process: a bad call gets the router's typed error, from the worker.
    expect(await invoke('workspace.create', { name: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const events: string[] = [];
    const stream = http.get({ host: '127.0.0.1', port: host.port, path: WEB_EVENTS_PATH, headers: { [WEB_TOKEN_HEADER]: host.token } }, (res) =>
      res.on('data', (chunk: Buffer) => events.push(chunk.toString())),
    );
    await expect.poll(() => events.join('')).toContain(': connected');
    backend.lock('menu');
    await expect.poll(() => events.join('')).toContain('"session.locked","reason":"menu"');
    stream.destroy();
  });

  it('keeps the HTTP thread answering while the backend commits a large import', async () => {
    expect(await createWorkspace()).toMatchObject({ ok: true });
    const request = { kind: 'organizations', fileName: 'big.csv', contentBase64: Buffer.from(organizationsCsv(IMPORT_ROWS)).toString('base64') };
    const startedBefore = started.length;
    const hostDelay = monitorEventLoopDelay({ resolution: 5 });
    hostDelay.enable();
    const order: string[] = [];
    const commitStart = process.hrtime.bigint();
    const commit = invoke('directory.importCommit', request).then((result) => {
      order.push('import committed');
      return result;
    });
    // Only once the backend has begun the commit does the light request go: the page asset, served by this thread.
    await expect.poll(() => started.length, { interval: 1 }).toBeGreaterThan(startedBefore);
    const page = await get(host.port, '/');
    order.push('page served');
    const result = await commit;
    const commitMs = Number(process.hrtime.bigint() - commitStart) / 1e6;
    hostDelay.disable();

    expect(page.status).toBe(200);
    expect(result).toMatchObject({ ok: true });
    expect(order).toEqual(['page served', 'import committed']);
    // Measured over the whole commit: the host thread never stood still for anything like the commit's length.
    expect(hostDelay.max / 1e6).toBeLessThan(commitMs / 2);
  });

  it('answers the calls a crashed backend held, reports the lock, and starts a new backend', async () => {
    expect(await createWorkspace()).toMatchObject({ ok: true });
    const locked: string[] = [];
    backend.events.subscribe((event) => locked.push(event.type));
    const held = invoke('directory.importCommit', {
      kind: 'organizations',
      fileName: 'big.csv',
      contentBase64: Buffer.from(organizationsCsv(IMPORT_ROWS)).toString('base64'),
    });
    const startedBefore = started.length;
    await expect.poll(() => started.length, { interval: 1 }).toBeGreaterThan(startedBefore);
    links[0]!.stop();

    expect(await held).toEqual({ ok: false, error: { code: 'INTERNAL', message: backendStoppedMessage } });
    expect(crashes).toEqual([expect.objectContaining({ restarted: true })]);
    expect(locked).toContain('session.locked');
    expect(await invoke('app.status', {})).toMatchObject({ ok: true, value: { session: { state: 'locked' } } });
    expect(links).toHaveLength(2);
  });
});
