import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { logError } from '../log';
import type { SlotKind } from '../workspace/keySlots';
import { type AttemptRecord, type AttemptRecords, readUnlockAttempts, writeUnlockAttempts } from '../workspace/unlockAttemptsFile';

/**
 * Slows guessing: the first few wrong secrets cost nothing extra, then each further failure doubles the wait
 * before the next attempt is even tried, up to a ceiling.
 *
 * Checks of one workspace run one at a time, and each is counted before its key derivation starts, so guesses
 * sent all at once wait their turn and find the delay already set. The count is written beside the key slots
 * (`unlock-attempts.json`), so restarting the app keeps it; it is also kept in memory, so removing the file while
 * the app runs does not reset it either.
 */
export interface ThrottlePolicy {
  freeAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = { freeAttempts: 3, firstDelayMs: 2_000, maxDelayMs: 5 * 60_000 };

const NO_ATTEMPTS: AttemptRecord = { failures: 0, nextAttemptAt: 0 };

export class UnlockThrottle {
  private readonly remembered = new Map<string, AttemptRecord>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Runs one secret check for a workspace folder. A wrong secret (`WRONG_PASSPHRASE`) comes back with
   * `retryAfterMs` when a delay now applies; a check while the delay runs is refused without being tried.
   */
  attempt<T>(folder: string, kind: SlotKind, check: () => Promise<T>): Promise<T> {
    const real = realFolder(folder);
    const canonical = sameOnCaseInsensitiveDisks(real);
    const previous = this.queues.get(canonical) ?? Promise.resolve();
    const run = previous.then(
      () => this.attemptNow(real, `${canonical}\u0000${kind}`, kind, check),
      () => this.attemptNow(real, `${canonical}\u0000${kind}`, kind, check),
    );
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(canonical, settled);
    void settled.then(() => {
      if (this.queues.get(canonical) === settled) this.queues.delete(canonical);
    });
    return run;
  }

  private async attemptNow<T>(folder: string, key: string, kind: SlotKind, check: () => Promise<T>): Promise<T> {
    const stored = this.readStored(folder);
    const before = stronger(this.remembered.get(key) ?? NO_ATTEMPTS, stored[kind] ?? NO_ATTEMPTS);
    const waitMs = Math.min(before.nextAttemptAt - this.now(), this.policy.maxDelayMs);
    if (waitMs > 0) throw tooManyAttempts(waitMs);

    const failures = before.failures + 1;
    const delayMs = this.delayAfter(failures);
    this.save(folder, key, kind, stored, { failures, nextAttemptAt: this.now() + delayMs });
    try {
      const result = await check();
      this.save(folder, key, kind, stored, NO_ATTEMPTS);
      return result;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'WRONG_PASSPHRASE') {
        // Not a guess (a missing or damaged file, say): it does not count against the person.
        this.save(folder, key, kind, stored, before);
        throw error;
      }
      throw new AppError('WRONG_PASSPHRASE', error.message, delayMs > 0 ? { retryAfterMs: delayMs } : {});
    }
  }

  /** A damaged file counts as the free tries used up: removing or spoiling it must not buy fresh guesses. */
  private readStored(folder: string): AttemptRecords {
    const stored = readUnlockAttempts(folder);
    if (stored !== 'damaged') return stored;
    const usedUp = { failures: this.policy.freeAttempts, nextAttemptAt: 0 };
    return { passphrase: usedUp, recovery: usedUp };
  }

  private save(folder: string, key: string, kind: SlotKind, stored: AttemptRecords, record: AttemptRecord): void {
    if (record.failures === 0) this.remembered.delete(key);
    else this.remembered.set(key, record);
    stored[kind] = record;
    try {
      writeUnlockAttempts(folder, stored);
    } catch (error) {
      // A folder that cannot be written (read-only media) still has the count in memory for as long as the app runs.
      logError('recording an unlock attempt', error);
    }
  }

  private delayAfter(failures: number): number {
    const over = failures - this.policy.freeAttempts;
    if (over <= 0) return 0;
    return Math.min(this.policy.firstDelayMs * 2 ** (over - 1), this.policy.maxDelayMs);
  }
}

function tooManyAttempts(waitMs: number): AppError {
  const seconds = Math.ceil(waitMs / 1000);
  return new AppError('TOO_MANY_ATTEMPTS', `Too many wrong attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, {
    retryAfterMs: waitMs,
  });
}

function stronger(a: AttemptRecord, b: AttemptRecord): AttemptRecord {
  return {
    failures: Math.max(a.failures, b.failures),
    nextAttemptAt: Math.max(a.nextAttemptAt, b.nextAttemptAt),
  };
}

/** The same workspace however its path is spelled: through a symlink, or in another case on Windows and macOS. */
function realFolder(folder: string): string {
  try {
    return fs.realpathSync.native(folder);
  } catch {
    // A folder that cannot be resolved is counted under the path as given.
    return folder;
  }
}

function sameOnCaseInsensitiveDisks(folder: string): string {
  return process.platform === 'win32' || process.platform === 'darwin' ? folder.toLowerCase() : folder;
}
