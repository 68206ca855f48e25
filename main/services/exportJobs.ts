import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { uuidv7 } from 'uuidv7';
import type { ExportJobStatus } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { RowFeed } from '../export/exportJob';
import type { PreparedExport } from '../export/preparedExport';
import type { RenderRequest, RowsMessage, WorkerMessage } from '../export/exportWorker';
import { type SealedFile, newSeal } from '../export/sealedFile';
import { logError } from '../log';
import { makeExportScratch } from '../export/exportScratch';

export interface RenderedExport {
  fileName: string;
  mimeType: string;
  /** The finished file, sealed, in the scratch folder until the job is dropped. */
  file: SealedFile;
}

interface Job {
  id: string;
  fileName: string;
  mimeType: string;
  status: ExportJobStatus;
  worker: Worker | null;
  /** The sealed file the worker writes, from its start until the job is dropped (or fails, or is cancelled). */
  file: SealedFile | null;
  /** What the worker will render, held only while the job waits for one. */
  waitingFor: PreparedExport | null;
  /** The rows of a long list, read as the worker asks, while it runs. */
  feed: RowFeed | null;
}

/** Finished files kept for saving; older ones are dropped and their files removed. */
const KEPT_JOBS = 5;

/** The most rows the worker is handed at once: what the backend reads in one step and the worker holds per chunk. */
export const ROWS_PER_CHUNK = 1000;

/**
 * Workers alive at once, the spare included: each export holds its model and its file in memory (12 at once took
 * the host from 110 MB to 2.2 GB). Further exports wait in order and say so.
 */
export const MAX_EXPORT_WORKERS = 2;

export type CreateWorker = (file: string) => Worker;

/**
 * Renders prepared exports in worker threads, one worker per file, so the window stays responsive during a long
 * export: progress, cancel (the worker is stopped and its file removed), and the finished file (sealed, in a
 * scratch folder of this process) until it is saved. Nothing of a file is held in memory here; long lists are fed
 * to the worker a chunk at a time. Everything is dropped when the workspace locks.
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
  /** This process's folder for export files, made at the first export and removed when everything is dropped. */
  private scratch: string | null = null;

  constructor(
    private readonly workerFile: () => string,
    private readonly createWorker: CreateWorker = (file) => new Worker(file),
    private readonly makeScratch: () => string = makeExportScratch,
    /** Hears every change of a job's status (the composition root sends it to the windows as `export.job`). */
    private readonly onStatus: (jobId: string, status: ExportJobStatus) => void = () => undefined,
  ) {}

  /** Starts a worker ahead of need (after an unlock, and once an export's worker has gone), if there is room. */
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
    const job: Job = {
      id: uuidv7(),
      fileName: prepared.fileName,
      mimeType: prepared.mimeType,
      status: { state: 'waiting', position: 1 },
      worker: null,
      file: null,
      waitingFor: prepared,
      feed: null,
    };
    this.jobs.set(job.id, job);
    this.queue.push(job);
    this.startWaiting();
    if (job.status.state === 'waiting') this.announce(job);
    this.dropOldJobs();
    return job.id;
  }

  /** Gives waiting jobs a worker while there is room: the spare first, then a new one. */
  private startWaiting(): void {
    while (this.queue.length > 0) {
      const worker = this.takeSpare() ?? (this.alive.size < MAX_EXPORT_WORKERS ? this.launch() : null);
      if (!worker) return;
      const job = this.queue.shift() as Job;
      this.run(job, worker);
      // Everyone still waiting moved up one place.
      for (const waiting of this.queue) this.announce(waiting);
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
    job.feed = prepared.feed ?? null;
    job.status = { state: 'running', done: 0, total: 1 };
    job.worker = worker;
    const seal = newSeal();
    this.scratch ??= this.makeScratch();
    job.file = { path: path.join(this.scratch, `${job.id}.sealed`), ...seal, tag: new Uint8Array(), size: 0 };
    worker.on('message', (message: WorkerMessage) => this.onMessage(job, message));
    worker.on('error', (error) => {
      logError('export worker failed', error);
      this.settle(job, { state: 'failed', message: 'The file could not be made. Nothing was saved; please try again.' });
    });
    worker.on('exit', () => {
      if (job.status.state === 'running')
        this.settle(job, { state: 'failed', message: 'The export stopped unexpectedly. Nothing was saved; please try again.' });
      // The spare for the next export starts once this one's worker is gone, never beside it (each holds ~80 MB),
      // and not after a lock, which forgets the jobs first.
      if (this.jobs.has(job.id) && this.queue.length === 0) this.warmUp();
    });
    worker.postMessage({ renderer: prepared.renderer, model: prepared.model, outFile: job.file.path, seal } satisfies RenderRequest);
    this.announce(job);
  }

  status(id: string): ExportJobStatus {
    return this.statusOf(this.require(id));
  }

  private statusOf(job: Job): ExportJobStatus {
    return job.status.state === 'waiting' ? { state: 'waiting', position: this.queue.indexOf(job) + 1 } : job.status;
  }

  /** Tells the windows where a job stands: pushed at each change, so nobody has to ask every moment. */
  private announce(job: Job): void {
    this.onStatus(job.id, this.statusOf(job));
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
    this.announce(job);
    for (const waiting of this.queue) this.announce(waiting);
  }

  result(id: string): RenderedExport {
    const job = this.require(id);
    if (job.status.state !== 'finished' || !job.file) throw new AppError('CONFLICT', 'That export is not ready yet.');
    return { fileName: job.fileName, mimeType: job.mimeType, file: job.file };
  }

  /** Remembers a file the person saved, so "Show in folder" can reveal that one and no other path. */
  rememberSaved(filePath: string): void {
    this.savedPaths.add(filePath);
  }

  wasSaved(filePath: string): boolean {
    return this.savedPaths.has(filePath);
  }

  /** On lock: stop running exports, remove every file, and let the spare worker go. */
  forgetAll(): void {
    void this.takeSpare()?.terminate();
    for (const job of [...this.queue]) this.leaveQueue(job);
    for (const job of this.jobs.values()) this.drop(job);
    this.jobs.clear();
    this.savedPaths.clear();
    const scratch = this.scratch;
    this.scratch = null;
    // Once every worker that could still write there has exited (a stopped one may be mid-write until then).
    if (scratch)
      void Promise.all([...this.alive].map((worker) => new Promise((resolve) => worker.once('exit', resolve)))).then(() =>
        fs.rmSync(scratch, { recursive: true, force: true }),
      );
  }

  private onMessage(job: Job, message: WorkerMessage): void {
    if (job.status.state !== 'running') return;
    if (message.type === 'progress') {
      job.status = { state: 'running', done: message.done, total: Math.max(message.total, message.done, 1) };
      this.announce(job);
    } else if (message.type === 'rows.next') this.feed(job);
    else if (message.type === 'finished') {
      if (job.file) Object.assign(job.file, { tag: message.tag, size: message.size });
      this.settle(job, { state: 'finished', fileName: job.fileName, size: message.size });
    } else {
      logError('export failed', Object.assign(new Error(message.message), { name: message.name }));
      this.settle(job, { state: 'failed', message: 'The file could not be made. Nothing was saved; please try again.' });
    }
  }

  /** Reads the next chunk of the job's list on the backend and hands it to the worker; an empty chunk ends the list. */
  private feed(job: Job): void {
    const feed = job.feed;
    const read = feed ? feed(ROWS_PER_CHUNK) : Promise.resolve([]);
    read.then(
      (rows) => {
        // The job may have been cancelled or dropped (a lock) while the chunk was read: then nothing is sent.
        if (job.status.state === 'running' && job.feed === feed) job.worker?.postMessage({ type: 'rows', rows } satisfies RowsMessage);
      },
      (error: unknown) => {
        logError('reading rows for an export failed', error);
        if (job.status.state === 'running' && job.feed === feed)
          this.settle(job, { state: 'failed', message: 'The file could not be made. Nothing was saved; please try again.' });
      },
    );
  }

  /** The job ends: its worker is stopped (a done worker too: nothing it loaded stays), and a file that is not finished removed. */
  private settle(job: Job, status: ExportJobStatus): void {
    job.status = status;
    this.announce(job);
    job.feed = null;
    const worker = job.worker;
    job.worker = null;
    const stopped = worker?.terminate() ?? Promise.resolve();
    if (status.state !== 'finished') this.removeFile(job, stopped);
  }

  /** Forgets a job: a running one is cancelled, and its file goes. */
  private drop(job: Job): void {
    if (job.status.state === 'running') this.settle(job, { state: 'cancelled' });
    else this.removeFile(job, Promise.resolve());
  }

  /** Removes the job's file once its worker has stopped writing it. */
  private removeFile(job: Job, stopped: Promise<unknown>): void {
    const file = job.file;
    job.file = null;
    if (file) void stopped.finally(() => fs.rmSync(file.path, { force: true }));
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
    for (const job of settled.slice(0, Math.max(0, this.jobs.size - KEPT_JOBS))) {
      this.drop(job);
      this.jobs.delete(job.id);
    }
  }
}
