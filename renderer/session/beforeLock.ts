/**
 * Saves still waiting to go out, such as notes being typed. They are flushed before the renderer asks to lock (once
 * locked, nothing more can be written) and before a step that reads them back, such as finishing a meeting.
 * Each flush is given a bounded time, so locking never hangs.
 */
type PendingSave = () => Promise<unknown>;

const pendingSaves = new Set<PendingSave>();

export const PENDING_SAVES_LIMIT_MS = 1000;

/** Returns the function that takes the entry out again (call it on unmount). */
export function registerPendingSave(save: PendingSave): () => void {
  pendingSaves.add(save);
  return () => {
    pendingSaves.delete(save);
  };
}

/** Runs every registered save and waits for them, but never longer than `limitMs`; failures do not stop the lock. */
export async function flushPendingSaves(limitMs = PENDING_SAVES_LIMIT_MS): Promise<void> {
  if (pendingSaves.size === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, limitMs);
  });
  const saves = Promise.allSettled([...pendingSaves].map((save) => save()));
  await Promise.race([saves, limit]);
  clearTimeout(timer);
}
