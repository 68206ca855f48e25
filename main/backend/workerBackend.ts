import { Worker } from 'node:worker_threads';
import type { BackendLink } from './protocol';

/** Browser mode: the backend in a worker thread of the host's process, so the HTTP thread only relays. */
export function spawnWorkerBackend(backendFile: string): BackendLink {
  const worker = new Worker(backendFile);
  return {
    send: (message) => worker.postMessage(message),
    onMessage: (listener) => void worker.on('message', listener),
    onExit: (listener) => {
      worker.on('error', (error) => listener(`error: ${error.message}`));
      worker.on('exit', (code) => listener(`exit code ${code}`));
    },
    stop: () => void worker.terminate(),
  };
}
