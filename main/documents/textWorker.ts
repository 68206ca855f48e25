import { parentPort } from 'node:worker_threads';
import type { TextRequest, TextWorkerAnswer } from './textWorkers';
import { textOfDocument } from './documentText';

/**
 * The document text worker's entry (bundled as dist/main/text-worker.cjs): reads the words of one document, posts
 * them (or that they could not be read, by the error's name only: never a message that might quote the file), and
 * is ended by the backend.
 */
function readInWorker(port: NonNullable<typeof parentPort>): void {
  port.once('message', async ({ kind, bytes }: TextRequest) => {
    let answer: TextWorkerAnswer;
    try {
      answer = { kind: 'text', text: await textOfDocument(kind, bytes) };
    } catch (error) {
      answer = { kind: 'unreadable', reason: error instanceof Error ? error.name : 'unknown' };
    }
    port.postMessage(answer);
  });
}

if (parentPort) readInWorker(parentPort);
