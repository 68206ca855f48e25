import { type MessagePort, parentPort } from 'node:worker_threads';
import type { TableRow } from './exportJob';
import { rendererNamed } from './exportRenderers';
import { type Seal, sealingWriter } from './sealedFile';

/** What the backend sends the export worker first: the model, and the new file to write it to as it goes. */
export interface RenderRequest {
  renderer: string;
  model: unknown;
  /** A path in the export scratch folder that does not exist yet. */
  outFile: string;
  seal: Seal;
}
/** The backend's answer to each `rows.next`: the next chunk of a fed list, empty at its end. */
export interface RowsMessage {
  type: 'rows';
  rows: TableRow[];
}
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'rows.next' }
  | { type: 'finished'; size: number; tag: Uint8Array }
  | { type: 'failed'; name: string; message: string };

type Port = Pick<MessagePort, 'on' | 'once' | 'postMessage'>;

/**
 * The fed rows of a list, asked for one chunk at a time: the next is asked for as soon as one arrives, so the
 * backend reads while this thread writes, and never more than two chunks are on their way or in hand.
 */
async function* fedRows(port: Port): AsyncIterable<TableRow[]> {
  const waiting: Array<(rows: TableRow[]) => void> = [];
  port.on('message', (message: RowsMessage) => {
    if (message.type === 'rows') waiting.shift()?.(message.rows);
  });
  const ask = () =>
    new Promise<TableRow[]>((resolve) => {
      waiting.push(resolve);
      port.postMessage({ type: 'rows.next' } satisfies WorkerMessage);
    });
  for (let next = ask(); ;) {
    const rows = await next;
    if (rows.length === 0) return;
    next = ask();
    yield rows;
  }
}

/** The export worker's entry (bundled as dist/main/export-worker.cjs): writes one file, reports, and is ended. */
function renderInWorker(port: Port): void {
  port.once('message', async ({ renderer, model, outFile, seal }: RenderRequest) => {
    const post = (message: WorkerMessage) => port.postMessage(message);
    const file = sealingWriter(outFile, seal);
    file.sealed.catch(() => undefined); // a failure is reported below, once
    try {
      const render = rendererNamed(renderer);
      if (!render) throw new Error(`No renderer named ${renderer}`);
      await render(model as never, { stream: file.stream, progress: (done, total) => post({ type: 'progress', done, total }), fedRows: () => fedRows(port) });
      const { size, tag } = await file.sealed;
      post({ type: 'finished', size, tag });
    } catch (error) {
      file.stream.destroy();
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      post({ type: 'failed', name, message });
    }
  });
}

if (parentPort) renderInWorker(parentPort);
