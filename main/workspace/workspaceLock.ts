import fs from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { tryHoldLockFile } from '../db/exclusiveLockFile';
import { atomicWriteFile } from '../fs/atomicWriteFile';
import { logError } from '../log';
import type { WorkspaceFiles } from './workspaceFiles';
import { isProcessRunning } from '../fs/processRunning';

/**
 * One workspace, one writer. Opening takes an OS-level lock on `workspace.lock` (it dies with the process, so a
 * crash never leaves a workspace locked) and writes `lock-owner.json` naming the machine, process, app and time,
 * refreshed every minute. The OS lock refuses a second opener on this machine, or across a network share that
 * carries locks; the owner file refuses one on another computer sharing the folder through a sync service, where
 * OS locks do not reach.
 */
export type LockHolderApp = 'desktop' | 'browser' | 'cli';

export interface WorkspaceLock {
  release(): void;
}

export interface WorkspaceLockOptions {
  app?: LockHolderApp | undefined;
  nativeBinding?: string | undefined;
  now: () => Date;
}

export const LOCK_HEARTBEAT_MS = 60_000;
/** An owner file from another computer counts while refreshed this recently: a few heartbeats, plus sync delay. */
export const LOCK_OWNER_FRESH_MS = 5 * 60_000;

const lockOwnerSchema = z.object({
  host: z.string(),
  pid: z.number().int(),
  app: z.string(),
  since: z.string(),
  refreshedAt: z.string(),
});
export type LockOwner = z.infer<typeof lockOwnerSchema>;

export function acquireWorkspaceLock(files: WorkspaceFiles, options: WorkspaceLockOptions): WorkspaceLock {
  const osLock = tryHoldLockFile(files.lock, options.nativeBinding);
  if (!osLock.held && osLock.reason === 'busy') throw workspaceInUse(readLockOwner(files), options.now());
  const releaseOsLock = () => osLock.held && osLock.lock.release();
  const previous = readLockOwner(files);
  if (previous && isOpenElsewhere(previous, options.now(), osLock.held)) {
    releaseOsLock();
    throw workspaceInUse(previous, options.now());
  }
  const since = options.now().toISOString();
  const mine: LockOwner = { host: os.hostname(), pid: process.pid, app: options.app ?? 'desktop', since, refreshedAt: since };
  try {
    writeLockOwner(files, mine);
  } catch (error) {
    releaseOsLock();
    throw error;
  }
  const heartbeat = setInterval(() => refreshLockOwner(files, mine, options.now()), LOCK_HEARTBEAT_MS);
  heartbeat.unref();
  return {
    release() {
      clearInterval(heartbeat);
      try {
        if (isSameOwner(readLockOwner(files), mine)) fs.rmSync(files.lockOwner, { force: true });
      } catch (error) {
        logError('removing the workspace lock owner file', error);
      } finally {
        releaseOsLock();
      }
    },
  };
}

/** Whoever holds the workspace now, as its owner file says; null when no one says so (or the file is unreadable). */
export function readLockOwner(files: WorkspaceFiles): LockOwner | null {
  try {
    const parsed = lockOwnerSchema.safeParse(JSON.parse(fs.readFileSync(files.lockOwner, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isOpenElsewhere(owner: LockOwner, now: Date, osLockHeld: boolean): boolean {
  if (owner.host !== os.hostname()) return now.getTime() - Date.parse(owner.refreshedAt) < LOCK_OWNER_FRESH_MS;
  // On this machine the OS lock is the truth: holding it means the owner named in the file is gone (a crash).
  // Only where the folder takes no OS locks do we ask whether that process still runs.
  return !osLockHeld && isProcessRunning(owner.pid);
}

function writeLockOwner(files: WorkspaceFiles, owner: LockOwner): void {
  atomicWriteFile(files.lockOwner, `${JSON.stringify(owner, null, 2)}\n`);
}

function refreshLockOwner(files: WorkspaceFiles, mine: LockOwner, now: Date): void {
  try {
    const current = readLockOwner(files);
    // Someone on another computer took the folder over (our heartbeats stopped reaching it): do not fight over it.
    if (current && !isSameOwner(current, mine)) return;
    mine.refreshedAt = now.toISOString();
    writeLockOwner(files, mine);
  } catch (error) {
    logError('refreshing the workspace lock owner file', error);
  }
}

function isSameOwner(a: LockOwner | null, b: LockOwner): boolean {
  return a !== null && a.host === b.host && a.pid === b.pid && a.since === b.since;
}

function workspaceInUse(owner: LockOwner | null, now: Date): AppError {
  const where = owner ? ` (${owner.host}, since ${describeSince(new Date(owner.since), now)})` : '';
  return new AppError('WORKSPACE_IN_USE', `This workspace is open in another window or on another computer${where}. Close it there first.`);
}

/** "14:02" today, "2026-03-01 14:02" on an earlier day, in this computer's time zone. */
function describeSince(since: Date, now: Date): string {
  if (Number.isNaN(since.getTime())) return 'some time';
  const pad = (value: number) => String(value).padStart(2, '0');
  const time = `${pad(since.getHours())}:${pad(since.getMinutes())}`;
  const day = `${since.getFullYear()}-${pad(since.getMonth() + 1)}-${pad(since.getDate())}`;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return day === today ? time : `${day} ${time}`;
}
