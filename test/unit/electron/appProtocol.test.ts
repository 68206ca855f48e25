import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bindAppProtocol, createAppProtocolHandler, registerAppScheme } from '../../../main/electron/appProtocol';
import { resolveAssetPath } from '../../../main/hosts/assetPath';
import { CONTENT_SECURITY_POLICY } from '../../../main/hosts/contentSecurityPolicy';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

const INDEX_HTML = '<!doctype html><title>Coalition Desk</title>';
const SECRET = 'outside the renderer build';

let sandbox: string;
let rootDir: string;
let handle: ReturnType<typeof createAppProtocolHandler>;

beforeAll(() => {
  // <sandbox>/secret.txt sits next to the served root, where a traversal would reach it.
  sandbox = mkdtempSync(path.join(os.tmpdir(), 'app-protocol-'));
  rootDir = path.join(sandbox, 'renderer');
  mkdirSync(path.join(rootDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rootDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rootDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(path.join(rootDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(sandbox, 'secret.txt'), SECRET);
  handle = createAppProtocolHandler(rootDir);
});

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function get(url: string, method = 'GET'): Promise<Response> {
  return handle(new Request(url, { method }));
}

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
}

describe('app:// scheme registration', () => {
  it('is privileged as a standard, secure scheme with fetch, and nothing that bypasses CSP', () => {
    registerAppScheme();
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('binds the handler to the app scheme', () => {
    bindAppProtocol(rootDir);
    expect(fakeElectron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('app:// handler', () => {
  it.each(['app://coalition-desk/', 'app://coalition-desk/index.html'])('serves index.html for %s with the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (file, contentType) => {
    const response = await get(`app://coalition-desk/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(contentType);
    expectSecurityHeaders(response);
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await get('app://coalition-desk/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Length')).toBe(String(INDEX_HTML.length));
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const response = await get('app://coalition-desk/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD');
    expectSecurityHeaders(response);
  });

  it.each(['app://evil.example/index.html', 'app://coalition-desk.evil.example/index.html', 'app://localhost/index.html'])(
    'refuses the foreign host of %s with 404',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expectSecurityHeaders(response);
    },
  );

  it.each([
    '/..%2fsecret.txt',
    '/..%2F..%2Fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%5csecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/index.html%00.png',
    '/%00',
  ])('refuses the traversal %s with 403', async (pathname) => {
    const response = await get(`app://coalition-desk${pathname}`);
    expect(response.status).toBe(403);
    expectSecurityHeaders(response);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt'])(
    'never serves the file outside the root for %s (URL parsing folds the dots first)',
    async (pathname) => {
      const response = await get(`app://coalition-desk${pathname}`);
      expect(response.status).not.toBe(200);
      expect(await response.text()).not.toContain(SECRET);
    },
  );

  it('answers a malformed percent-encoding with 400', async () => {
    expect((await get('app://coalition-desk/%E0%A4%A')).status).toBe(400);
  });

  it.each(['/missing.js', '/assets', '/assets/'])('answers %s with 404', async (pathname) => {
    const response = await get(`app://coalition-desk${pathname}`);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
  });
});

describe('resolveAssetPath', () => {
  // Raw pathnames as a non-normalizing caller could pass them, beyond what URL parsing leaves.
  it.each(['/..', '/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/..'])('forbids %s', (pathname) => {
    expect(resolveAssetPath('/srv/renderer', pathname)).toEqual({ kind: 'forbidden' });
  });

  it('maps / to index.html and keeps paths inside the root', () => {
    expect(resolveAssetPath('/srv/renderer', '/')).toEqual({ kind: 'file', path: path.resolve('/srv/renderer/index.html') });
    expect(resolveAssetPath('/srv/renderer', '//assets/app.js')).toEqual({
      kind: 'file',
      path: path.resolve('/srv/renderer/assets/app.js'),
    });
  });
});
