import { parentPort } from 'node:worker_threads';
import { exportRenderers } from './exportRenderers';

/** What the main thread sends the export worker, and what comes back. */
export interface RenderRequest {
  renderer: string;
  model: unknown;
}
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'finished'; bytes: Uint8Array }
  | { type: 'failed'; name: string; message: string };

/** The export worker's entry (bundled as dist/main/export-worker.cjs): renders one file, then exits. */
function renderInWorker(port: NonNullable<typeof parentPort>): void {
  port.once('message', async ({ renderer, model }: RenderRequest) => {
    const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
    try {
      const render = exportRenderers[renderer];
      if (!render) throw new Error(`No renderer named ${renderer}`);
      const bytes = await render(model as never, (done, total) => post({ type: 'progress', done, total }));
      const owned = new Uint8Array(bytes); // a copy of its own, so handing it over never takes a shared Buffer pool
      post({ type: 'finished', bytes: owned }, [owned.buffer]);
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      post({ type: 'failed', name, message });
    }
  });
}

if (parentPort) renderInWorker(parentPort);
