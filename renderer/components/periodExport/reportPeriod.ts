/** The period a report covers (the consultation report, the compliance summary), as YYYY-MM-DD dates in the person's own calendar. */
export interface ReportPeriod {
  from: string;
  to: string;
}

const isoDate = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export type PeriodPreset = 'this-year' | 'last-12-months' | 'last-year';

export function periodPresets(today: Date): Record<PeriodPreset, ReportPeriod> {
  const year = today.getFullYear();
  const yearAgo = new Date(today);
  yearAgo.setFullYear(year - 1);
  yearAgo.setDate(yearAgo.getDate() + 1);
  return {
    'this-year': { from: `${year}-01-01`, to: isoDate(today) },
    'last-year': { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
    'last-12-months': { from: isoDate(yearAgo), to: isoDate(today) },
  };
}

/** What is wrong with a period, in words, or null. The main process checks again. */
export function periodProblem({ from, to }: ReportPeriod): string | null {
  if (!from || !to) return 'Choose the first and the last day of the period.';
  return to < from ? 'The period ends before it starts. Choose a last day on or after the first.' : null;
}
