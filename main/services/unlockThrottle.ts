import { AppError } from '../../shared/errors';

/**
 * Slows guessing: the first few wrong secrets cost nothing extra, then each further failure
 * doubles the wait before the next attempt is even tried, up to a ceiling. Kept in memory only,
 * so a wrong guess never writes to disk.
 */
export interface ThrottlePolicy {
  freeAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = { freeAttempts: 3, firstDelayMs: 2_000, maxDelayMs: 5 * 60_000 };

interface AttemptState {
  failures: number;
  nextAttemptAt: number;
}

export class UnlockThrottle {
  private readonly attempts = new Map<string, AttemptState>();

  constructor(
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  assertMayTry(key: string): void {
    const state = this.attempts.get(key);
    const waitMs = state ? state.nextAttemptAt - this.now() : 0;
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new AppError('TOO_MANY_ATTEMPTS', `Too many wrong attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, {
        retryAfterMs: waitMs,
      });
    }
  }

  /** Records a wrong secret and returns how long the person must wait before the next try. */
  recordFailure(key: string): number {
    const failures = (this.attempts.get(key)?.failures ?? 0) + 1;
    const delayMs = this.delayAfter(failures);
    this.attempts.set(key, { failures, nextAttemptAt: this.now() + delayMs });
    return delayMs;
  }

  recordSuccess(key: string): void {
    this.attempts.delete(key);
  }

  private delayAfter(failures: number): number {
    const over = failures - this.policy.freeAttempts;
    if (over <= 0) return 0;
    return Math.min(this.policy.firstDelayMs * 2 ** (over - 1), this.policy.maxDelayMs);
  }
}
