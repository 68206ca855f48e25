import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AppEvent } from '../shared/contract';
import type { CoalitionDesk } from '../main/app/coalitionDesk';
import { createCoalitionDesk } from '../main/app/createCoalitionDesk';
import { browserHostServices } from '../main/app/hostServices';
import { FAST_TEST_SCRYPT_COST } from '../main/workspace/kdf';
import { readersEnded } from '../main/workspace/readerWorkers';
import { bigWorkspace } from './bigWorkspace';
import { type Row, median, timeMs } from './harness';

const PASSPHRASE = 'bench passphrase for unlocking';
const WARM_UP_MB = 1;
const SMALL_MB = 30;
/** The big workspace's size; BENCH_UNLOCK_MB=0 leaves it out. */
const BIG_MB = Number(process.env.BENCH_UNLOCK_MB ?? 300);

/**
 * Unlock to first data through the real router, as the window does it: `workspace.unlock`, then the dashboard's
 * `workspace.details`. Key derivation uses the tests' cheap scrypt cost, so the rows show what grows with the file
 * (the key derivation row above measures the real cost, the same at any size). The longest pause of the host thread
 * is an event-loop delay histogram (1 ms resolution) over the whole operation: unlock, first data, and the
 * background integrity check and automatic backup until their outcome arrives. On a busy machine that delay also
 * holds the time the thread waited for a core, so read it next to the load average.
 */
export async function unlockRows(): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-unlock-bench-'));
  try {
    // Untimed: a first unlock in this process pays one-time costs (time-zone data, modules loaded on first use).
    await unlockRow(dir, WARM_UP_MB);
    const small = await unlockRow(dir, SMALL_MB);
    if (BIG_MB <= 0) return small.rows;
    const big = await unlockRow(dir, BIG_MB);
    const growth = big.firstDataMs / small.firstDataMs;
    return [
      ...small.rows,
      ...big.rows,
      {
        operation: `unlock to first data: ${BIG_MB} MB vs ${SMALL_MB} MB`,
        encryptedMs: big.firstDataMs - small.firstDataMs,
        plainMs: null,
        note: `${growth.toFixed(2)}x (goal: within 1.2x)`,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Unlocks per workspace: the first data figure is their median, the longest pause the longest of them all. */
const UNLOCKS = 5;

interface UnlockSample {
  firstDataMs: number;
  longestPauseMs: number;
  backgroundMs: number;
}

async function unlockRow(dir: string, megabytes: number): Promise<{ rows: Row[]; firstDataMs: number }> {
  const files = await bigWorkspace(dir, `Unlock${megabytes}`, megabytes, PASSPHRASE);
  const actualMb = fs.statSync(files.database).size / 1e6;
  const desk = createCoalitionDesk({
    dataDir: path.join(dir, `data-${megabytes}`),
    host: browserHostServices,
    kdfCost: FAST_TEST_SCRYPT_COST,
    warmExportWorker: false,
  });
  try {
    const samples: UnlockSample[] = [];
    // The first unlock saves the automatic backup; the later ones (a backup less than a day old exists) only check.
    for (let attempt = 0; attempt < UNLOCKS; attempt += 1) {
      // The last unlock's backup (310 MB at the big size) is still being written back by the kernel; the unlock's own
      // fsyncs would wait behind it. Flushed first, untimed, so each unlock starts from a quiet disk, as the first does.
      execFileSync('sync');
      samples.push(await timedUnlock(desk, files.folder, attempt === 0 ? 'saved' : 'skipped'));
      const locked = await desk.router.invoke('workspace.lock', {});
      if (!locked.ok) throw new Error(`lock failed: ${locked.error.message}`);
      // Its outcome is sent before its worker has ended; the next unlock starts once that worker is gone.
      await readersEnded();
    }
    const firstDataMs = median(samples.map((sample) => sample.firstDataMs));
    const longestPauseMs = Math.max(...samples.map((sample) => sample.longestPauseMs));
    const backgroundMs = samples[0]!.backgroundMs;
    const size = `${actualMb.toFixed(0)} MB`;
    console.log(
      `unlock ${size}: first data ${samples.map((sample) => sample.firstDataMs.toFixed(1)).join(' / ')} ms; check + backup done after ${backgroundMs.toFixed(0)} ms; longest host pause ${longestPauseMs.toFixed(1)} ms`,
    );
    return {
      firstDataMs,
      rows: [
        {
          operation: `unlock to first data: ${megabytes} MB workspace`,
          encryptedMs: firstDataMs,
          plainMs: null,
          note: `${size}; median of ${UNLOCKS} unlocks; cheap scrypt; background check + backup done at ${(backgroundMs / 1000).toFixed(1)} s`,
        },
        {
          operation: `longest host-thread pause, unlock of ${megabytes} MB`,
          encryptedMs: longestPauseMs,
          plainMs: null,
          note: `longest of ${UNLOCKS} whole operations: unlock, first data, background check (and the first time the backup) (goal: under 50 ms)`,
        },
      ],
    };
  } finally {
    desk.close();
  }
}

/** One unlock, timed to the dashboard's first data and, with the histogram, until the background work has ended. */
async function timedUnlock(desk: CoalitionDesk, folder: string, backup: 'saved' | 'skipped'): Promise<UnlockSample> {
  const background = nextBackgroundOutcome(desk);
  // The check starts on an unref'd timer after the first screen's grace; nothing else keeps this process alive then.
  const keepAlive = setInterval(() => undefined, 1000);
  const pauses = monitorEventLoopDelay({ resolution: 1 });
  pauses.enable();
  let firstDataMs = 0;
  const backgroundMs = await timeMs(async () => {
    firstDataMs = await timeMs(async () => {
      const unlocked = await desk.router.invoke('workspace.unlock', { path: folder, passphrase: PASSPHRASE });
      if (!unlocked.ok) throw new Error(`unlock failed: ${unlocked.error.message}`);
      const details = await desk.router.invoke('workspace.details', {});
      if (!details.ok) throw new Error(`first data failed: ${details.error.message}`);
    });
    const outcome = await background.outcome;
    if (outcome.type !== 'backup.automatic' || outcome.outcome !== backup) throw new Error(`background work: ${JSON.stringify(outcome)}`);
  });
  pauses.disable();
  background.stop();
  clearInterval(keepAlive);
  return { firstDataMs, longestPauseMs: pauses.max / 1e6, backgroundMs };
}

/** The outcome of the background check (and backup) an unlock starts: `backup.automatic`, or damage found. */
function nextBackgroundOutcome(desk: CoalitionDesk): { outcome: Promise<AppEvent>; stop: () => void } {
  let heard: (event: AppEvent) => void = () => undefined;
  const outcome = new Promise<AppEvent>((resolve) => (heard = resolve));
  const stop = desk.events.subscribe((event) => {
    if (event.type === 'backup.automatic' || event.type === 'workspace.damaged') heard(event);
  });
  return { outcome, stop };
}
