/**
 * Entry of the backend bundle (dist/main/backend.cjs): a worker thread in browser mode, an Electron utility process
 * on the desktop. Either way it serves the protocol of ./protocol.ts over the port its host gave it.
 */
import { parentPort } from 'node:worker_threads';
import { serveBackend } from './serveBackend';

/** What Electron puts on `process` in a utility process (typed here: only main/electron may import electron). */
interface UtilityPort {
  on(event: 'message', listener: (event: { data: unknown; ports: UtilityPort[] }) => void): void;
  once(event: 'message', listener: (event: { data: unknown; ports: UtilityPort[] }) => void): void;
  postMessage(message: unknown): void;
  start(): void;
}

const utilityParent = (process as unknown as { parentPort?: UtilityPort }).parentPort;

if (parentPort) {
  const port = parentPort;
  serveBackend({ send: (message) => port.postMessage(message), onMessage: (listener) => void port.on('message', listener) });
} else if (utilityParent) {
  // The main process sends one message carrying the MessagePortMain the protocol runs over.
  utilityParent.once('message', ({ ports }) => {
    const port = ports[0];
    if (!port) throw new Error('The backend was started without its port.');
    serveBackend({ send: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', ({ data }) => listener(data)) });
    port.start();
  });
} else {
  throw new Error('The backend runs only as a worker thread or a utility process.');
}
