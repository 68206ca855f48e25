import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEB_EVENTS_PATH, WEB_INVOKE_PATH, WEB_TOKEN_HEADER } from '../../shared/bridge';
import { CONTENT_SECURITY_POLICY } from '../../main/hosts/contentSecurityPolicy';
import { type WebHost, startWebHost } from '../../main/web/webHost';
import { createTestWorkspace, tempDir, testDesk } from './support/testDesk';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string; host?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: options.host ?? '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the browser-mode host', () => {
  let host: WebHost;
  let t: ReturnType<typeof testDesk>;

  beforeEach(async () => {
    t = testDesk();
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Coalition Desk</title>');
    fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
    host = await startWebHost({ desk: t.desk, rendererDir });
  });
  afterEach(() => host.close());

  const invoke = (headers: Record<string, string>, body = JSON.stringify({ channel: 'app.status', input: {} })) =>
    request(host.port, { method: 'POST', path: WEB_INVOKE_PATH, headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers contract calls that carry the per-launch token', async () => {
    const reply = await invoke({ [WEB_TOKEN_HEADER]: host.token });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { session: { state: 'locked' }, host: { kind: 'browser' } } });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
  });

  it('rejects a missing or wrong token', async () => {
    expect((await invoke({})).status).toBe(401);
    expect((await invoke({ [WEB_TOKEN_HEADER]: 'wrong' })).status).toBe(401);
    expect((await invoke({ [WEB_TOKEN_HEADER]: `${host.token}x` })).status).toBe(401);
    expect((await request(host.port, { path: WEB_EVENTS_PATH })).status).toBe(401);
  });

  it('rejects a foreign Host header (DNS rebinding), even with the token', async () => {
    const reply = await invoke({ [WEB_TOKEN_HEADER]: host.token, host: `attacker.example:${host.port}` });
    expect(reply.status).toBe(421);
    expect((await request(host.port, { headers: { host: 'attacker.example' } })).status).toBe(421);
    expect((await invoke({ [WEB_TOKEN_HEADER]: host.token, host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('rejects a foreign Origin on calls, events and the WebSocket upgrade', async () => {
    expect((await invoke({ [WEB_TOKEN_HEADER]: host.token, origin: 'https://attacker.example' })).status).toBe(403);
    expect((await invoke({ [WEB_TOKEN_HEADER]: host.token, origin: 'null' })).status).toBe(403);
    expect((await request(host.port, { path: WEB_EVENTS_PATH, headers: { [WEB_TOKEN_HEADER]: host.token, origin: 'https://attacker.example' } })).status).toBe(403);
    expect((await invoke({ [WEB_TOKEN_HEADER]: host.token, origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
    const upgrade = request(host.port, {
      path: WEB_EVENTS_PATH,
      headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', origin: 'https://attacker.example', [WEB_TOKEN_HEADER]: host.token },
    });
    await expect(upgrade).rejects.toThrow();
  });

  it('listens on the loopback address only', async () => {
    const externalAddresses = Object.values(os.networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === 'IPv4')
      .map((address) => address!.address);
    for (const address of [...externalAddresses, '::1']) {
      const connected = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: host.port });
        socket.once('connect', () => resolve(socket.destroy() !== undefined));
        socket.once('error', () => resolve(false));
      });
      expect(connected, `reachable on ${address}`).toBe(false);
    }
  });

  it('serves the app with the strict CSP, and refuses traversal and writes to files', async () => {
    const index = await request(host.port, {});
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/x%00.html']) {
      expect((await request(host.port, { path: attempt })).status, attempt).toBe(403);
    }
    expect((await request(host.port, { path: '/%zz' })).status).toBe(400);
    expect((await request(host.port, { path: '/nope.js' })).status).toBe(404);
    expect((await request(host.port, { method: 'POST', path: '/index.html' })).status).toBe(405);
    expect((await request(host.port, { method: 'PUT', path: '/' })).status).toBe(405);
  });

  it('refuses bodies that are not JSON', async () => {
    const reply = await request(host.port, { method: 'POST', path: WEB_INVOKE_PATH, headers: { [WEB_TOKEN_HEADER]: host.token, 'content-type': 'text/plain' }, body: 'x' });
    expect(reply.status).toBe(415);
    expect((await invoke({ [WEB_TOKEN_HEADER]: host.token }, '{not json')).status).toBe(400);
  });

  it('streams the lock event to an authorised listener', async () => {
    await createTestWorkspace(t);
    const received = new Promise<string>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, path: WEB_EVENTS_PATH, headers: { [WEB_TOKEN_HEADER]: host.token } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('\n\n') && text.includes('data:')) {
            resolve(text);
            req.destroy();
          } else if (text.startsWith(': connected')) {
            t.desk.lock('shortcut');
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(await received).toContain('data: {"type":"session.locked","reason":"shortcut"}');
  });
});
