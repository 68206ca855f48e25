import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import type { PreparedExport } from '../../main/export/preparedExport';
import { readUnsealed } from '../../main/export/sealedFile';
import { ExportJobs, MAX_EXPORT_WORKERS } from '../../main/services/exportJobs';
import { testExportWorkerFile } from './support/exportJobs';

const fixture = (name: string) => path.resolve(import.meta.dirname, '..', 'fixtures', 'workers', name);
const prepared: PreparedExport<'table-csv'> = {
  renderer: 'table-csv',
  model: { sheetName: 'S', headers: ['A'], rows: [['1']], dateStyle: 'medium' },
  fileName: 'a.csv',
  mimeType: 'text/csv',
};
const jobsToClose: ExportJobs[] = [];
afterEach(() => jobsToClose.splice(0).forEach((jobs) => jobs.forgetAll()));

function jobsWith(workerFile: string): ExportJobs {
  const jobs = new ExportJobs(() => workerFile);
  jobsToClose.push(jobs);
  return jobs;
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('export jobs run in worker threads', () => {
  it('reports progress, and a cancelled job stops and gives no file', async () => {
    const jobs = jobsWith(fixture('stalling-worker.cjs'));
    const id = jobs.start(prepared);
    await until(() => jobs.status(id).state === 'running' && (jobs.status(id) as { done: number }).done === 3);
    expect(jobs.status(id)).toEqual({ state: 'running', done: 3, total: 10 });
    jobs.cancel(id);
    expect(jobs.status(id)).toEqual({ state: 'cancelled' });
    expect(() => jobs.result(id)).toThrow('not ready');
  });

  it('announces every change of a job: its place in line, its progress and its end, as exports.status answers', async () => {
    const heard: Array<{ jobId: string; state: string; detail: unknown }> = [];
    const jobs = new ExportJobs(
      () => fixture('stalling-worker.cjs'),
      undefined,
      undefined,
      (jobId, status) =>
        heard.push({ jobId, state: status.state, detail: status.state === 'running' ? status.done : status.state === 'waiting' ? status.position : null }),
    );
    jobsToClose.push(jobs);
    const first = jobs.start(prepared);
    const second = jobs.start(prepared);
    const third = jobs.start(prepared);
    await until(() => heard.some((event) => event.jobId === first && event.detail === 3));
    expect(heard.filter((event) => event.jobId === first).map((event) => event.detail)).toEqual([0, 3]);
    expect(heard.filter((event) => event.jobId === third)).toEqual([{ jobId: third, state: 'waiting', detail: 1 }]);
    expect(jobs.status(third)).toEqual({ state: 'waiting', position: 1 });

    jobs.cancel(first);
    expect(heard.filter((event) => event.jobId === first).at(-1)).toEqual({ jobId: first, state: 'cancelled', detail: null });
    jobs.cancel(second);
    expect(heard.filter((event) => event.jobId === second).at(-1)).toEqual({ jobId: second, state: 'cancelled', detail: null });
    await until(() => heard.some((event) => event.jobId === third && event.state === 'running'));
    jobs.cancel(third);
  });

  it('turns a crashed worker into a calm failure message', async () => {
    const jobs = jobsWith(fixture('crashing-worker.cjs'));
    const id = jobs.start(prepared);
    await until(() => jobs.status(id).state !== 'running');
    expect(jobs.status(id)).toEqual({ state: 'failed', message: 'The file could not be made. Nothing was saved; please try again.' });
  });

  it('says which renderer is unknown as a failure, not a crash of the app, whatever name a job carries', async () => {
    const jobs = jobsWith(testExportWorkerFile());
    // The worker reads the name from a message: a name the table lacks, or one every object has, renders nothing.
    for (const renderer of ['no-such-renderer', 'toString', '__proto__']) {
      const id = jobs.start({ ...prepared, renderer } as unknown as PreparedExport);
      await until(() => jobs.status(id).state !== 'running' && jobs.status(id).state !== 'waiting');
      expect(jobs.status(id)).toEqual({ state: 'failed', message: 'The file could not be made. Nothing was saved; please try again.' });
    }
  });

  it('keeps the finished file until the workspace locks, then forgets it and stops running jobs', async () => {
    const jobs = jobsWith(testExportWorkerFile());
    const finished = jobs.start(prepared);
    await until(() => jobs.status(finished).state === 'finished');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readUnsealed(jobs.result(finished).file))).toBe('\uFEFFA\r\n1\r\n');
    const stalling = new ExportJobs(() => fixture('stalling-worker.cjs'));
    const running = stalling.start(prepared);
    stalling.forgetAll();
    jobs.forgetAll();
    expect(() => jobs.result(finished)).toThrow('no longer available');
    expect(() => stalling.status(running)).toThrow('no longer available');
  });

  it('keeps one worker warm ahead of need, uses it for the next export, and lets it go on lock', async () => {
    const started: string[] = [];
    const jobs = jobsWith(testExportWorkerFile());
    const counting = new ExportJobs(() => {
      started.push('worker');
      return testExportWorkerFile();
    });
    jobsToClose.push(counting);
    counting.warmUp();
    counting.warmUp();
    expect(started).toHaveLength(1);
    const id = counting.start(prepared);
    // The export took the warm worker; no second one runs beside it.
    expect(started).toHaveLength(1);
    await until(() => counting.status(id).state !== 'running');
    expect(counting.status(id).state).toBe('finished');
    // Once the export's worker has gone, a new spare is started for the next one.
    await until(() => started.length === 2);
    counting.forgetAll();
    // A stopped worker counts until it has exited; then there is room for a new spare.
    await until(() => {
      counting.warmUp();
      return started.length === 3;
    });
    expect(jobs.status(jobs.start(prepared)).state).toBe('running');
  });
});

describe('exports wait their turn', () => {
  /** Real workers, counted from their start to their exit event. */
  function countedJobs(workerFile: () => string) {
    const count = { alive: 0, most: 0, started: 0 };
    const jobs = new ExportJobs(workerFile, (file) => {
      const worker = new Worker(file);
      count.started += 1;
      count.alive += 1;
      count.most = Math.max(count.most, count.alive);
      worker.once('exit', () => {
        count.alive -= 1;
      });
      return worker;
    });
    jobsToClose.push(jobs);
    return { jobs, count };
  }

  it('runs at most two workers at once (the spare included), and every export finishes', async () => {
    const { jobs, count } = countedJobs(testExportWorkerFile);
    jobs.warmUp();
    const ids = Array.from({ length: 5 }, () => jobs.start(prepared));
    expect(ids.map((id) => jobs.status(id).state)).toEqual(['running', 'running', 'waiting', 'waiting', 'waiting']);
    expect(ids.slice(2).map((id) => jobs.status(id))).toEqual([1, 2, 3].map((position) => ({ state: 'waiting', position })));
    await until(() => ids.every((id) => jobs.status(id).state === 'finished'));
    expect(count.most).toBe(MAX_EXPORT_WORKERS);
    expect(count.started).toBeGreaterThanOrEqual(5);
  });

  it('lets a waiting export be cancelled, and the ones behind it move up', async () => {
    const { jobs, count } = countedJobs(() => fixture('stalling-worker.cjs'));
    const ids = Array.from({ length: 4 }, () => jobs.start(prepared));
    expect(jobs.status(ids[2]!)).toEqual({ state: 'waiting', position: 1 });
    jobs.cancel(ids[2]!);
    expect(jobs.status(ids[2]!)).toEqual({ state: 'cancelled' });
    expect(jobs.status(ids[3]!)).toEqual({ state: 'waiting', position: 1 });
    jobs.cancel(ids[0]!);
    await until(() => jobs.status(ids[3]!).state === 'running');
    expect(jobs.status(ids[2]!)).toEqual({ state: 'cancelled' });
    expect(count.most).toBe(MAX_EXPORT_WORKERS);
  });
});
