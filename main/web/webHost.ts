import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEB_EVENTS_PATH, WEB_INVOKE_PATH, WEB_TOKEN_HEADER } from '../../shared/bridge';
import type { RpcResult } from '../../shared/errors';
import { MAX_CALL_BODY_BYTES, fileBytesInCall, fileTooLargeMessage } from '../../shared/importLimits';
import type { CoalitionDesk } from '../app/coalitionDesk';
import { SECURITY_HEADERS } from '../hosts/contentSecurityPolicy';
import { resolveAssetPath } from '../hosts/assetPath';
import { contentTypeFor } from '../hosts/contentTypes';
import { logError } from '../log';
import { hasValidToken, isAllowedHost, isAllowedOrigin, newLaunchToken } from './requestGuards';

const HEARTBEAT_MS = 25_000;

/** The app as the HTTP thread relays it: in the app, a backend worker's client (main/backend/backendClient.ts). */
export type RelayedDesk = Pick<CoalitionDesk, 'router' | 'events'>;

export interface WebHostOptions {
  desk: RelayedDesk;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Browser mode: the same router as the desktop app, over HTTP on 127.0.0.1 only. This thread only checks and relays. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newLaunchToken();
  let port = options.port ?? 0;
  const server = http.createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (!isAllowedHost(request.headers.host, port)) return reply(response, 421, 'Unknown host.');
    if (!isAllowedOrigin(request.headers.origin, port)) return reply(response, 403, 'Cross-origin requests are refused.');
    // The raw path, not a normalised URL: a request that tries "..", encoded or not, is refused outright.
    const pathname = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
    if (pathname.startsWith('/api/')) {
      if (!hasValidToken(request.headers[WEB_TOKEN_HEADER], token)) return reply(response, 401, 'Missing or wrong token.');
      if (pathname === WEB_INVOKE_PATH && request.method === 'POST') return void handleInvoke(options.desk, request, response);
      if (pathname === WEB_EVENTS_PATH && request.method === 'GET') return handleEvents(options.desk, request, response);
      return reply(response, 404, 'Unknown endpoint.');
    }
    serveAsset(options.rendererDir, pathname, request, response);
  });
  server.on('upgrade', (_request, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function reply(response: http.ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(message);
}

async function handleInvoke(desk: RelayedDesk, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return reply(response, 415, 'Send JSON.');
  const declaredBytes = Number(request.headers['content-length'] ?? 0);
  if (declaredBytes > MAX_CALL_BODY_BYTES) return replyTooLarge(request, response, declaredBytes);
  let body: unknown;
  try {
    body = JSON.parse(await readBody(request));
  } catch (error) {
    if (error instanceof BodyTooLarge) return replyTooLarge(request, response, error.bytes);
    return reply(response, 400, 'The request body is not valid JSON.');
  }
  const { channel, input } = (typeof body === 'object' && body !== null ? body : {}) as { channel?: unknown; input?: unknown };
  replyJson(response, 200, await desk.router.invoke(channel, input));
}

function replyJson(response: http.ServerResponse, status: number, result: RpcResult<unknown>): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(result));
}

/**
 * Only an imported file makes a call this large, so the answer speaks of the file (as the renderer's transport
 * shows it). The rest of the body is read and dropped before the connection closes: closing a socket with unread
 * data resets it, and the browser would then see no answer at all.
 */
function replyTooLarge(request: http.IncomingMessage, response: http.ServerResponse, callBytes: number): void {
  request.resume();
  response.setHeader('Connection', 'close');
  replyJson(response, 413, { ok: false, error: { code: 'VALIDATION', message: fileTooLargeMessage(fileBytesInCall(callBytes)) } });
}

function handleEvents(desk: RelayedDesk, request: http.IncomingMessage, response: http.ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  response.write(': connected\n\n');
  const unsubscribe = desk.events.subscribe((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
  request.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

function serveAsset(rendererDir: string, pathname: string, request: http.IncomingMessage, response: http.ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, 'Method not allowed.');
  const asset = resolveAssetPath(rendererDir, pathname);
  if (asset.kind === 'malformed') return reply(response, 400, 'Bad request.');
  if (asset.kind === 'forbidden') return reply(response, 403, 'Forbidden.');
  if (!isFile(asset.path)) return reply(response, 404, 'Not found.');
  response.writeHead(200, { 'Content-Type': contentTypeFor(asset.path), 'Cache-Control': 'no-cache' });
  if (request.method === 'HEAD') return void response.end();
  fs.createReadStream(asset.path)
    .on('error', (error) => {
      logError('serving a renderer file', error);
      response.destroy();
    })
    .pipe(response);
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

class BodyTooLarge extends Error {
  constructor(readonly bytes: number) {
    super('The request body is too large.');
  }
}

/** Reads a call's body up to the limit; past it, stops keeping the bytes and fails (the caller answers 413). */
function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_CALL_BODY_BYTES) {
        if (chunks.length > 0) chunks.length = 0;
        reject(new BodyTooLarge(size));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
