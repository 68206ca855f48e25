import { fork } from 'node:child_process';
import path from 'node:path';
import { ACTION_ITEMS } from './actionItemsBench';
import type { Row } from './harness';
import { longestPause } from './eventLoopPause';
import { call, exportAllActionItems, inWorker } from './hostPauseBench';

const MiB = 1024 * 1024;
/** How long after an export its memory should be back, as the issue measures it. */
const SETTLE_MS = 10_000;
/** How long after an export the bench keeps watching, to say when its memory did come back. */
const WATCH_MS = 30_000;
const SAMPLE_MS = 50;
/** Within this share of the memory before the exports counts as back (the goal). */
const BACK_WITHIN = 0.2;
/** Several exports in a row: memory that is kept, not given back, adds up from one to the next. */
const EXPORTS = Number(process.env.BENCH_EXPORTS ?? 3);

const rssMiB = () => process.memoryUsage.rss() / MiB;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The highest RSS seen while `run` runs, sampled every 50 ms on this (otherwise idle) thread. */
async function peakRss<T>(run: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peakMiB = rssMiB();
  const sampler = setInterval(() => {
    peakMiB = Math.max(peakMiB, rssMiB());
  }, SAMPLE_MS);
  try {
    const result = await run();
    return { result, peakMiB: Math.max(peakMiB, rssMiB()) };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * RSS once a second for WATCH_MS after an export: the figure at SETTLE_MS, the first second it was back within
 * BACK_WITHIN of `beforeMiB` (V8 gives a worker's heap back when its memory reducer runs after a quiet spell, which
 * can come later than 10 s), and the lowest.
 */
async function rssAfter(beforeMiB: number): Promise<{ atSettleMiB: number; backAfterS: number | null; lowestMiB: number }> {
  let atSettleMiB = Number.NaN;
  let backAfterS: number | null = null;
  let lowestMiB = Number.POSITIVE_INFINITY;
  for (let second = 1; second * 1000 <= WATCH_MS; second += 1) {
    await wait(1000);
    const now = rssMiB();
    if (second * 1000 === SETTLE_MS) atSettleMiB = now;
    if (backAfterS === null && now <= beforeMiB * (1 + BACK_WITHIN)) backAfterS = second;
    lowestMiB = Math.min(lowestMiB, now);
  }
  return { atSettleMiB, backAfterS, lowestMiB };
}

/**
 * The host's memory around 100,000-row XLSX exports, as browser mode runs the app (one process: the HTTP thread,
 * the backend in a worker, export workers): RSS before, at the peak of each export, 10 s after each (and when it
 * was back within 20%, watched for 30 s), and 10 s after the lock; and the host thread's longest pause over each
 * export, preparation included. Measured in a process of its own (bench/exportMemoryHost.ts), so what the bench
 * itself allocated (the dataset) is not counted.
 */
export function exportMemoryRows(dataDir: string, workspacePath: string, passphrase: string): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'exportMemoryHost.ts'), [dataDir, workspacePath], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.send(passphrase);
    child.once('message', (rows) => resolve(rows as Row[]));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the export memory bench ended with code ${code}`)));
  });
}

/** In the measuring process: the app as browser mode runs it, and the exports. */
export async function measureExportMemory(dataDir: string, workspacePath: string, passphrase: string): Promise<Row[]> {
  const app = inWorker(dataDir);
  await app.ready;
  const rows: Row[] = [];
  try {
    await call(app.router, 'workspace.unlock', { path: workspacePath, passphrase });
    await wait(SETTLE_MS); // the spare worker and the background check after unlock settle first
    const beforeMiB = rssMiB();
    const label = `${ACTION_ITEMS.toLocaleString('en')}-row XLSX export`;
    for (let index = 1; index <= EXPORTS; index += 1) {
      const { result, peakMiB } = await peakRss(() => longestPause(() => exportAllActionItems(app.router)));
      const after = await rssAfter(beforeMiB);
      const within = `within ${BACK_WITHIN * 100}%`;
      const back = after.backAfterS === null ? `not back ${within} in ${WATCH_MS / 1000} s` : `back ${within} after ${after.backAfterS} s`;
      rows.push({
        operation: `host memory: ${label} ${index} of ${EXPORTS}`,
        encryptedMs: result.totalMs,
        plainMs: null,
        note: `RSS before ${beforeMiB.toFixed(0)} MiB, peak ${peakMiB.toFixed(0)} MiB, 10 s after ${after.atSettleMiB.toFixed(0)} MiB (${percent(after.atSettleMiB, beforeMiB)} of before), ${back}, lowest ${after.lowestMiB.toFixed(0)} MiB (${percent(after.lowestMiB, beforeMiB)}); host thread's longest pause ${result.pauseMs.toFixed(0)} ms`,
      });
    }
    await call(app.router, 'workspace.lock', {});
    await wait(SETTLE_MS);
    const lockedMiB = rssMiB();
    rows.push({
      operation: 'host memory: 10 s after lock',
      encryptedMs: 0,
      plainMs: null,
      note: `RSS ${lockedMiB.toFixed(0)} MiB (${percent(lockedMiB, beforeMiB)} of before the exports)`,
    });
  } finally {
    await app.close();
  }
  return rows;
}

const percent = (value: number, base: number) => `${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(0)}%`;
