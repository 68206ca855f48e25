import { Worker } from 'node:worker_threads';
import { bundledWorkerFile } from '../fs/asarPaths';
import type { KeySlotsFile } from './keySlots';
import { newStopSignal, raiseStop } from './readerStopSignal';
import type { ReaderJob, ReaderOutcome, ReaderProgress, ReaderTask } from './readerTask';
import type { WorkspaceFiles } from './workspaceFiles';

/** What a reader needs of the open workspace (openWorkspace.ts, which stops the checks when it closes). */
export interface ReadableWorkspace {
  files: WorkspaceFiles;
  dataKey: Buffer;
  keySlots: KeySlotsFile;
}

export interface RunningReader {
  readonly outcome: Promise<ReaderOutcome>;
  /** Asks the job to stop at its next step; its outcome is then `stopped` (or whatever it had finished with). */
  stop(): void;
}

/**
 * dist/main/reader-worker.cjs beside the bundle that runs the app (outside app.asar when packaged: workers cannot
 * load from inside the archive). Tests and the bench, which run from source, point it at a bundle of their own.
 */
let readerWorkerFile = (): string => bundledWorkerFile('reader-worker.cjs');

export function locateReaderWorker(locate: () => string): void {
  readerWorkerFile = locate;
}

/** Integrity checks still running per open workspace, stopped when it closes (their answer would be for nobody). */
const runningChecks = new WeakMap<ReadableWorkspace, Set<RunningReader>>();

/** Every reader's outcome until its worker has ended, so a closing backend can let them end first. */
const unfinished = new Set<Promise<unknown>>();
let startedCount = 0;

/**
 * Runs one job on a read-only connection in a worker thread of its own, so the thread that answers requests (and,
 * in Electron, draws the window) never waits for it. The worker gets a copy of the key; ours is zeroed at once.
 */
export function startReader(workspace: ReadableWorkspace, job: ReaderJob, nativeBinding: string | undefined): RunningReader {
  const dataKey = Uint8Array.from(workspace.dataKey);
  const reader = startReaderTask({ database: workspace.files.database, dataKey, cipher: workspace.keySlots.database, nativeBinding, job });
  if (job.kind === 'integrity') trackCheck(workspace, reader);
  return reader;
}

/**
 * The same for a database that is not the open workspace's (a backup's copy being checked). The task's key is sent
 * to the worker and zeroed here at once; `onProgress` hears the job's progress messages.
 */
export function startReaderTask(task: ReaderTask, onProgress?: (message: ReaderProgress) => void): RunningReader {
  const stopSignal = newStopSignal();
  startedCount += 1;
  let worker: Worker;
  try {
    worker = new Worker(readerWorkerFile(), { workerData: { ...task, stopSignal } });
  } catch (error) {
    const message = `The background worker could not start: ${error instanceof Error ? error.message : String(error)}`;
    return { outcome: Promise.resolve({ kind: 'failed', appCode: undefined, code: undefined, message }), stop: () => undefined };
  } finally {
    task.dataKey.fill(0);
  }
  const outcome = new Promise<ReaderOutcome>((resolve) => {
    const fail = (message: string) => resolve({ kind: 'failed', appCode: undefined, code: undefined, message });
    worker.on('message', (message: ReaderOutcome | ReaderProgress) => (message.kind === 'progress' ? onProgress?.(message) : resolve(message)));
    worker.once('error', (error) => fail(error.message));
    worker.once('exit', () => fail('The background worker stopped before it finished.'));
  });
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  unfinished.add(ended);
  void ended.then(() => unfinished.delete(ended));
  return { outcome, stop: () => raiseStop(stopSignal) };
}

/** Resolves once every reader started so far has ended (each stops at its next step once asked to). */
export async function readersEnded(): Promise<void> {
  await Promise.all([...unfinished]);
}

/** How many readers this process has started: a job that should not read the file can be seen not to. */
export function readersStarted(): number {
  return startedCount;
}

/** Called when the workspace closes. */
export function stopChecks(workspace: ReadableWorkspace): void {
  for (const reader of runningChecks.get(workspace) ?? []) reader.stop();
  runningChecks.delete(workspace);
}

function trackCheck(workspace: ReadableWorkspace, reader: RunningReader): void {
  const checks = runningChecks.get(workspace) ?? new Set<RunningReader>();
  runningChecks.set(workspace, checks);
  checks.add(reader);
  void reader.outcome.finally(() => checks.delete(reader));
}
