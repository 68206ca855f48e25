import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeBrowserToken } from '../../renderer/transport/browserToken';
import { createBrowserTransport } from '../../renderer/transport/browserTransport';
import { readServerSentEvents } from '../../renderer/transport/serverSentEvents';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('browser mode transport', () => {
  it('reads data lines of server-sent events, across chunk boundaries, skipping comments', async () => {
    const received: string[] = [];
    await readServerSentEvents(streamOf([': keep-alive\n\n', 'data: {"type":"session.', 'locked","reason":"idle"}\n\n', 'data: second\n\n']), (data) =>
      received.push(data),
    );
    expect(received).toEqual(['{"type":"session.locked","reason":"idle"}', 'second']);
  });

  it('takes the token from the address once, then keeps it for reloads without showing it', () => {
    window.history.replaceState(null, '', '/index.html#token=abc123');
    expect(takeBrowserToken()).toBe('abc123');
    expect(window.location.hash).toBe('');
    expect(takeBrowserToken()).toBe('abc123');
  });

  describe('a call too large for the host', () => {
    afterEach(() => vi.unstubAllGlobals());
    const bigImport = { kind: 'members', fileName: 'everyone.csv', contentBase64: 'A'.repeat(28 * 1024 * 1024) };

    it("shows the host's own message", async () => {
      const message = 'That file is too large to import (21 MB). The limit is 20 MB.';
      vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message } }), { status: 413 })));
      expect(await createBrowserTransport('t').invoke('directory.importPreview', bigImport)).toEqual({ ok: false, error: { code: 'VALIDATION', message } });
    });

    it('says the file is too large when the answer has no message, not that the app is not running', async () => {
      vi.stubGlobal('fetch', () => Promise.resolve(new Response('Payload Too Large', { status: 413 })));
      expect(await createBrowserTransport('t').invoke('directory.importPreview', bigImport)).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: 'That file is too large to import (21 MB). The limit is 20 MB.' },
      });
    });
  });
});

describe('a token the host no longer takes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells the caller the link expired and answers in plain words, without commands', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('Missing or wrong token.', { status: 401 })));
    const onTokenRefused = vi.fn();
    const result = await createBrowserTransport('stale', { onTokenRefused }).invoke('app.status', {});
    expect(onTokenRefused).toHaveBeenCalledOnce();
    expect(result).toEqual({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringContaining('Open Coalition Desk again from its shortcut') } });
    expect(JSON.stringify(result)).not.toMatch(/npm/);
  });

  it('keeps one event stream for every listener of the tab, opened by the first and closed by the last', async () => {
    const streams: AbortSignal[] = [];
    const encoder = new TextEncoder();
    let push: (text: string) => void = () => undefined;
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      streams.push(init.signal as AbortSignal);
      const body = new ReadableStream<Uint8Array>({ start: (controller) => void (push = (text) => controller.enqueue(encoder.encode(text))) });
      return Promise.resolve(new Response(body, { status: 200 }));
    });
    const transport = createBrowserTransport('t');
    const heard = { first: [] as string[], second: [] as string[], third: [] as string[] };
    const stops = (['first', 'second', 'third'] as const).map((name) => transport.onEvent((event) => heard[name].push(event.type)));
    await vi.waitFor(() => expect(streams).toHaveLength(1));
    push('data: {"type":"data.changed","areas":["meetings"]}\n\n');
    await vi.waitFor(() => expect(heard).toEqual({ first: ['data.changed'], second: ['data.changed'], third: ['data.changed'] }));

    stops[0]?.();
    stops[1]?.();
    expect(streams[0]?.aborted).toBe(false);
    stops[2]?.();
    expect(streams[0]?.aborted).toBe(true);
    expect(streams).toHaveLength(1);
  });

  it('says Coalition Desk has stopped, without commands, when nothing answers', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const result = await createBrowserTransport('t').invoke('app.status', {});
    expect(result).toEqual({ ok: false, error: { code: 'IO', message: expect.stringContaining('Coalition Desk has stopped') } });
    expect(JSON.stringify(result)).not.toMatch(/npm/);
  });
});
