/** Tiny measuring kit for `npm run bench`: median of repeated runs, and a table plus one JSON line. */
export interface Row {
  operation: string;
  encryptedMs: number;
  plainMs: number | null;
  /** The same operation on a PostgreSQL database, where the bench has one (issue 12). */
  postgresMs?: number | null;
  note?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function timeMs(run: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function medianMs(repeats: number, run: (attempt: number) => unknown): Promise<number> {
  const samples: number[] = [];
  for (let attempt = 0; attempt < repeats; attempt += 1) samples.push(await timeMs(() => run(attempt)));
  return median(samples);
}

export function ratio(row: Row): number | null {
  return row.plainMs === null || row.plainMs === 0 ? null : row.encryptedMs / row.plainMs;
}

export function printReport(title: string, rows: Row[], context: Record<string, unknown>): void {
  const format = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));
  const withPostgres = rows.some((row) => row.postgresMs !== undefined);
  console.log(`\n${title}`);
  console.table(
    rows.map((row) => ({
      operation: row.operation,
      'encrypted ms': format(row.encryptedMs),
      'plain ms': format(row.plainMs),
      'ratio enc/plain': format(ratio(row)),
      ...(withPostgres ? { 'PostgreSQL ms': format(row.postgresMs ?? null) } : {}),
      note: row.note ?? '',
    })),
  );
  console.log(JSON.stringify({ ...context, rows: rows.map((row) => ({ ...row, ratio: ratio(row) })) }));
}
