import { Worker } from 'node:worker_threads';
import type { DocumentKind } from '../../shared/documentFiles';
import { bundledWorkerFile } from '../fs/asarPaths';

/** What the backend sends the text worker: the whole file, its buffer handed over (not copied). */
export interface TextRequest {
  kind: DocumentKind;
  bytes: Uint8Array;
}

export type TextWorkerAnswer = { kind: 'text'; text: string } | { kind: 'unreadable'; reason: string };

/** How a reading ended: its text, unreadable (with why, for the log: an error's name, a limit), or stopped by a lock. */
export type TextOutcome = TextWorkerAnswer | { kind: 'stopped' };

export interface TextReading {
  readonly outcome: Promise<TextOutcome>;
  /** Ends the worker (on lock): the outcome is `stopped`. */
  stop(): void;
}

/** What one reading may use: the worker's heap, and the time after which it is ended and the file called unreadable. */
export interface TextLimits {
  heapMb: number;
  timeoutMs: number;
}

/**
 * A 50 MB PDF's text takes pdf.js a few seconds and a few hundred MB here (docs/benchmarks.md); a file that needs far
 * more is treated as unreadable rather than left to run.
 */
export const TEXT_LIMITS: TextLimits = { heapMb: 1024, timeoutMs: 5 * 60_000 };

/**
 * dist/main/text-worker.cjs beside the bundle that runs the app (outside app.asar when packaged: workers cannot load
 * from inside the archive). Tests and the bench, which run from source, point it at a bundle of their own.
 */
let textWorkerFile = (): string => bundledWorkerFile('text-worker.cjs');

export function locateTextWorker(locate: () => string): void {
  textWorkerFile = locate;
}

/**
 * Reads one document's words in a worker thread of its own, so the thread that answers requests never waits for
 * pdf.js; the pieces are joined into one buffer of its own, which is handed over, not copied. One worker per document: it ends with its answer, and whatever a
 * damaged file made it allocate goes with it.
 */
export function readTextInWorker(kind: DocumentKind, chunks: readonly Uint8Array[], limits: TextLimits = TEXT_LIMITS): TextReading {
  const bytes = joined(chunks);
  let worker: Worker;
  try {
    worker = new Worker(textWorkerFile(), { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
  } catch (error) {
    return {
      outcome: Promise.resolve({ kind: 'unreadable', reason: `worker did not start: ${error instanceof Error ? error.name : 'unknown'}` }),
      stop: () => undefined,
    };
  }
  let stopped = false;
  let settle: (outcome: TextOutcome) => void = () => undefined;
  const outcome = new Promise<TextOutcome>((resolve) => {
    settle = resolve;
  });
  const timer = setTimeout(() => finish({ kind: 'unreadable', reason: 'took too long' }), limits.timeoutMs);
  function finish(result: TextOutcome): void {
    clearTimeout(timer);
    settle(stopped ? { kind: 'stopped' } : result);
    void worker.terminate();
  }
  worker.once('message', (answer: TextWorkerAnswer) => finish(answer));
  worker.once('error', (error) => finish({ kind: 'unreadable', reason: (error as { code?: string }).code ?? error.name }));
  worker.once('exit', () => finish({ kind: 'unreadable', reason: 'worker stopped' }));
  worker.postMessage({ kind, bytes } satisfies TextRequest, [bytes.buffer]);
  return {
    outcome,
    stop: () => {
      stopped = true;
      finish({ kind: 'stopped' });
    },
  };
}

/** One buffer owned by nobody else (never Buffer's shared pool: handing that over would empty it for everyone). */
function joined(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
