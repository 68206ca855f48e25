import type { Measure } from '../../../shared/contract';
import { breakdownById } from '../../../shared/dataBreakdowns';
import { measureSetById } from '../../../shared/dataMeasureSets';
import { sectorLabel } from '../../../shared/stakeholderSectors';

export const periodKindLabel = { monthly: 'Monthly', quarterly: 'Quarterly' } as const;

export function reportedBy(measure: Measure): string {
  if (measure.sectors.length === 0) return 'Every organization';
  return measure.sectors.map((sector) => sectorLabel(sector)).join('; ');
}

export function breakdownsOf(measure: Measure): string {
  return measure.breakdowns.length === 0 ? 'None' : measure.breakdowns.map((id) => breakdownById(id).label).join(', ');
}

export function setLabel(measure: Measure): string {
  return measureSetById(measure.setId)?.label ?? 'The coalition’s own';
}
