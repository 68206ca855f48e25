import { NOTES_SAVE_DEBOUNCE_MS, NOTES_SAVE_MAX_WAIT_MS } from '../../../shared/notesAutosave';

export type AutosaveStatus =
  { state: 'saved'; savedAt: string | null } | { state: 'unsaved' } | { state: 'saving' } | { state: 'failed'; error: unknown; retrying: boolean };

export interface AutosaveOptions<V> {
  /** Sends one value; resolves with the time the host saved it. */
  save: (value: V) => Promise<string>;
  onStatus: (status: AutosaveStatus) => void;
  /** Failures that will not go away by trying again (e.g. a locked record) stop the retries. */
  shouldRetry?: (error: unknown) => boolean;
  debounceMs?: number;
  maxWaitMs?: number;
  /** The first retry waits this long; each further one twice as long, up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
}

export interface AutosaveScheduler<V> {
  /** The value changed: save it after a pause in typing, and never later than the maximum wait. */
  change: (value: V) => void;
  /** Saves what is unsaved now; resolves when that save has settled, whether or not it worked. */
  flush: () => Promise<void>;
  hasUnsaved: () => boolean;
}

/**
 * Saves a value that keeps changing, such as notes while someone types: debounced, with a maximum wait, one save
 * at a time, and retried with growing pauses when a save fails. The latest value is never dropped on an error.
 */
export function createAutosaveScheduler<V>({
  save,
  onStatus,
  shouldRetry = () => true,
  debounceMs = NOTES_SAVE_DEBOUNCE_MS,
  maxWaitMs = NOTES_SAVE_MAX_WAIT_MS,
  retryMs = 1000,
  maxRetryMs = 15_000,
}: AutosaveOptions<V>): AutosaveScheduler<V> {
  let unsaved: { value: V } | null = null;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let queue: Promise<void> = Promise.resolve();

  const clearTimers = () => {
    clearTimeout(debounceTimer);
    clearTimeout(maxWaitTimer);
    clearTimeout(retryTimer);
    debounceTimer = maxWaitTimer = retryTimer = undefined;
  };

  const saveNow = async () => {
    if (!unsaved) return;
    const { value } = unsaved;
    unsaved = null;
    onStatus({ state: 'saving' });
    try {
      const savedAt = await save(value);
      failures = 0;
      onStatus(unsaved ? { state: 'unsaved' } : { state: 'saved', savedAt });
    } catch (error) {
      // Anything typed since is newer than what failed; otherwise keep what failed, to send again.
      unsaved ??= { value };
      const retrying = shouldRetry(error);
      onStatus({ state: 'failed', error, retrying });
      if (retrying) {
        const wait = Math.min(retryMs * 2 ** failures, maxRetryMs);
        failures += 1;
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void flush(), wait);
      }
    }
  };

  const flush = () => {
    clearTimers();
    const run = queue.then(saveNow);
    queue = run;
    return run;
  };

  const change = (value: V) => {
    const first = unsaved === null && maxWaitTimer === undefined;
    if (unsaved === null) onStatus({ state: 'unsaved' });
    unsaved = { value };
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => void flush(), debounceMs);
    if (first) maxWaitTimer = setTimeout(() => void flush(), maxWaitMs);
  };

  return { change, flush, hasUnsaved: () => unsaved !== null };
}
