import type { StopRequested } from '../db/stopRequest';

/** One reader's stop flag, in memory the host and the worker share: the host raises it, the job reads it between steps. */
export function newStopSignal(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

export function raiseStop(signal: Int32Array): void {
  Atomics.store(signal, 0, 1);
}

export function stopRequestedBy(signal: Int32Array): StopRequested {
  return () => Atomics.load(signal, 0) === 1;
}
