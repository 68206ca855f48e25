import { Worker } from 'node:worker_threads';
import { uuidv7 } from 'uuidv7';
import type { ExportJobStatus } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { PreparedExport } from '../export/exportJob';
import type { RenderRequest, WorkerMessage } from '../export/exportWorker';
import { logError } from '../log';

export interface RenderedExport {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

interface Job {
  id: string;
  fileName: string;
  mimeType: string;
  status: ExportJobStatus;
  worker: Worker | null;
  bytes: Uint8Array | null;
  /** What the worker will render, held only while the job waits for one. */
  waitingFor: PreparedExport | null;
}

/** Finished files kept for saving; older ones are dropped (they hold workspace content in memory). */
const KEPT_JOBS = 5;

/**
 * Workers alive at once, the spare included: each export holds its model and its file in memory (12 at once took
 * the host from 110 MB to 2.2 GB). Further exports wait in order and say so.
 */
export const MAX_EXPORT_WORKERS = 2;

export type CreateWorker = (file: string) => Worker;

/**
 * Renders prepared exports in worker threads, one worker per file, so the window stays responsive during a long
 * export: progress, cancel (the worker is stopped), and the finished bytes until they are saved. Everything is
 * dropped when the workspace locks.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly savedPaths = new Set<string>();
  /** A worker that has loaded the renderers and waits for a file, so an export does not wait for that (~0.5 s). */
  private spare: Worker | null = null;
  private readonly dropSpare = (): void => {
    this.spare = null;
  };
  /** Jobs waiting for a worker, first in line first. */
  private readonly queue: Job[] = [];
  /** Every worker started and not yet exited (a stopped worker counts until it has really gone). */
  private readonly alive = new Set<Worker>();

  constructor(
    private readonly workerFile: () => string,
    private readonly createWorker: CreateWorker = (file) => new Worker(file),
  ) {}

  /** Starts a worker ahead of need (after an unlock, and after each export for the next one), if there is room. */
  warmUp(): void {
    if (this.spare || this.alive.size >= MAX_EXPORT_WORKERS) return;
    let spare: Worker;
    try {
      spare = this.launch();
    } catch (error) {
      logError('starting a spare export worker failed', error);
      return;
    }
    spare.unref();
    spare.once('error', this.dropSpare);
    spare.once('exit', this.dropSpare);
    this.spare = spare;
  }

  start(prepared: PreparedExport): string {
    const job: Job = { id: uuidv7(), fileName: prepared.fileName, mimeType: prepared.mimeType, status: { state: 'waiting', position: 1 }, worker: null, bytes: null, waitingFor: prepared };
    this.jobs.set(job.id, job);
    this.queue.push(job);
    this.startWaiting();
    this.dropOldJobs();
    this.warmUp();
    return job.id;
  }

  /** Gives waiting jobs a worker while there is room: the spare first, then a new one. */
  private startWaiting(): void {
    while (this.queue.length > 0) {
      const worker = this.takeSpare() ?? (this.alive.size < MAX_EXPORT_WORKERS ? this.launch() : null);
      if (!worker) return;
      const job = this.queue.shift() as Job;
      this.run(job, worker);
    }
  }

  private launch(): Worker {
    const worker = this.createWorker(this.workerFile());
    this.alive.add(worker);
    worker.once('exit', () => {
      this.alive.delete(worker);
      this.startWaiting();
    });
    return worker;
  }

  private run(job: Job, worker: Worker): void {
    const prepared = job.waitingFor as PreparedExport;
    job.waitingFor = null;
    job.status = { state: 'running', done: 0, total: 1 };
    job.worker = worker;
    worker.on('message', (message: WorkerMessage) => this.onMessage(job, message));
    worker.on('error', (error) => {
      logError('export worker failed', error);
      this.settle(job, { state: 'failed', message: 'The file could not be made. Nothing was saved; please try again.' });
    });
    worker.on('exit', () => {
      if (job.status.state === 'running') this.settle(job, { state: 'failed', message: 'The export stopped unexpectedly. Nothing was saved; please try again.' });
    });
    worker.postMessage({ renderer: prepared.renderer, model: prepared.model } satisfies RenderRequest);
  }

  status(id: string): ExportJobStatus {
    const job = this.require(id);
    return job.status.state === 'waiting' ? { state: 'waiting', position: this.queue.indexOf(job) + 1 } : job.status;
  }

  cancel(id: string): void {
    const job = this.require(id);
    if (job.status.state === 'waiting') this.leaveQueue(job);
    else if (job.status.state === 'running') this.settle(job, { state: 'cancelled' });
  }

  private leaveQueue(job: Job): void {
    this.queue.splice(this.queue.indexOf(job), 1);
    job.waitingFor = null;
    job.status = { state: 'cancelled' };
  }

  result(id: string): RenderedExport {
    const job = this.require(id);
    if (job.status.state !== 'finished' || !job.bytes) throw new AppError('CONFLICT', 'That export is not ready yet.');
    return { fileName: job.fileName, mimeType: job.mimeType, bytes: job.bytes };
  }

  /** Remembers a file the person saved, so "Show in folder" can reveal that one and no other path. */
  rememberSaved(filePath: string): void {
    this.savedPaths.add(filePath);
  }

  wasSaved(filePath: string): boolean {
    return this.savedPaths.has(filePath);
  }

  /** On lock: stop running exports, forget every finished file, and let the spare worker go. */
  forgetAll(): void {
    void this.takeSpare()?.terminate();
    for (const job of [...this.queue]) this.leaveQueue(job);
    for (const job of this.jobs.values()) this.settle(job, job.status.state === 'running' ? { state: 'cancelled' } : job.status);
    this.jobs.clear();
    this.savedPaths.clear();
  }

  private onMessage(job: Job, message: WorkerMessage): void {
    if (job.status.state !== 'running') return;
    if (message.type === 'progress') job.status = { state: 'running', done: message.done, total: Math.max(message.total, message.done, 1) };
    else if (message.type === 'finished') {
      job.bytes = message.bytes;
      this.settle(job, { state: 'finished', fileName: job.fileName, size: message.bytes.byteLength });
    } else {
      logError('export failed', Object.assign(new Error(message.message), { name: message.name }));
      this.settle(job, { state: 'failed', message: 'The file could not be made. Nothing was saved; please try again.' });
    }
  }

  private settle(job: Job, status: ExportJobStatus): void {
    job.status = status;
    if (status.state !== 'finished') job.bytes = null;
    const worker = job.worker;
    job.worker = null;
    void worker?.terminate();
  }

  private takeSpare(): Worker | null {
    const spare = this.spare;
    this.spare = null;
    spare?.off('error', this.dropSpare).off('exit', this.dropSpare);
    spare?.ref();
    return spare;
  }

  private require(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'That export is no longer available. Please export again.');
    return job;
  }

  private dropOldJobs(): void {
    const settled = [...this.jobs.values()].filter((job) => job.status.state !== 'running' && job.status.state !== 'waiting');
    for (const job of settled.slice(0, Math.max(0, this.jobs.size - KEPT_JOBS))) this.jobs.delete(job.id);
  }
}
