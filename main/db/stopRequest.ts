/**
 * How a long read in a worker thread (the full integrity check, a backup's check) is stopped: it asks between its
 * steps and ends cleanly at the next one. A worker is never terminated inside a SQLite call: a thread torn down in
 * the middle of native code can take the whole process with it.
 */
export type StopRequested = () => boolean;

export const neverStopped: StopRequested = () => false;

/** Thrown at the first step after a stop was asked for; the work's partial answer is dropped. */
export class WorkStopped extends Error {
  constructor() {
    super('Stopped before it finished: nobody waits for its answer any more.');
    this.name = 'WorkStopped';
  }
}

export function throwIfStopped(stopRequested: StopRequested): void {
  if (stopRequested()) throw new WorkStopped();
}
