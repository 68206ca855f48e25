/** The app:// protocol: serves the built renderer, and nothing else, with the app's security headers. */
import { readFile, stat } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../hosts/contentSecurityPolicy';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { resolveAssetPath } from '../hosts/assetPath';
import { contentTypeFor } from '../hosts/contentTypes';

export type AppProtocolHandler = (request: Request) => Promise<Response>;

/** Must run before the app is ready: a standard, secure scheme gets a real origin, fetch and module scripts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function bindAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}

export function createAppProtocolHandler(rootDir: string): AppProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respondText(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const url = URL.parse(request.url);
    if (url === null || url.host !== APP_HOST) return respondText(404, 'Not found');

    const asset = resolveAssetPath(rootDir, url.pathname);
    if (asset.kind === 'malformed') return respondText(400, 'Bad request');
    if (asset.kind === 'forbidden') return respondText(403, 'Forbidden');

    const body = await readRegularFile(asset.path);
    if (body === null) return respondText(404, 'Not found');
    const headers = { 'Content-Type': contentTypeFor(asset.path), 'Content-Length': String(body.byteLength) };
    return respond(200, request.method === 'HEAD' ? null : body, headers);
  };
}

async function readRegularFile(filePath: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    if (!(await stat(filePath)).isFile()) return null;
    // A copy on a plain ArrayBuffer is what Response accepts; renderer assets are small.
    return new Uint8Array(await readFile(filePath));
  } catch {
    return null;
  }
}

function respondText(status: number, text: string, headers: Record<string, string> = {}): Response {
  return respond(status, text, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
}

function respond(status: number, body: BodyInit | null, headers: Record<string, string>): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache', ...headers } });
}
