import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEB_EVENTS_PATH, WEB_INVOKE_PATH, WEB_TOKEN_HEADER } from '../../shared/bridge';
import { MAX_CALL_BODY_BYTES } from '../../shared/importLimits';
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
    expect((await request(host.port, { path: WEB_EVENTS_PATH, headers: { [WEB_TOKEN_HEADER]: host.token, origin: 'https://attacker.example' } })).status).toBe(
      403,
    );
    expect((await invoke({ [WEB_TOKEN_HEADER]: host.token, origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
    const upgrade = request(host.port, {
      path: WEB_EVENTS_PATH,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        origin: 'https://attacker.example',
        [WEB_TOKEN_HEADER]: host.token,
      },
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
    const reply = await request(host.port, {
      method: 'POST',
      path: WEB_INVOKE_PATH,
      headers: { [WEB_TOKEN_HEADER]: host.token, 'content-type': 'text/plain' },
      body: 'x',
    });
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

  describe('large files', () => {
    const MB = 1024 * 1024;
    /** What the renderer's transport does: fetch with a JSON body, which a browser sends with its length. */
    const post = (body: string) =>
      fetch(`http://127.0.0.1:${host.port}${WEB_INVOKE_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: host.token },
        body,
      });
    const importCall = (kind: 'organizations' | 'members', csv: Buffer, channel = 'directory.importPreview') =>
      JSON.stringify({ channel, input: { kind, fileName: 'big.csv', contentBase64: csv.toString('base64') } });

    /** Organizations with long notes: few rows, many bytes. */
    function bigOrganizationsCsv(bytes: number): Buffer {
      const lines = ['Name,Sector,Notes'];
      let size = lines[0]!.length + 2;
      for (let row = 1; size < bytes; row += 1) {
        const line = `Organization ${row},Child welfare,${'Works with young people across the county. '.repeat(40)}`;
        lines.push(line);
        size += line.length + 2;
      }
      return Buffer.from(lines.join('\r\n'));
    }

    it('previews an 8 MB CSV import', async () => {
      await createTestWorkspace(t);
      const csv = bigOrganizationsCsv(8 * MB);
      expect(csv.length).toBeGreaterThanOrEqual(8 * MB);
      const response = await post(importCall('organizations', csv));
      expect(response.status).toBe(200);
      const result = (await response.json()) as { ok: boolean; value: { counts: { new: number; error: number } } };
      expect(result.ok).toBe(true);
      expect(result.value.counts, JSON.stringify(result.value).slice(0, 600)).toMatchObject({ error: 0 });
      expect(result.value.counts.new).toBeGreaterThan(1000);
      expect(result.value.counts.error).toBe(0);
    });

    it('answers a call over the limit with 413 and a message the renderer shows, not a reset', async () => {
      const csv = Buffer.alloc(21 * MB, 'a');
      const body = importCall('organizations', csv);
      expect(body.length).toBeGreaterThan(MAX_CALL_BODY_BYTES);
      const response = await post(body);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: 'That file is too large to import (21 MB). The limit is 20 MB.' },
      });
      // The host is still there for the next call.
      expect((await post(JSON.stringify({ channel: 'app.status', input: {} }))).status).toBe(200);
    });

    it('answers 413 to a body sent without a length, once it passes the limit', async () => {
      const reply = await new Promise<Reply>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: host.port,
            method: 'POST',
            path: WEB_INVOKE_PATH,
            headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: host.token },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
          },
        );
        req.on('error', reject);
        const chunk = 'a'.repeat(MB);
        for (let sent = 0; sent <= MAX_CALL_BODY_BYTES; sent += chunk.length) req.write(chunk);
        req.end();
      });
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('The limit is 20 MB.') } });
    });
  });
});
