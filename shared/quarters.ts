/**
 * Calendar quarters of plain dates (YYYY-MM-DD): "2026-Q1" is January to March. A date has no time and no zone, so
 * its quarter is the same everywhere; only "the current quarter" depends on the zone today is read in.
 */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

export function quarterOf(date: string): Quarter {
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  return `${date.slice(0, 4)}-Q${quarter}` as Quarter;
}

/** The first day of a quarter. */
export function quarterStart(quarter: Quarter): string {
  const index = Number(quarter.slice(-1));
  return `${quarter.slice(0, 4)}-${String((index - 1) * 3 + 1).padStart(2, '0')}-01`;
}

const lastDays = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' } as const;

/** The last day of a quarter. */
export function quarterEnd(quarter: Quarter): string {
  return `${quarter.slice(0, 4)}-${lastDays[Number(quarter.slice(-1)) as 1 | 2 | 3 | 4]}`;
}

/** The `count` quarters ending with the one `today` is in, oldest first. */
export function quartersUpTo(today: string, count: number): Quarter[] {
  const year = Number(today.slice(0, 4));
  const index = Number(quarterOf(today).slice(-1));
  const serial = year * 4 + index - 1;
  return Array.from({ length: count }, (_, offset) => {
    const at = serial - (count - 1 - offset);
    return `${Math.floor(at / 4)}-Q${(at % 4) + 1}` as Quarter;
  });
}
