/**
 * The CPU time (user + system, in ms) this process spent running `work`: unlike a wall clock, it does not grow when
 * other processes load the machine, so a bound on it tests our code, not the neighbours.
 */
export async function cpuMillis<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}
