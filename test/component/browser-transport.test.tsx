import { describe, expect, it } from 'vitest';
import { takeBrowserToken } from '../../renderer/transport/browserToken';
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
    await readServerSentEvents(
      streamOf([': keep-alive\n\n', 'data: {"type":"session.', 'locked","reason":"idle"}\n\n', 'data: second\n\n']),
      (data) => received.push(data),
    );
    expect(received).toEqual(['{"type":"session.locked","reason":"idle"}', 'second']);
  });

  it('takes the token from the address once, then keeps it for reloads without showing it', () => {
    window.history.replaceState(null, '', '/index.html#token=abc123');
    expect(takeBrowserToken()).toBe('abc123');
    expect(window.location.hash).toBe('');
    expect(takeBrowserToken()).toBe('abc123');
  });
});
