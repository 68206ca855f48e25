import { monitorEventLoopDelay } from 'node:perf_hooks';
import { timeMs } from './harness';

const RESOLUTION_MS = 5;
const nextTimerTurn = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The longest time this thread's event loop stood still during `run`, over the whole operation. Node's histogram
 * records the gap between two of its sampling timer's turns, from its second turn on: so it is let turn twice before
 * the operation (a block that starts at once would otherwise never be counted; the first version of this bench
 * recorded 0.5 s for a 3.6 s synchronous import commit) and once after it (for a block that ends with the operation).
 */
export async function longestPause(run: () => Promise<unknown>): Promise<{ pauseMs: number; totalMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  // Not reset() after: it forgets the last turn too, and the first turn after it would again count nothing.
  await nextTimerTurn(RESOLUTION_MS * 3);
  const totalMs = await timeMs(run);
  await nextTimerTurn(RESOLUTION_MS * 10);
  delay.disable();
  return { pauseMs: delay.max / 1e6, totalMs };
}
