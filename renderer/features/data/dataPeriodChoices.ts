import { type PeriodKind, lastEndedPeriod, parsePeriod, shiftPeriod } from '../../../shared/dataPeriods';

/** The periods offered in the picker: the one being collected now, the one in progress and the eight before. */
export function periodChoices(kind: PeriodKind, today: string): { id: string; label: string }[] {
  const collecting = lastEndedPeriod(kind, today);
  return [1, 0, -1, -2, -3, -4, -5, -6, -7, -8].map((step) => {
    const id = shiftPeriod(collecting, step);
    return { id, label: parsePeriod(id)?.label ?? id };
  });
}

export const todayIso = () => new Date().toISOString().slice(0, 10);
